"""Young people's accounts: a `young_person` user is bound to exactly one child.

The session lookup now also returns the bound child, so the policy can keep a young person to
their own record.

Revision ID: 0006_young_person_accounts
Revises: 0005_carers_generation
Create Date: 2026-11-23 19:50:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0006_young_person_accounts"
down_revision: str | None = "0005_carers_generation"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SESSION_ACTOR = """
    CREATE FUNCTION kindred_session_actor(p_token_hash bytea)
    RETURNS TABLE (
        session_id uuid, user_id uuid, tenant_id uuid, organisation_kind text, role text,
        status text, display_name text, email text, team_ids uuid[],
        created_at timestamptz, last_seen_at timestamptz, expires_at timestamptz{child_column}
    )
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$
        SELECT s.id, u.id, u.tenant_id, o.kind, u.role, u.status, u.display_name, u.email,
               ARRAY(SELECT m.team_id FROM team_memberships m WHERE m.user_id = u.id),
               s.created_at, s.last_seen_at, s.expires_at{child_value}
        FROM user_sessions s
        JOIN users u ON u.id = s.user_id
        JOIN organisations o ON o.id = u.tenant_id
        WHERE s.token_hash = p_token_hash AND s.ended_at IS NULL
    $$
"""


def _replace_session_actor(with_child: bool) -> None:
    op.execute("DROP FUNCTION kindred_session_actor(bytea)")
    op.execute(
        SESSION_ACTOR.format(
            child_column=", child_id uuid" if with_child else "",
            child_value=", u.child_id" if with_child else "",
        )
    )
    op.execute("REVOKE ALL ON FUNCTION kindred_session_actor(bytea) FROM PUBLIC")
    op.execute("GRANT EXECUTE ON FUNCTION kindred_session_actor(bytea) TO kindred_app")


def upgrade() -> None:
    op.add_column("users", sa.Column("child_id", sa.Uuid(), nullable=True))
    op.create_foreign_key(
        op.f("fk_users_child_id_children"),
        "users",
        "children",
        ["child_id"],
        ["id"],
        ondelete="CASCADE",
    )
    op.create_index(op.f("ix_users_child_id"), "users", ["child_id"], unique=False)
    op.create_check_constraint(
        op.f("ck_users_young_person_has_child"),
        "users",
        "(role = 'young_person') = (child_id IS NOT NULL)",
    )
    _replace_session_actor(with_child=True)


def downgrade() -> None:
    _replace_session_actor(with_child=False)
    op.drop_constraint(op.f("ck_users_young_person_has_child"), "users", type_="check")
    op.drop_index(op.f("ix_users_child_id"), table_name="users")
    op.drop_constraint(op.f("fk_users_child_id_children"), "users", type_="foreignkey")
    op.drop_column("users", "child_id")
