"""Try the subtractions an analyst would: in each relation of a response's figures (a total and
its parts), a lone withheld figure (None) would be the total minus the shown parts."""

from collections.abc import Sequence
from typing import Any

Figure = int | None


def recoverable(relations: Sequence[tuple[Figure, Sequence[Figure]]]) -> list[str]:
    """Each relation where exactly one figure is withheld, described with what it gives back."""
    found = []
    for total, parts in relations:
        withheld = [figure is None for figure in (total, *parts)]
        if sum(withheld) != 1:
            continue
        shown_parts = sum(part for part in parts if part is not None)
        if total is None:
            found.append(f"a withheld total is the sum of its parts, {shown_parts}")
        else:
            found.append(f"a withheld part is {total} - {shown_parts} = {total - shown_parts}")
    return found


def step_down_relations(body: dict[str, Any]) -> list[tuple[Figure, list[Figure]]]:
    """Considered = blocked + proposed, per type and in total; each column sums to its total;
    savings likewise; and the children not listed are the proposed when none are listed."""
    rows = body["by_placement_type"]
    assert isinstance(rows, list)
    measures = ("children_considered", "children_blocked", "children_proposed")
    relations: list[tuple[Figure, list[Figure]]] = [
        (row["children_considered"], [row["children_blocked"], row["children_proposed"]])
        for row in [body, *rows]
    ]
    relations += [(body[m], [row[m] for row in rows]) for m in measures]
    relations.append(
        (body["total_annual_saving_pence"], [row["annual_saving_pence"] for row in rows])
    )
    if body["children"] == []:
        relations.append((body["children_proposed"], [body["children_not_listed"]]))
    return relations


def small_steps(run: Sequence[Figure]) -> list[str]:
    """In a run of "at least" counts (all, then level 1 or above, …), each pair of shown counts
    whose difference, the children between them, is small (1 to 4)."""
    shown = [(position, figure) for position, figure in enumerate(run) if figure is not None]
    return [
        f"{a} - {b} = {a - b} children between positions {i} and {j}"
        for n, (i, a) in enumerate(shown)
        for j, b in shown[n + 1 :]
        if 0 < a - b < 5
    ]


def edge_of_care_relations(body: dict[str, Any]) -> list[tuple[Figure, list[Figure]]]:
    """The cohort is those not assessed plus those assessed (the scores' count), who are each
    likely placement type's children."""
    types = [row["children"] for row in body["likely_placements"]]
    assessed = body["scores"]["count"]
    return [(body["children"], [body["children_not_assessed"], assessed]), (assessed, types)]


def stability_relations(body: dict[str, Any]) -> list[tuple[Figure, list[Figure]]]:
    """Moves by year, by score band and by reason each sum to all the moves, and child-years by
    year and by band to all child-years: a group shown whole gives every group its total."""
    relations: list[tuple[Figure, list[Figure]]] = []
    for measure, groups in (
        ("moves", ("by_year", "by_score_band", "by_reason")),
        ("child_years", ("by_year", "by_score_band")),
    ):
        sums: list[list[Figure]] = [[row[measure] for row in body[group]] for group in groups]
        for whole in (figures for figures in sums if None not in figures):
            total = sum(figure for figure in whole if figure is not None)
            relations += [(total, figures) for figures in sums]
    return relations
