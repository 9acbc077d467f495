"""What other modules may use of children: the SQL condition for the children a scope may see."""

from kindred.modules.children.repository import visible_to

__all__ = ["visible_to"]
