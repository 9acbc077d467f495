"""The public face of costs for other modules (ADR 0014): the cost records table of an export."""

from kindred.modules.costs.export import cost_records_table

__all__ = ["cost_records_table"]
