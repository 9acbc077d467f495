"""Young people's invitation codes, sign-in names and PINs: pure rules, no randomness or I/O.

A code is read aloud or copied from a screen by a child, so it uses an alphabet without the
characters that look alike (0/O, 1/I/L) and is shown in two groups of four.
"""

import itertools
import re
import unicodedata
from collections.abc import Iterable
from datetime import date

CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
CODE_LENGTH = 8
_CODE_SEPARATORS = re.compile(r"[\s\-_.]+")

MIN_PIN_DIGITS = 6
USERNAME_SUFFIX_ALPHABET = CODE_ALPHABET.lower()
USERNAME_SUFFIX_LENGTH = 4
_STEM_MAX = 20
USERNAME_PATTERN = re.compile(r"[a-z0-9](?:[a-z0-9.\-]{1,28})[a-z0-9]")
"""A chosen sign-in name: 3–30 of a–z, 0–9, dot and hyphen. No `@`, so it can never be
mistaken for (or clash with) a member of staff's e-mail address."""

# Number shapes people reach for first: keypad lines and crosses, doubled pairs.
_COMMON_PINS = frozenset(
    {"112233", "121314", "147258", "159753", "258369", "369258", "456789", "789456", "102030"}
)


def format_code(code: str) -> str:
    """`K7P3MX9Q` → `K7P3-MX9Q`: how a code is shown and read out."""
    half = len(code) // 2
    return f"{code[:half]}-{code[half:]}"


def normalise_code(typed: str) -> str | None:
    """The code as stored, from what was typed (any case, spaces or a hyphen); None if it
    cannot be a code at all."""
    code = _CODE_SEPARATORS.sub("", typed).upper()
    if len(code) != CODE_LENGTH or any(character not in CODE_ALPHABET for character in code):
        return None
    return code


def username_stem(name: str) -> str:
    """A sign-in name's first part from a person's name: `Zoë Anne` → `zoe-anne`."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    stem = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:_STEM_MAX].strip("-")
    return stem or "me"


def username_from(stem: str, suffix: str) -> str:
    return f"{stem}-{suffix}"


def birthday_pins(date_of_birth: date) -> frozenset[str]:
    """Ways a date of birth is written as numbers: a PIN that is one is easy to guess."""
    day, month = f"{date_of_birth.day:02d}", f"{date_of_birth.month:02d}"
    year, short_year = f"{date_of_birth.year:04d}", f"{date_of_birth.year % 100:02d}"
    return frozenset(
        {
            day + month + short_year,
            day + month + year,
            month + day + short_year,
            month + day + year,
            year + month + day,
            short_year + month + day,
        }
    )


def _is_run(digits: str) -> bool:
    """Every step +1 or every step −1, wrapping round (`123456`, `654321`, `890123`)."""
    steps = {(int(b) - int(a)) % 10 for a, b in itertools.pairwise(digits)}
    return steps in ({1}, {9})


def _repeats_a_short_pattern(digits: str) -> bool:
    """`121212`, `123123`, `111111`: a pattern of at most three digits repeated."""
    return any(
        len(digits) % size == 0 and digits == digits[:size] * (len(digits) // size)
        for size in (1, 2, 3)
        if size < len(digits)
    )


def pin_problems(pin: str, *, guessable: Iterable[str] = ()) -> list[str]:
    """Why a PIN of digits would be refused, in words a child understands; empty when fine.

    `guessable` holds numbers anyone who knows the child could try (their birthday).
    """
    if len(pin) < MIN_PIN_DIGITS:
        return [f"Your PIN needs at least {MIN_PIN_DIGITS} numbers."]
    if _is_run(pin) or _repeats_a_short_pattern(pin) or pin in _COMMON_PINS:
        return ["That PIN is too easy to guess. Try numbers that do not follow a pattern."]
    if pin in set(guessable):
        return ["Do not use your birthday as your PIN. Try other numbers."]
    return []
