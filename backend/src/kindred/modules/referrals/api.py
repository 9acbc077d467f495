"""The public face of referrals for other modules (ADR 0014): the snapshot a partner agency
reads, which the partner API serves as it is.
"""

from kindred.modules.referrals.snapshot import ReferralSnapshot

__all__ = ["ReferralSnapshot"]
