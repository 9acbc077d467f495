"""The application role: what the app connects as, unable to bypass row-level security.

Revision ID: 0001_application_role
Revises:
Create Date: 2026-11-23 19:00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0001_application_role"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Roles belong to the whole server; another Kindred database may have made it already.
    op.execute(
        """
        DO $$
        BEGIN
            IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kindred_app') THEN
                CREATE ROLE kindred_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
            END IF;
        END
        $$;
        """
    )
    # The migrating user must be able to act as the app role (SET ROLE) when it connects.
    op.execute(
        """
        DO $$
        BEGIN
            IF NOT pg_has_role(current_user, 'kindred_app', 'MEMBER') THEN
                EXECUTE format('GRANT kindred_app TO %I', current_user);
            END IF;
        END
        $$;
        """
    )
    op.execute("GRANT USAGE ON SCHEMA public TO kindred_app")
    op.execute("GRANT SELECT ON alembic_version TO kindred_app")
    op.execute(
        "ALTER DEFAULT PRIVILEGES IN SCHEMA public "
        "GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO kindred_app"
    )
    op.execute(
        "ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO kindred_app"
    )


def downgrade() -> None:
    op.execute(
        "ALTER DEFAULT PRIVILEGES IN SCHEMA public "
        "REVOKE USAGE, SELECT ON SEQUENCES FROM kindred_app"
    )
    op.execute(
        "ALTER DEFAULT PRIVILEGES IN SCHEMA public "
        "REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM kindred_app"
    )
    op.execute("REVOKE SELECT ON alembic_version FROM kindred_app")
    op.execute("REVOKE USAGE ON SCHEMA public FROM kindred_app")
