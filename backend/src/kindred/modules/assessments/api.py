"""The public face of assessments for other modules (ADR 0014): the assessments table of an
export, and the child's latest approved assessment with its domains (a referral starts from it).
"""

from kindred.modules.assessments.export import assessments_table
from kindred.modules.assessments.repository import domains_of, latest_approved

__all__ = ["assessments_table", "domains_of", "latest_approved"]
