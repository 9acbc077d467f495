"""Cost records as a spreadsheet: a child's, as on their page, or the whole council's."""

import uuid

from kindred.core.table_query import AnyRow, TableQuery
from kindred.modules.costs import repository
from kindred.modules.costs.schemas import CostRecordRead

COST_RECORDS = "cost_records"
HEADER = (
    "cost_record_id",
    "child_id",
    "placement_id",
    "kind",
    "description",
    "frequency",
    "amount_pence",
    "funder",
    "start_date",
    "end_date",
)


def _cells(row: AnyRow) -> list[object]:
    record = CostRecordRead.model_validate(row[0], from_attributes=True)
    return [
        record.id,
        record.child_id,
        record.placement_id,
        record.kind.value,
        record.description,
        record.frequency.value,
        record.amount_pence,
        record.funder.value,
        record.start_date,
        record.end_date,
    ]


def cost_records_table(child_id: uuid.UUID | None = None) -> TableQuery:
    """One child's cost records (newest first), or every child's when no child is given."""
    return TableQuery(COST_RECORDS, HEADER, repository.records_of(child_id), _cells)
