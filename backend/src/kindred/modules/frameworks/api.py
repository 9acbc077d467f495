"""The public face of needs frameworks for other modules (ADR 0014): the framework a record was
made with, and the council's current one (the one new assessments use).
"""

from kindred.modules.frameworks.service import current_framework, framework_for

__all__ = ["current_framework", "framework_for"]
