"""The young person's own words for a referral: only the sections they agreed to share.

The one place referrals read the young person's "About me". The words are read afresh, with
the consent as it is now, whenever a preview or a snapshot is built, so a section the young
person says no to before approval never leaves the council. Practitioners can leave a consented
section out of a referral, but never change a word of it.
"""

import uuid
from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from kindred.modules.referrals.snapshot import SharedWords
from kindred.modules.voice.api import consented_sections


async def consented_words(db: AsyncSession, child_id: uuid.UUID) -> list[SharedWords]:
    """Every "About me" section the young person agreed to share, in their words and order."""
    return [
        SharedWords(section=entry.section, heading=entry.heading, text=entry.text)
        for entry in await consented_sections(db, child_id)
    ]


def selected(words: Sequence[SharedWords], sections: Sequence[str] | None) -> list[SharedWords]:
    """The consented sections the practitioner kept in the referral (None: all of them)."""
    if sections is None:
        return list(words)
    keep = set(sections)
    return [entry for entry in words if entry.section in keep]
