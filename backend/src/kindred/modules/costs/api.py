"""What other modules may use of costs: weekly amounts running on a day, and assumed costs."""

from kindred.modules.costs.assumptions import weekly_costs_assumed
from kindred.modules.costs.repository import placement_fees_running, weekly_costs_running

__all__ = ["placement_fees_running", "weekly_costs_assumed", "weekly_costs_running"]
