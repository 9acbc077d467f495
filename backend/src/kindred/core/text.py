"""Text types for input schemas: trimmed one-line text without control characters, bounded.

PostgreSQL cannot store NUL, and names, titles and search terms have no business holding line
breaks or tabs, so these are refused as a 422 naming the field rather than failing later.
`LineN` is one line of 1..N characters; `MultiLine` is free text (bound it with a Field).
"""

import re
from typing import Annotated

from pydantic import AfterValidator, StringConstraints

_CONTROL_CHARACTERS = re.compile(r"[\x00-\x1f\x7f]")


def refuse_control_characters(text: str) -> str:
    """A validator: one line of text, no NUL, tabs or line breaks."""
    if _CONTROL_CHARACTERS.search(text):
        raise ValueError("Remove control characters such as line breaks or tabs.")
    return text


def refuse_nul(text: str) -> str:
    """A validator for free text: anything but NUL, which PostgreSQL cannot store."""
    if "\x00" in text:
        raise ValueError("Remove the NUL character from this text.")
    return text


_ONE_LINE = AfterValidator(refuse_control_characters)

Line40 = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=40), _ONE_LINE
]
Line60 = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=60), _ONE_LINE
]
Line100 = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100), _ONE_LINE
]
Line120 = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=120), _ONE_LINE
]
Line200 = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200), _ONE_LINE
]
MultiLine = Annotated[str, AfterValidator(refuse_nul)]
