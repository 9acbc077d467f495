"""Kindred: an open, needs-led care platform for children's services."""

__version__ = "0.1.0"
