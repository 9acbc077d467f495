"""Load the frameworks Kindred ships with the package (I/O lives here, outside the pure domain)."""

import functools
import json
from importlib import resources

from kindred.domain.framework import Framework, parse_framework

DEFAULT_FRAMEWORK_FILE = "default-v1.json"


@functools.cache
def load_default_framework() -> Framework:
    """The default needs framework, parsed and validated once per process (it is immutable)."""
    text = (
        resources.files("kindred.frameworks")
        .joinpath(DEFAULT_FRAMEWORK_FILE)
        .read_text(encoding="utf-8")
    )
    return parse_framework(json.loads(text))
