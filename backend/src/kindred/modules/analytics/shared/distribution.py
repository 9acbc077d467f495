"""A group's weighted needs scores as a distribution, or withheld whole."""

from collections.abc import Sequence

from kindred.domain.cohorts import score_distribution
from kindred.modules.analytics.shared.schemas import ScoreDistributionRead


def distribution_read(scores: Sequence[float], *, withheld: bool) -> ScoreDistributionRead:
    """The distribution of `scores`, or every figure empty when withheld."""
    figures = None if withheld else score_distribution(scores)
    return ScoreDistributionRead(
        count=None if withheld else len(scores),
        mean=figures.mean if figures else None,
        median=figures.median if figures else None,
        lower_quartile=figures.lower_quartile if figures else None,
        upper_quartile=figures.upper_quartile if figures else None,
        minimum=figures.minimum if figures else None,
        maximum=figures.maximum if figures else None,
        suppressed=withheld,
    )
