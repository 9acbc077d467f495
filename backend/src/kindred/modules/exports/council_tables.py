"""The tables of a whole-council export, in the order they are written."""

from datetime import date

from kindred.core.table_query import TableQuery
from kindred.modules.assessments.api import assessments_table
from kindred.modules.carers.api import households_table
from kindred.modules.children.api import council_caseload
from kindred.modules.costs.api import cost_records_table
from kindred.modules.placements.api import placements_table


def council_tables(today: date) -> list[TableQuery]:
    """Every table the council's screens export, each for the whole council."""
    return [
        council_caseload(today),
        households_table(),
        placements_table(today),
        cost_records_table(),
        assessments_table(),
    ]
