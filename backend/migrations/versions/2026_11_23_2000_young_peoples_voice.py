"""Young people's own voice: invitation codes, the redeem throttle, and "About me" versions.

An invitation is looked up by its code before any council is known, so a definer function
finds it across tenants (as `kindred_account_for_sign_in` does for sign-in) and the caller
binds the transaction to the tenant it returns.

Revision ID: 0007_young_peoples_voice
Revises: 0006_young_person_accounts
Create Date: 2026-11-23 20:00:00
"""

from collections.abc import Sequence
from typing import Any

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

from kindred.core.row_level_security import isolate_tenant, release_tenant

revision: str = "0007_young_peoples_voice"
down_revision: str | None = "0006_young_person_accounts"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TENANT_TABLES = ("young_person_invitations", "about_me_versions")

INVITATION_LOOKUP = "kindred_young_person_invitation(bytea)"
INVITATION_LOOKUP_FUNCTION = """
    CREATE FUNCTION kindred_young_person_invitation(p_code_hash bytea)
    RETURNS TABLE (
        invitation_id uuid, tenant_id uuid, child_id uuid, expires_at timestamptz,
        redeemed_at timestamptz, revoked_at timestamptz
    )
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$
        SELECT i.id, i.tenant_id, i.child_id, i.expires_at, i.redeemed_at, i.revoked_at
        FROM young_person_invitations i WHERE i.code_hash = p_code_hash
    $$
"""


def _uuid_key() -> sa.Column[Any]:
    return sa.Column("id", sa.Uuid(), server_default=sa.text("gen_random_uuid()"), nullable=False)


def _tenant() -> sa.Column[Any]:
    return sa.Column("tenant_id", sa.Uuid(), nullable=False)


def _instant(name: str, *, nullable: bool = True, now: bool = False) -> sa.Column[Any]:
    default = sa.text("now()") if now else None
    return sa.Column(
        name, sa.DateTime(timezone=True), server_default=default, nullable=nullable and not now
    )


def upgrade() -> None:
    op.create_table(
        "redeem_throttle",
        sa.Column("key_hash", sa.LargeBinary(length=32), nullable=False),
        sa.Column("failures", sa.Integer(), server_default="0", nullable=False),
        _instant("last_failure_at", now=True),
        _instant("locked_until"),
        sa.PrimaryKeyConstraint("key_hash", name=op.f("pk_redeem_throttle")),
    )
    op.create_table(
        "young_person_invitations",
        _uuid_key(),
        sa.Column("child_id", sa.Uuid(), nullable=False),
        sa.Column("code_hash", sa.LargeBinary(length=32), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=False),
        _instant("created_at", now=True),
        _instant("expires_at", nullable=False),
        _instant("redeemed_at"),
        sa.Column("redeemed_user_id", sa.Uuid(), nullable=True),
        _instant("revoked_at"),
        _tenant(),
        sa.ForeignKeyConstraint(
            ["child_id"],
            ["children.id"],
            name=op.f("fk_young_person_invitations_child_id_children"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["created_by"],
            ["users.id"],
            name=op.f("fk_young_person_invitations_created_by_users"),
        ),
        sa.ForeignKeyConstraint(
            ["redeemed_user_id"],
            ["users.id"],
            name=op.f("fk_young_person_invitations_redeemed_user_id_users"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["organisations.id"],
            name=op.f("fk_young_person_invitations_tenant_id_organisations"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_young_person_invitations")),
        sa.UniqueConstraint("code_hash", name=op.f("uq_young_person_invitations_code_hash")),
    )
    op.create_index(
        "ix_young_person_invitations_child",
        "young_person_invitations",
        ["tenant_id", "child_id"],
        unique=False,
    )
    op.create_index(
        op.f("ix_young_person_invitations_tenant_id"),
        "young_person_invitations",
        ["tenant_id"],
        unique=False,
    )
    op.create_table(
        "about_me_versions",
        _uuid_key(),
        sa.Column("child_id", sa.Uuid(), nullable=False),
        sa.Column("number", sa.Integer(), nullable=False),
        sa.Column("author_user_id", sa.Uuid(), nullable=False),
        _instant("created_at", now=True),
        sa.Column("framework_version", sa.String(length=32), nullable=False),
        sa.Column("sections", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("self_ratings", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("share", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        _tenant(),
        sa.CheckConstraint("number >= 1", name=op.f("ck_about_me_versions_number_positive")),
        sa.ForeignKeyConstraint(
            ["author_user_id"],
            ["users.id"],
            name=op.f("fk_about_me_versions_author_user_id_users"),
        ),
        sa.ForeignKeyConstraint(
            ["child_id"],
            ["children.id"],
            name=op.f("fk_about_me_versions_child_id_children"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["tenant_id"],
            ["organisations.id"],
            name=op.f("fk_about_me_versions_tenant_id_organisations"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_about_me_versions")),
        sa.UniqueConstraint(
            "tenant_id",
            "child_id",
            "number",
            name=op.f("uq_about_me_versions_tenant_id_child_id_number"),
        ),
    )
    op.create_index(
        op.f("ix_about_me_versions_tenant_id"), "about_me_versions", ["tenant_id"], unique=False
    )
    for table in TENANT_TABLES:
        for statement in isolate_tenant(table):
            op.execute(statement)
    op.execute(INVITATION_LOOKUP_FUNCTION)
    op.execute(f"REVOKE ALL ON FUNCTION {INVITATION_LOOKUP} FROM PUBLIC")
    op.execute(f"GRANT EXECUTE ON FUNCTION {INVITATION_LOOKUP} TO kindred_app")


def downgrade() -> None:
    op.execute(f"DROP FUNCTION {INVITATION_LOOKUP}")
    for table in TENANT_TABLES:
        for statement in release_tenant(table):
            op.execute(statement)
    op.drop_index(op.f("ix_about_me_versions_tenant_id"), table_name="about_me_versions")
    op.drop_table("about_me_versions")
    op.drop_index(
        op.f("ix_young_person_invitations_tenant_id"), table_name="young_person_invitations"
    )
    op.drop_index("ix_young_person_invitations_child", table_name="young_person_invitations")
    op.drop_table("young_person_invitations")
    op.drop_table("redeem_throttle")
