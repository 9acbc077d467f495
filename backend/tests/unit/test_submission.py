"""The submit rule: every domain has a level, and evidence from level 3."""

from dataclasses import dataclass

from hypothesis import given
from hypothesis import strategies as st

from kindred.domain.submission import EVIDENCE_FROM_LEVEL, CheckedField, SubmitCheck, submit_checks


@dataclass(frozen=True)
class Answer:
    key: str
    name: str
    need_level: int | None
    evidence: str = ""


def test_a_domain_without_a_level_needs_one_and_a_high_level_needs_evidence() -> None:
    domains = [
        Answer("health", "Physical health", None),
        Answer("learning", "Learning and education", 3, "  \n"),
        Answer("identity", "Identity", 4, "Seen at school."),
        Answer("family", "Family", 2),
    ]

    assert submit_checks(domains) == [
        SubmitCheck(
            "health", CheckedField.need_level, "Choose a level of need for Physical health."
        ),
        SubmitCheck(
            "learning",
            CheckedField.evidence,
            "Give the evidence for a level 3 need in Learning and education.",
        ),
    ]


answers = st.builds(
    Answer,
    key=st.text(min_size=1, max_size=8),
    name=st.text(max_size=12),
    need_level=st.none() | st.integers(min_value=0, max_value=4),
    evidence=st.sampled_from(["", " ", "Seen.", "\n"]),
)


@given(st.lists(answers, max_size=8))
def test_each_domain_has_at_most_one_check_in_order_and_only_when_the_rule_is_broken(
    domains: list[Answer],
) -> None:
    checks = submit_checks(domains)
    broken = [
        domain
        for domain in domains
        if domain.need_level is None
        or (domain.need_level >= EVIDENCE_FROM_LEVEL and not domain.evidence.strip())
    ]

    assert [check.domain_key for check in checks] == [domain.key for domain in broken]
    for check, domain in zip(checks, broken, strict=True):
        expected = CheckedField.need_level if domain.need_level is None else CheckedField.evidence
        assert check.field == expected
        assert domain.name in check.message
