"""A young person's "About me": its sections, their headings in the young person's voice, and
what may be shared. Pure data and rules."""

from collections.abc import Mapping
from dataclasses import dataclass

SECTIONS: Mapping[str, str] = {
    "good_at": "What I'm good at",
    "matters_to_me": "What matters to me",
    "want_people_to_know": "What I want people to know about me",
    "helps_when_hard": "What helps when things are hard",
    "goals_soon": "My goals for soon",
    "goals_older": "My goals for when I'm older",
    "important_people": "People who are important to me",
}
"""Section key → heading, in the order the tablet and the profile show them."""

MAX_SECTION_LENGTH = 2_000
MAX_RATING_WORDS = 500


@dataclass(frozen=True, slots=True)
class SharedSection:
    """One section the young person agreed may be shared, as they wrote it."""

    section: str
    heading: str
    text: str


def shareable(sections: Mapping[str, str], share: Mapping[str, bool]) -> list[SharedSection]:
    """The written sections the young person has not said no to sharing, in section order.

    A section with no `share` entry is shareable: the default is yes, and they can say no.
    """
    return [
        SharedSection(section=key, heading=heading, text=sections[key].strip())
        for key, heading in SECTIONS.items()
        if sections.get(key, "").strip() and share.get(key, True)
    ]


def ratings_differ(practitioner_level: int | None, own_level: int | None) -> bool:
    """Whether the young person sees a domain differently: both rated, and not the same."""
    return (
        practitioner_level is not None and own_level is not None and practitioner_level != own_level
    )
