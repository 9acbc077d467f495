"""Consecutive yearly SSDA903 returns cut from one council's episode histories, as councils
hold them: each year's file has the episodes open during that collection year (1 April to 31
March), an episode still open on 31 March without its DEC, REC and REASON_PLACE_CHANGE; the
first year also carries the history before it. Importing them in order repeats and updates
the open episodes year after year, as real returns do. Shared by the bench and the demo data."""

import csv
import io
from collections.abc import Collection, Sequence
from dataclasses import dataclass
from datetime import date

from kindred.seed.ssda903_samples import EPISODES, HEADER

ENDED_FIELDS = ("DEC", "REC", "REASON_PLACE_CHANGE")


@dataclass(frozen=True, slots=True)
class YearReturn:
    year: int
    header: bytes
    episodes: bytes
    episode_rows: int


def _day(text: str) -> date:
    day, month, year = (int(part) for part in text.split("/"))
    return date(year, month, day)


def _csv(columns: list[str], rows: list[dict[str, str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\r\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue().encode()


def collection_year(day: date) -> int:
    """The SSDA903 collection year (named by the 31 March it ends on) that `day` falls in."""
    return day.year + 1 if day.month >= 4 else day.year


def yearly_returns(
    header_rows: Sequence[dict[str, str]],
    episode_rows: Sequence[dict[str, str]],
    last_year: int,
    years: int,
    *,
    rec_left_open: Collection[tuple[str, str]] = (),
) -> list[YearReturn]:
    """The episodes as the returns of the `years` collection years to `last_year`.

    An episode named by (CHILD, DECOM) in `rec_left_open` keeps `REC` `X1` while it is open at
    a year's end, as some case systems export it (DfE rule 148)."""
    children = {row["CHILD"]: row for row in header_rows}
    returns: list[YearReturn] = []
    for year in range(last_year - years + 1, last_year + 1):
        first_day = date(year - 1, 4, 1) if year > last_year - years + 1 else date.min
        last_day = date(year, 3, 31)
        rows: list[dict[str, str]] = []
        for row in episode_rows:
            start = _day(row["DECOM"])
            end = _day(row["DEC"]) if row["DEC"] else None
            if start > last_day or (end is not None and end < first_day):
                continue
            if end is None or end > last_day:
                row = row | dict.fromkeys(ENDED_FIELDS, "")
                if (row["CHILD"], row["DECOM"]) in rec_left_open:
                    row["REC"] = "X1"
            rows.append(row)
        header = [children[child] for child in dict.fromkeys(row["CHILD"] for row in rows)]
        returns.append(YearReturn(year, _csv(HEADER, header), _csv(EPISODES, rows), len(rows)))
    return returns
