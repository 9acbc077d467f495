"""Ten consecutive yearly SSDA903 returns cut from one council's sample histories, as councils
hold them: each year's file has the episodes open during that collection year (1 April to 31
March), an episode still open on 31 March without its DEC, REC and REASON_PLACE_CHANGE; the
first year also carries the history before it. Importing them in order repeats and updates
the open episodes year after year, as real returns do."""

import csv
import io
from dataclasses import dataclass
from datetime import date

from kindred.seed.ssda903_samples import EPISODES, HEADER, SampleReturn

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


def yearly_returns(sample: SampleReturn, last_year: int, years: int) -> list[YearReturn]:
    """The sample's episodes as the returns of the `years` collection years to `last_year`."""
    children = {row["CHILD"]: row for row in csv.DictReader(io.StringIO(sample.header.decode()))}
    returns: list[YearReturn] = []
    for year in range(last_year - years + 1, last_year + 1):
        first_day = date(year - 1, 4, 1) if year > last_year - years + 1 else date.min
        last_day = date(year, 3, 31)
        rows: list[dict[str, str]] = []
        for row in sample.rows:
            start = _day(row["DECOM"])
            end = _day(row["DEC"]) if row["DEC"] else None
            if start > last_day or (end is not None and end < first_day):
                continue
            open_at_year_end = end is None or end > last_day
            rows.append(row | dict.fromkeys(ENDED_FIELDS, "") if open_at_year_end else row)
        header = [children[child] for child in dict.fromkeys(row["CHILD"] for row in rows)]
        returns.append(YearReturn(year, _csv(HEADER, header), _csv(EPISODES, rows), len(rows)))
    return returns
