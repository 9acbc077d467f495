"""The public face of the partner API for other modules (ADR 0014): the idempotency keys and
rate limit every partner write goes through (webhook destinations use them too).
"""

from kindred.modules.partner.idempotency import KEY_LIFETIME, IdempotencyKey, idempotent
from kindred.modules.partner.rate_limit import RATE_LIMITED, RateLimited

__all__ = ["KEY_LIFETIME", "RATE_LIMITED", "IdempotencyKey", "RateLimited", "idempotent"]
