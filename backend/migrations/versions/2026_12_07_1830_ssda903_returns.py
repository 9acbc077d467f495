"""SSDA903 returns as councils hold them: previews, and moves whose reason was not recorded.

A preview (`dry_run`) runs an import to its end and writes nothing but its job and report. A
move of placement is counted even when the return left REASON_PLACE_CHANGE blank (DfE rule 225,
reported as a warning), so the constraint asks only that a move ends its episode.

Revision ID: 0015_ssda903_returns
Revises: 0011_queued_imports
Create Date: 2026-12-07 18:30:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015_ssda903_returns"
down_revision: str | None = "0014_app_login_role"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OLD_MOVE = op.f("ck_placements_move_has_reason")
NEW_MOVE = op.f("ck_placements_move_has_end")


def upgrade() -> None:
    op.add_column(
        "import_jobs",
        sa.Column("dry_run", sa.Boolean(), server_default=sa.false(), nullable=False),
    )
    op.drop_constraint(OLD_MOVE, "placements", type_="check")
    op.create_check_constraint(
        NEW_MOVE, "placements", "NOT ended_with_move OR end_date IS NOT NULL"
    )


def downgrade() -> None:
    op.execute(
        "UPDATE placements SET ended_with_move = false "
        "WHERE ended_with_move AND reason_for_change IS NULL"
    )
    op.drop_constraint(NEW_MOVE, "placements", type_="check")
    op.create_check_constraint(
        OLD_MOVE,
        "placements",
        "NOT ended_with_move OR (end_date IS NOT NULL AND reason_for_change IS NOT NULL)",
    )
    op.drop_column("import_jobs", "dry_run")
