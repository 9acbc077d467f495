"""One failure throttle for every way in: password sign-in, young people's codes and API
clients' secrets, counted per (kind, key) where the key includes the source address.

The two old tables held only short-lived counters keyed by hashes that the new keys cannot
be derived from, so they are dropped rather than copied (at worst a lock in force ends early).

Revision ID: 0013_one_failure_throttle
Revises: 0011_queued_imports
Create Date: 2026-12-07 18:10:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013_one_failure_throttle"
down_revision: str | None = "0012_emails_per_organisation"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_TABLES = (("sign_in_throttle", "email_hash"), ("redeem_throttle", "key_hash"))


def _counters() -> list[sa.Column[object]]:
    return [
        sa.Column("failures", sa.Integer(), server_default="0", nullable=False),
        sa.Column(
            "last_failure_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("locked_until", sa.DateTime(timezone=True), nullable=True),
    ]


def upgrade() -> None:
    op.create_table(
        "failure_throttle",
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("key_hash", sa.LargeBinary(length=32), nullable=False),
        *_counters(),
        sa.PrimaryKeyConstraint("kind", "key_hash", name=op.f("pk_failure_throttle")),
    )
    for table, _ in OLD_TABLES:
        op.drop_table(table)


def downgrade() -> None:
    for table, key in OLD_TABLES:
        op.create_table(
            table,
            sa.Column(key, sa.LargeBinary(length=32), nullable=False),
            *_counters(),
            sa.PrimaryKeyConstraint(key, name=op.f(f"pk_{table}")),
        )
    op.drop_table("failure_throttle")
