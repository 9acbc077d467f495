"""E-mail addresses are unique per organisation, not across them (ADR 0007).

A global unique index told one council's admin that an address had an account in another
organisation. Sign-in now looks at every account with the address and opens the one whose
password was given, so the sign-in lookup returns them all, with their organisation's name
(for the person to choose between, when one password opens more than one). Young people's
sign-in names (no `@`) stay unique everywhere: a PIN must only ever be tried on one account.
Downgrading fails while an address is used in two organisations.

Revision ID: 0012_emails_per_organisation
Revises: 0011_queued_imports
Create Date: 2026-12-07 18:00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012_emails_per_organisation"
down_revision: str | None = "0011_queued_imports"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

LOOKUP = "kindred_account_for_sign_in(text)"
ACCOUNTS_FOR_SIGN_IN = """
    CREATE FUNCTION kindred_account_for_sign_in(p_email text)
    RETURNS TABLE (
        user_id uuid, tenant_id uuid, password_hash text, status text, organisation_name text
    )
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$
        SELECT u.id, u.tenant_id, u.password_hash, u.status, o.name
        FROM users u JOIN organisations o ON o.id = u.tenant_id
        WHERE u.email = lower(p_email)
        ORDER BY o.name, u.id
    $$
"""
ACCOUNT_FOR_SIGN_IN = """
    CREATE FUNCTION kindred_account_for_sign_in(p_email text)
    RETURNS TABLE (user_id uuid, tenant_id uuid, password_hash text, status text)
    LANGUAGE sql STABLE SECURITY DEFINER SET search_path = pg_catalog, public
    AS $$
        SELECT u.id, u.tenant_id, u.password_hash, u.status
        FROM users u WHERE u.email = lower(p_email)
    $$
"""


def _replace_lookup(definition: str) -> None:
    op.execute(f"DROP FUNCTION {LOOKUP}")
    op.execute(definition)
    op.execute(f"REVOKE ALL ON FUNCTION {LOOKUP} FROM PUBLIC")
    op.execute(f"GRANT EXECUTE ON FUNCTION {LOOKUP} TO kindred_app")


def upgrade() -> None:
    op.drop_index("uq_users_email", table_name="users")
    op.create_index("uq_users_tenant_email", "users", ["tenant_id", "email"], unique=True)
    op.create_index("ix_users_email", "users", ["email"])
    op.create_index(
        "uq_users_sign_in_name",
        "users",
        ["email"],
        unique=True,
        postgresql_where=sa.text("role = 'young_person'"),
    )
    _replace_lookup(ACCOUNTS_FOR_SIGN_IN)


def downgrade() -> None:
    _replace_lookup(ACCOUNT_FOR_SIGN_IN)
    op.drop_index("uq_users_sign_in_name", table_name="users")
    op.drop_index("ix_users_email", table_name="users")
    op.drop_index("uq_users_tenant_email", table_name="users")
    op.create_index("uq_users_email", "users", ["email"], unique=True)
