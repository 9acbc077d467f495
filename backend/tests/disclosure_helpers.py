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
