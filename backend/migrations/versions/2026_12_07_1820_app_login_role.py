"""The app role logs in itself: request connections no longer start as the owner and
`SET ROLE`, so an injected `RESET ROLE` has nothing to go back to (ADR 0009).

It gets no password here: the embedded server trusts local connections; on another server
the administrator sets one and gives the app `KINDRED_APP_DATABASE_URL`.

Revision ID: 0014_app_login_role
Revises: 0013_one_failure_throttle
Create Date: 2026-12-07 18:20:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0014_app_login_role"
down_revision: str | None = "0013_one_failure_throttle"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Only LOGIN changes: the role keeps exactly the grants the earlier migrations gave it.
    op.execute("ALTER ROLE kindred_app LOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE")


def downgrade() -> None:
    """Leaves LOGIN: roles belong to the whole server and, as in 0001, outlive a downgrade,
    because another Kindred database on the server may still be connecting as this one."""
