"""What the other analytics may use of market analytics: step-down's totals, with no side effect."""

from kindred.modules.analytics.market.step_down import StepDownTotals, step_down_totals

__all__ = ["StepDownTotals", "step_down_totals"]
