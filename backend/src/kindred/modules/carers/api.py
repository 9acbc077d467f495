"""The public face of carers for other modules (ADR 0014): the households table of an export."""

from kindred.modules.carers.export import households_table

__all__ = ["households_table"]
