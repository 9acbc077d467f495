"""The rule for submitting an assessment for approval: every domain has a level of need, and a
level from `EVIDENCE_FROM_LEVEL` up is backed by evidence.

The API refuses a submit that breaks it and serves the same checks, in the same words, on the
assessment, so the SPA shows them before it tries and never codes the rule again.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import Protocol

EVIDENCE_FROM_LEVEL = 3
"""From this level (high need) a level must be backed by evidence."""

INCOMPLETE = (
    "Complete the assessment before submitting it: every domain needs a level, and levels 3 "
    "and 4 need evidence."
)


class CheckedField(StrEnum):
    """The field of a domain a check is about."""

    need_level = "need_level"
    evidence = "evidence"


class DomainAnswer(Protocol):
    """What the rule reads of one domain of an assessment."""

    @property
    def key(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def need_level(self) -> int | None: ...
    @property
    def evidence(self) -> str: ...


@dataclass(frozen=True, slots=True)
class SubmitCheck:
    """One thing that stops the assessment being submitted, in the words people see."""

    domain_key: str
    field: CheckedField
    message: str


def submit_checks(domains: Iterable[DomainAnswer]) -> list[SubmitCheck]:
    """What stops these domains (in framework order) being submitted; empty when nothing does."""
    checks: list[SubmitCheck] = []
    for domain in domains:
        if domain.need_level is None:
            message = f"Choose a level of need for {domain.name}."
            checks.append(SubmitCheck(domain.key, CheckedField.need_level, message))
        elif domain.need_level >= EVIDENCE_FROM_LEVEL and not domain.evidence.strip():
            message = f"Give the evidence for a level {domain.need_level} need in {domain.name}."
            checks.append(SubmitCheck(domain.key, CheckedField.evidence, message))
    return checks
