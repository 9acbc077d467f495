"""The public face of children for other modules (ADR 0014): a child's table as a download
(used by the assessments, costs and placements routes) and the council caseload table (exports).

Who may see a child is not here: that is an access rule, in `kindred.auth.child_access`.
"""

from kindred.modules.children.export import (
    CHILD_TABLE_DESCRIPTION,
    CHILD_TABLE_RESPONSES,
    ChildTableRequest,
    council_caseload,
    export_child_table,
)

__all__ = [
    "CHILD_TABLE_DESCRIPTION",
    "CHILD_TABLE_RESPONSES",
    "ChildTableRequest",
    "council_caseload",
    "export_child_table",
]
