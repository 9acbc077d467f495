"""The public face of webhooks for other modules (ADR 0014): emit an event in the current
transaction; the worker dispatches due deliveries.
"""

from kindred.modules.webhooks.dispatch import dispatch_due
from kindred.modules.webhooks.events import DISPATCH_ENTRYPOINT, EventType, emit, referral_ref
from kindred.modules.webhooks.outbound import Outbound, delivery_client

__all__ = [
    "DISPATCH_ENTRYPOINT",
    "EventType",
    "Outbound",
    "delivery_client",
    "dispatch_due",
    "emit",
    "referral_ref",
]
