"""An SSDA903 return, read and checked: which rows can be imported and why the others cannot.

`read_return(header_bytes, episodes_bytes, ...)` parses both files (see `ssda903_csv` for the
messiness tolerated), checks every code against the statutory lists and every date, and checks
rows against each other: one Header row per child, episodes of a child that do not share a day,
every episode's child known. Every rejected row is reported with its file, line and reason;
nothing is dropped silently. The result says what to write; the caller decides whether any
error stops the whole run (the default) or only the rows in error.
"""

import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from kindred.domain.placements import (
    CATEGORY_OF_NEED,
    MOVE_EPISODE_REASONS,
    REASON_EPISODE_CEASED,
    REASON_NEW_EPISODE,
    Span,
    clashing_pairs,
)
from kindred.domain.ssda903 import (
    ETHNICITY,
    LEGAL_STATUS,
    PLACEMENT_PROVIDER,
    PLACEMENT_TYPE,
    REASON_PLACEMENT_CHANGE,
    SEX,
)
from kindred.domain.ssda903_csv import FileProblem, Record, parse_date, read_records

HEADER_COLUMNS = ("CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB")
EPISODE_COLUMNS = (
    "CHILD", "DECOM", "RNE", "LS", "CIN", "PLACE", "PLACE_PROVIDER", "DEC", "REC",
    "REASON_PLACE_CHANGE", "HOME_POST", "PL_POST", "URN",
)  # fmt: skip
HEADER_REQUIRED = ("CHILD", "SEX", "DOB")
EPISODE_REQUIRED = ("CHILD", "DECOM", "LS", "PLACE")
MAX_CHILD_ID = 40
MAX_POSTCODE = 10
MAX_URN = 10

_UPN = re.compile(r"^[A-Z]\d{11}[0-9A-Z]$")
_UPN_UNKNOWN = re.compile(r"^UN(10|[1-9])$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True, slots=True)
class RowError:
    file: str
    line: int
    reason: str
    child: str | None = None


@dataclass(frozen=True, slots=True)
class ChildRow:
    line: int
    child: str
    sex: str
    date_of_birth: date
    ethnicity: str | None
    upn: str | None


@dataclass(frozen=True, slots=True)
class EpisodeRow(Span):
    line: int
    child: str
    reason_new_episode: str | None
    legal_status: str
    category_of_need: str | None
    placement_type: str
    provider: str | None
    reason_ceased: str | None
    reason_for_change: str | None
    home_postcode: str | None
    placement_postcode: str | None
    urn: str | None
    ended_with_move: bool = False


@dataclass(frozen=True, slots=True)
class ParsedReturn:
    header_file: str
    episodes_file: str
    header_rows: int
    episode_rows: int
    children: list[ChildRow] = field(default_factory=list)
    episodes: list[EpisodeRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    warnings: list[RowError] = field(default_factory=list)

    @property
    def rows(self) -> int:
        return self.header_rows + self.episode_rows


class _Row:
    """Collects a row's problems while its cells are read."""

    def __init__(self, record: Record) -> None:
        self.record = record
        self.problems: list[str] = []

    def text(self, column: str, *, required: bool = False, limit: int = 40) -> str | None:
        value = self.record.get(column)
        if value is None:
            if required:
                self.problems.append(f"{column} is empty")
            return None
        if _CONTROL.search(value) or len(value) > limit:
            self.problems.append(f"{column} {value[:20]!r} is not a valid value")
            return None
        return value

    def code(self, column: str, codes: Mapping[str, str], *, required: bool = False) -> str | None:
        value = self.text(column, required=required)
        if value is None:
            return None
        normal = value.upper()
        if normal not in codes:
            self.problems.append(f"{column} {value!r} is not an SSDA903 code")
            return None
        return normal

    def day(self, column: str, *, required: bool = False, today: date) -> date | None:
        value = self.text(column, required=required)
        if value is None:
            return None
        parsed = parse_date(value)
        if parsed is None:
            self.problems.append(f"{column} {value!r} is not a date in dd/mm/yyyy form")
        elif parsed > today:
            self.problems.append(f"{column} {value} is in the future")
            return None
        return parsed


def _postcode(value: str | None) -> str | None:
    """A postcode kept as given (upper case, single spaces); never a reason to reject a row."""
    if value is None:
        return None
    normal = re.sub(r"\s+", " ", _CONTROL.sub("", value).strip().upper())
    return normal[:MAX_POSTCODE] or None


def _child_row(record: Record, today: date) -> tuple[ChildRow | None, list[str]]:
    row = _Row(record)
    child = row.text("CHILD", required=True, limit=MAX_CHILD_ID)
    sex = row.code("SEX", SEX, required=True)
    born = row.day("DOB", required=True, today=today)
    ethnicity = row.code("ETHNIC", ETHNICITY)
    upn = row.text("UPN", limit=13)
    if upn is not None:
        upn = upn.upper()
        if _UPN_UNKNOWN.match(upn):
            upn = None  # UN1–UN10: the reason a UPN is unknown, not a UPN
        elif not _UPN.match(upn):
            row.problems.append(f"UPN {upn!r} is not a letter, 11 digits and a digit or letter")
    mother = row.text("MOTHER")
    if mother is not None and mother not in {"0", "1"}:
        row.problems.append(f"MOTHER {mother!r} must be 1, 0 or empty")
    row.day("MC_DOB", today=today)
    if row.problems or child is None or sex is None or born is None:
        return None, row.problems
    return ChildRow(record.line, child, sex, born, ethnicity, upn), []


def _episode_row(record: Record, today: date) -> tuple[EpisodeRow | None, list[str]]:
    row = _Row(record)
    child = row.text("CHILD", required=True, limit=MAX_CHILD_ID)
    start = row.day("DECOM", required=True, today=today)
    end = row.day("DEC", today=today)
    legal_status = row.code("LS", LEGAL_STATUS, required=True)
    placement_type = row.code("PLACE", PLACEMENT_TYPE, required=True)
    provider = row.code("PLACE_PROVIDER", PLACEMENT_PROVIDER)
    reason_new = row.code("RNE", REASON_NEW_EPISODE)
    need = row.code("CIN", CATEGORY_OF_NEED)
    ceased = row.code("REC", REASON_EPISODE_CEASED)
    change = row.code("REASON_PLACE_CHANGE", REASON_PLACEMENT_CHANGE)
    urn = row.text("URN", limit=MAX_URN)
    if start and end and end < start:
        row.problems.append(f"DEC {end:%d/%m/%Y} is before DECOM {start:%d/%m/%Y}")
    if end is None and ceased is not None:
        row.problems.append(f"REC {ceased} is given but the episode has no DEC")
    if end is None and change is not None:
        row.problems.append(f"REASON_PLACE_CHANGE {change} is given but the episode has no DEC")
    if row.problems or child is None or start is None or legal_status is None:
        return None, row.problems
    assert placement_type is not None
    episode = EpisodeRow(
        start=start,
        end=end,
        line=record.line,
        child=child,
        reason_new_episode=reason_new,
        legal_status=legal_status,
        category_of_need=need,
        placement_type=placement_type,
        provider=provider,
        reason_ceased=ceased,
        reason_for_change=change,
        home_postcode=_postcode(record.get("HOME_POST")),
        placement_postcode=_postcode(record.get("PL_POST")),
        urn=urn.upper() if urn else None,
    )
    return episode, []


def _read(
    content: bytes, file: str, required: Sequence[str], known: Sequence[str]
) -> tuple[list[Record], list[RowError]]:
    try:
        return list(read_records(content, required=required, known=known)), []
    except FileProblem as problem:
        return [], [RowError(file, problem.line, problem.reason)]


def read_return(
    header: bytes,
    episodes: bytes,
    *,
    today: date,
    header_file: str = "header.csv",
    episodes_file: str = "episodes.csv",
    known_children: Iterable[str] = (),
) -> ParsedReturn:
    """Parse and check a return; `known_children` are local ids already held by the council."""
    header_records, errors = _read(header, header_file, HEADER_REQUIRED, HEADER_COLUMNS)
    episode_records, episode_file_errors = _read(
        episodes, episodes_file, EPISODE_REQUIRED, EPISODE_COLUMNS
    )
    errors += episode_file_errors
    children, rejected_children = _children(header_records, header_file, today, errors)
    by_child = {row.child: row for row in children}
    known = set(known_children)
    episodes_ok: list[EpisodeRow] = []
    for record in episode_records:
        episode, problems = _episode_row(record, today)
        child_id = record.get("CHILD")
        if episode is not None:
            problems = _child_problems(episode, by_child, rejected_children, known)
        if problems:
            errors.append(RowError(episodes_file, record.line, "; ".join(problems), child_id))
        elif episode is not None:
            episodes_ok.append(episode)
    episodes_ok = _check_histories(episodes_ok, episodes_file, errors)
    errors.sort(key=lambda error: (error.file != header_file, error.line))
    return ParsedReturn(
        header_file=header_file,
        episodes_file=episodes_file,
        header_rows=len(header_records),
        episode_rows=len(episode_records),
        children=children,
        episodes=sorted(episodes_ok, key=lambda row: (row.child, row.start)),
        errors=errors,
    )


def _children(
    records: list[Record], file: str, today: date, errors: list[RowError]
) -> tuple[list[ChildRow], dict[str, int]]:
    children: list[ChildRow] = []
    first_line: dict[str, int] = {}
    rejected: dict[str, int] = {}
    for record in records:
        child, problems = _child_row(record, today)
        if child is not None and child.child in first_line:
            problems = [f"CHILD {child.child} is already on line {first_line[child.child]}"]
            child = None
        if child is None:
            errors.append(RowError(file, record.line, "; ".join(problems), record.get("CHILD")))
            name = record.get("CHILD")
            if name is not None and name not in first_line:
                rejected.setdefault(name, record.line)
            continue
        first_line[child.child] = record.line
        children.append(child)
    return children, rejected


def _child_problems(
    episode: EpisodeRow,
    children: Mapping[str, ChildRow],
    rejected: Mapping[str, int],
    known: set[str],
) -> list[str]:
    header = children.get(episode.child)
    if header is None:
        if episode.child in rejected:
            return [f"the child's Header row (line {rejected[episode.child]}) was rejected"]
        if episode.child not in known:
            return [f"CHILD {episode.child} is not in the Header file nor held by the council"]
        return []
    if episode.start < header.date_of_birth:
        return [f"DECOM {episode.start:%d/%m/%Y} is before the child's DOB"]
    return []


def _check_histories(
    episodes: list[EpisodeRow], file: str, errors: list[RowError]
) -> list[EpisodeRow]:
    """Reject episodes that share a day with an earlier one of the same child; mark moves."""
    by_child: dict[str, list[EpisodeRow]] = defaultdict(list)
    for episode in episodes:
        by_child[episode.child].append(episode)
    kept: list[EpisodeRow] = []
    for child, history in by_child.items():
        history.sort(key=lambda row: (row.start, row.line))
        bad: set[int] = set()
        first_on: dict[date, EpisodeRow] = {}
        for index, row in enumerate(history):
            first = first_on.setdefault(row.start, row)
            if first is not row:
                bad.add(index)
                errors.append(
                    RowError(
                        file,
                        history[index].line,
                        f"another episode of this child starts on {first.start:%d/%m/%Y} "
                        f"(line {first.line})",
                        child,
                    )
                )
        for i, j in clashing_pairs(history):
            if i in bad:
                continue
            first, later = history[i], history[j]
            if j not in bad:
                bad.add(j)
                errors.append(RowError(file, later.line, _clash(first), child))
        for index, row in enumerate(history):
            if index in bad:
                continue
            kept.append(_with_move(row, history, bad, file, errors))
    return kept


def _clash(first: EpisodeRow) -> str:
    until = f"{first.end:%d/%m/%Y}" if first.end else "no DEC"
    return (
        f"the episode overlaps the child's episode on line {first.line} "
        f"({first.start:%d/%m/%Y} to {until})"
    )


def _with_move(
    row: EpisodeRow, history: list[EpisodeRow], bad: set[int], file: str, errors: list[RowError]
) -> EpisodeRow:
    """Mark an episode that ended with a move of placement (the next episode starts that day
    for a placement reason); such an episode must say why the placement changed."""
    if row.end is None or row.reason_ceased not in (None, "X1"):
        return row
    following = [
        other
        for index, other in enumerate(history)
        if index not in bad and other.start == row.end and other is not row
    ]
    moved = any(
        other.reason_new_episode in MOVE_EPISODE_REASONS
        or (other.reason_new_episode is None and other.placement_type != row.placement_type)
        for other in following
    )
    if not moved:
        return row
    if row.reason_for_change is None:
        errors.append(
            RowError(
                file,
                row.line,
                "REASON_PLACE_CHANGE is empty, but the child moved placement when this episode "
                f"ended ({row.end:%d/%m/%Y})",
                row.child,
            )
        )
    return replace(row, ended_with_move=True)


@dataclass(frozen=True, slots=True)
class ChildStatus:
    """What a child's latest episode says about them now."""

    in_care: bool
    placement_type: str | None
    legal_status: str | None


def status_from_latest(latest: EpisodeRow | None) -> ChildStatus:
    """A child is in care while their latest episode has no end; its codes are their current."""
    if latest is None:
        return ChildStatus(in_care=False, placement_type=None, legal_status=None)
    open_now = latest.end is None
    return ChildStatus(
        in_care=open_now,
        placement_type=latest.placement_type if open_now else None,
        legal_status=latest.legal_status,
    )


def latest_episodes(episodes: Iterable[EpisodeRow]) -> dict[str, EpisodeRow]:
    """Each child's latest episode (by start date)."""
    latest: dict[str, EpisodeRow] = {}
    for episode in episodes:
        current = latest.get(episode.child)
        if current is None or episode.start > current.start:
            latest[episode.child] = episode
    return latest


def rows_to_import(parsed: ParsedReturn) -> tuple[list[ChildRow], list[EpisodeRow]]:
    """The valid rows (for a run that imports valid rows only); an episode whose move reason is
    missing is in `errors` but was kept in `episodes`, so drop those too."""
    errored = {(error.file, error.line) for error in parsed.errors}
    episodes = [
        episode
        for episode in parsed.episodes
        if (parsed.episodes_file, episode.line) not in errored
    ]
    return parsed.children, episodes
