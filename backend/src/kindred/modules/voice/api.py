"""The public face of the young person's voice for other modules (ADR 0014): the "About me"
sections a young person agreed to share (a referral carries them).
"""

from kindred.modules.voice.service import consented_sections

__all__ = ["consented_sections"]
