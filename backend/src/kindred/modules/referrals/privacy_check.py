"""The identifying-details check on what agencies will read, before submit and before sharing.

Every free text of the snapshot (the referral's own words and the young person's consented
words) is scanned for the child's names as held in the record and for dates, postcodes,
addresses, schools, contact details and identifiers. A hit refuses the step with a 422 naming
each field and quoting the words; nothing is changed, so what was typed stays saved. The young
person's words are never edited for them: the message asks to go back to them or leave the
section out.
"""

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from kindred.core.errors import FieldError, InvalidInput
from kindred.domain.identifying_details import (
    KIND_NAMES,
    Finding,
    HeldPerson,
    find_identifying_details,
)
from kindred.modules.referrals.repository import ReferralRow
from kindred.modules.referrals.schemas import IdentifyingDetail
from kindred.modules.referrals.snapshot import ReferralSnapshot, SharedWords

YOUNG_PERSON_FIELD = "young_person_words"


def agency_texts(
    *,
    location_preferences: str,
    what_helps: str,
    contact_arrangements: str,
    needs: Iterable[Mapping[str, Any]],
    words: Sequence[SharedWords],
) -> dict[str, str]:
    """Every free text agencies read, keyed by where it is."""
    texts = {
        "location_preferences": location_preferences,
        "what_helps": what_helps,
        "contact_arrangements": contact_arrangements,
    }
    for need in needs:
        for part in ("needs_text", "strength_notes"):
            texts[f"needs.{need['domain_key']}.{part}"] = str(need.get(part, ""))
    for entry in words:
        texts[f"{YOUNG_PERSON_FIELD}.{entry.section}"] = entry.text
    return texts


def snapshot_texts(snapshot: ReferralSnapshot) -> dict[str, str]:
    """The free texts of a snapshot, keyed like `agency_texts`."""
    return agency_texts(
        location_preferences=snapshot.location.preferences,
        what_helps=snapshot.what_helps,
        contact_arrangements=snapshot.contact_arrangements,
        needs=[need.model_dump() for need in snapshot.needs],
        words=snapshot.young_person_words,
    )


def _message(finding: Finding, headings: Mapping[str, str]) -> str:
    if not finding.field.startswith(f"{YOUNG_PERSON_FIELD}."):
        return finding.message
    heading = headings.get(finding.field, "their words")
    return (
        f"The young person’s words in “{heading}” include “{finding.words}”, which looks like "
        f"{KIND_NAMES[finding.kind]}. Nobody else may change their words: go back to the young "
        "person and ask them to reword it, or leave this section out of the referral."
    )


def identifying_details(
    texts: Mapping[str, str], people: Sequence[HeldPerson], words: Sequence[SharedWords]
) -> list[IdentifyingDetail]:
    """The scanner's findings on the texts agencies will read, with a message for each."""
    headings = {f"{YOUNG_PERSON_FIELD}.{entry.section}": entry.heading for entry in words}
    return [
        IdentifyingDetail(
            field=finding.field,
            kind=finding.kind,
            words=finding.words,
            young_persons_words=finding.field.startswith(f"{YOUNG_PERSON_FIELD}."),
            message=_message(finding, headings),
        )
        for finding in find_identifying_details(texts, people)
    ]


def refuse_identifying(details: Sequence[IdentifyingDetail], doing: str) -> None:
    """422 naming every field with an identifying detail, the words quoted; nothing changes."""
    if not details:
        return
    quoted = ", ".join(f"“{detail.words}”" for detail in details[:5])
    raise InvalidInput(
        f"The referral cannot be {doing} while agencies would read identifying details "
        f"({quoted}). Rewrite or remove them; what you typed is kept.",
        errors=[
            FieldError(field=f"body.{detail.field}", message=detail.message) for detail in details
        ],
        extra={"identifying_details": [detail.model_dump(mode="json") for detail in details]},
        keep_changes=True,
    )


def details_of(row: ReferralRow, chosen: list[SharedWords]) -> list[IdentifyingDetail]:
    """The scanner's findings on what agencies read: the frozen snapshot once approved."""
    referral = row.referral
    if referral.snapshot is not None:
        snapshot = ReferralSnapshot.model_validate(referral.snapshot)
        texts = snapshot_texts(snapshot)
        chosen = snapshot.young_person_words
    else:
        texts = agency_texts(
            location_preferences=referral.location_preferences,
            what_helps=referral.what_helps,
            contact_arrangements=referral.contact_arrangements,
            needs=referral.needs,
            words=chosen,
        )
    return identifying_details(texts, _held_people(row), chosen)


def _held_people(row: ReferralRow) -> list[HeldPerson]:
    """The people whose names the record holds: the child (no family names are held yet)."""
    return [HeldPerson(row.given_name, row.family_name, row.preferred_name)]


def check_what_agencies_read(row: ReferralRow, snapshot: ReferralSnapshot, doing: str) -> None:
    """Refuse (422, fields named, words quoted) while the snapshot holds identifying details."""
    details = identifying_details(
        snapshot_texts(snapshot), _held_people(row), snapshot.young_person_words
    )
    refuse_identifying(details, doing)
