"""What other modules may use of frameworks: the framework new assessments use."""

from kindred.modules.frameworks.service import current_framework

__all__ = ["current_framework"]
