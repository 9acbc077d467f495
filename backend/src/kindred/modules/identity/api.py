"""The public face of identity for other modules (ADR 0014): a signed-in person's account with
their organisation (a young person signed in by their code is shown it too).
"""

from kindred.modules.identity.repository import account

__all__ = ["account"]
