"""Argon2id password hashes and the password rules (NCSC/ASVS: length and a blocklist).

No composition rules: a long passphrase of ordinary words is a good password.
"""

import re
from functools import cache
from importlib import resources

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

MIN_LENGTH = 12
MAX_LENGTH = 128

_hasher = PasswordHasher()  # Argon2id, RFC 9106 low-memory parameters
# Verified when an address is unknown, so a sign-in takes as long either way.
_DUMMY_HASH = _hasher.hash("kindred-timing-equaliser")
_TRAILING_NOISE = re.compile(r"[\d\W_]+$")


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def verify_password(password_hash: str | None, password: str) -> bool:
    """True when `password` matches; spends the same effort when there is no hash."""
    try:
        return _hasher.verify(password_hash or _DUMMY_HASH, password) and password_hash is not None
    except (VerificationError, InvalidHashError):
        return False


def needs_rehash(password_hash: str) -> bool:
    return _hasher.check_needs_rehash(password_hash)


@cache
def _common_passwords() -> frozenset[str]:
    text = resources.files("kindred.auth").joinpath("common_passwords.txt").read_text("utf-8")
    return frozenset(line.strip().lower() for line in text.splitlines() if line.strip())


def password_problems(password: str, *, personal: tuple[str, ...] = ()) -> list[str]:
    """Why a new password would be refused; empty when it is acceptable.

    `personal` holds words that must not be the password's heart (e-mail name, display name).
    """
    if len(password) < MIN_LENGTH:
        return [f"Use at least {MIN_LENGTH} characters. A few ordinary words together work well."]
    if len(password) > MAX_LENGTH:
        return [f"Use at most {MAX_LENGTH} characters."]
    lowered = password.lower()
    core = _TRAILING_NOISE.sub("", lowered)
    if lowered in _common_passwords() or core in _common_passwords() or len(set(lowered)) < 4:
        return ["This password is too common and easy to guess. Choose something less obvious."]
    if any(word and len(word) >= 3 and word.lower() in lowered for word in personal):
        return ["Do not use your name or e-mail address in your password."]
    return []
