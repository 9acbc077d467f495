"""The tables of a whole-council export, in the order they are written."""

from datetime import date

from kindred.modules.assessments.export import assessments_table
from kindred.modules.carers.export import households_table
from kindred.modules.children.export import council_caseload
from kindred.modules.costs.export import cost_records_table
from kindred.modules.exports.tables import TableQuery
from kindred.modules.placements.export import placements_table


def council_tables(today: date) -> list[TableQuery]:
    """Every table the council's screens export, each for the whole council."""
    return [
        council_caseload(today),
        households_table(),
        placements_table(today),
        cost_records_table(),
        assessments_table(),
    ]
