"""Reproducible ids for synthetic data: drawn from the caller's seeded generator, not the OS."""

import random
import uuid


def random_uuid(rng: random.Random) -> uuid.UUID:
    """A version-4 UUID from `rng`, so the same seed always gives the same ids."""
    return uuid.UUID(int=rng.getrandbits(128), version=4)
