"""Random tokens, their stored hashes, and CSRF tokens derived from a session's token."""

import hashlib
import hmac
import secrets


def new_token(nbytes: int = 32) -> str:
    """A URL-safe random token: cookie values, bearer tokens, client secrets."""
    return secrets.token_urlsafe(nbytes)


def token_digest(token: str) -> bytes:
    """What the database stores instead of a token: its SHA-256."""
    return hashlib.sha256(token.encode()).digest()


def csrf_token_for(session_token: str, secret_key: str) -> str:
    """The CSRF token of a session: derived, so nothing more is stored."""
    return hmac.new(secret_key.encode(), session_token.encode(), hashlib.sha256).hexdigest()


def same_secret(given: str, expected: str) -> bool:
    return hmac.compare_digest(given.encode(), expected.encode())
