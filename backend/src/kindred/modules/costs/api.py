"""The public face of costs for other modules (ADR 0014): the cost records table of an export,
weekly amounts running on a day, and assumed costs.
"""

from kindred.modules.costs.assumptions import weekly_costs_assumed
from kindred.modules.costs.export import cost_records_table
from kindred.modules.costs.repository import placement_fees_running, weekly_costs_running

__all__ = [
    "cost_records_table",
    "placement_fees_running",
    "weekly_costs_assumed",
    "weekly_costs_running",
]
