"""An SSDA903 return (Header and Episodes), read and checked: what to import, what each row
breaks (warnings) and which rows cannot be understood (rejections).

`read_return(header_bytes, episodes_bytes, ...)` parses both files (see `ssda903_csv` for the
messiness tolerated) and each row on its own (`ssda903_rows`), then checks rows against each
other: one Header row per child, every episode's child known, episodes of a child that do not
share a day. An open episode followed by a later one of the same child ended, evidently, when
the later one began: it is closed then, with a warning. Every problem of a row is reported, each
with its file, line, column and (for a DfE rule) the rule; nothing is dropped silently.
Which episodes ended with a move is decided after merging, over every file held
(`care_status.moves`).
"""

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date

from kindred.domain.placements import clashing_pairs
from kindred.domain.ssda903_child_files import (
    COLUMNS,
    KEY_DATE,
    ChildFile,
    ChildRecord,
    child_record,
    required_columns,
)
from kindred.domain.ssda903_codes import CodeLists, code_lists
from kindred.domain.ssda903_csv import FileProblem, Record, printable, read_records
from kindred.domain.ssda903_rows import (
    ChildRow,
    EpisodeRow,
    RowError,
    RowReader,
    child_row,
    episode_row,
)

HEADER_COLUMNS = ("CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB")
EPISODE_COLUMNS = (
    "CHILD",
    "DECOM",
    "RNE",
    "LS",
    "CIN",
    "PLACE",
    "PLACE_PROVIDER",
    "DEC",
    "REC",
    "REASON_PLACE_CHANGE",
    "HOME_POST",
    "PL_POST",
    "URN",
)
HEADER_REQUIRED = ("CHILD", "SEX", "DOB")
EPISODE_REQUIRED = ("CHILD", "DECOM", "LS", "PLACE")


@dataclass(frozen=True, slots=True)
class ParsedReturn:
    header_file: str
    episodes_file: str
    header_rows: int
    episode_rows: int
    children: list[ChildRow] = field(default_factory=list)
    episodes: list[EpisodeRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    """Rejections: rows not imported."""
    warnings: list[RowError] = field(default_factory=list)
    """Rows imported, with what they break."""
    records: list[ChildRecord] = field(default_factory=list)
    """Rows of the optional files (UASC, Reviews, Missing, OC2, OC3, PlacedAdoption)."""
    record_rows: int = 0

    @property
    def rows(self) -> int:
        return self.header_rows + self.episode_rows + self.record_rows

    @property
    def as_at(self) -> date | None:
        """The latest date the return knows of: an episode held as ended after it was still
        open when the return was made, so the return does not reopen it."""
        days = [day for e in self.episodes for day in (e.start, e.end) if day is not None]
        return max(days, default=None)


def _read(
    content: bytes, file: str, required: Sequence[str], known: Sequence[str]
) -> tuple[list[Record], list[RowError]]:
    try:
        return list(read_records(content, required=required, known=known)), []
    except FileProblem as problem:
        return [], [RowError(file, problem.line, printable(problem.reason))]


def _child_id(record: Record) -> str | None:
    child = record.get("CHILD")
    return printable(child)[:60] if child is not None else None


class _Report:
    """Collects rejections and warnings of one file."""

    def __init__(self, file: str) -> None:
        self.file = file
        self.errors: list[RowError] = []
        self.warnings: list[RowError] = []

    def add(self, row: RowReader, child: str | None) -> None:
        for into, problems in ((self.errors, row.rejections), (self.warnings, row.warnings)):
            into += [
                RowError(self.file, row.record.line, p.message, child, p.column, p.rule)
                for p in problems
            ]

    def reject(self, line: int, reason: str, child: str | None, column: str = "CHILD") -> None:
        self.errors.append(RowError(self.file, line, reason, child, column))

    def warn(self, line: int, reason: str, child: str | None, column: str | None) -> None:
        self.warnings.append(RowError(self.file, line, reason, child, column))


def read_return(
    header: bytes,
    episodes: bytes,
    *,
    today: date,
    header_file: str = "header.csv",
    episodes_file: str = "episodes.csv",
    known_children: Iterable[str] = (),
    codes: CodeLists | None = None,
    child_files: Mapping[ChildFile, tuple[str, bytes]] | None = None,
) -> ParsedReturn:
    """Parse and check a return; `known_children` are local ids already held by the council,
    `child_files` the optional files present (kind → file name and content)."""
    codes = codes or code_lists()
    header_records, header_file_errors = _read(header, header_file, HEADER_REQUIRED, HEADER_COLUMNS)
    episode_records, episode_file_errors = _read(
        episodes, episodes_file, EPISODE_REQUIRED, EPISODE_COLUMNS
    )
    heads, eps = _Report(header_file), _Report(episodes_file)
    heads.errors += header_file_errors
    eps.errors += episode_file_errors
    children, rejected_children = _children(header_records, codes, today, heads)
    by_child = {row.child: row for row in children}
    known = set(known_children)
    episodes_ok: list[EpisodeRow] = []
    for record in episode_records:
        row = RowReader(record, codes, today)
        episode = episode_row(row)
        child = record.get("CHILD")
        eps.add(row, _child_id(record))
        problems = _child_problems(child, episode, by_child, rejected_children, known)
        for problem in problems:
            eps.reject(record.line, problem, _child_id(record))
        if episode is not None and not problems:
            episodes_ok.append(episode)
    episodes_ok = _check_histories(episodes_ok, eps)
    with_episodes = {episode.child for episode in episodes_ok} | known
    for header_row in children:
        if header_row.child not in with_episodes:
            heads.reject(
                header_row.line,
                f"no episode of CHILD {header_row.child} could be imported, so the child is not "
                "added",
                header_row.child,
            )
    imported = [header_row for header_row in children if header_row.child in with_episodes]
    year_end = _year_end(codes, episodes_ok, today)
    others = [
        _read_child_file(kind, name, content, codes, today, year_end, with_episodes)
        for kind, (name, content) in (child_files or {}).items()
    ]
    return ParsedReturn(
        header_file=header_file,
        episodes_file=episodes_file,
        header_rows=len(header_records),
        episode_rows=len(episode_records),
        children=imported,
        episodes=sorted(episodes_ok, key=lambda row: (row.child, row.start)),
        errors=_in_order(heads.errors, eps.errors, *(other.errors for _, _, other in others)),
        warnings=_in_order(
            heads.warnings, eps.warnings, *(other.warnings for _, _, other in others)
        ),
        records=[record for records, _, _ in others for record in records],
        record_rows=sum(rows for _, rows, _ in others),
    )


def _in_order(*files: list[RowError]) -> list[RowError]:
    return [error for errors in files for error in sorted(errors, key=lambda e: e.line)]


def _year_end(codes: CodeLists, episodes: list[EpisodeRow], today: date) -> date:
    """31 March of the return's collection year: that of its latest date, else of today."""
    days = [day for e in episodes for day in (e.start, e.end) if day is not None]
    return date(codes.year_of(max(days, default=today)), 3, 31)


def _read_child_file(
    kind: ChildFile,
    name: str,
    content: bytes,
    codes: CodeLists,
    today: date,
    year_end: date,
    children: set[str],
) -> tuple[list[ChildRecord], int, _Report]:
    """An optional file's records of `children` (those imported or held); the rows it has."""
    records, file_errors = _read(content, name, required_columns(kind), COLUMNS[kind])
    report = _Report(name)
    report.errors += file_errors
    kept: list[ChildRecord] = []
    seen: dict[tuple[str, date, str], int] = {}
    for record in records:
        row = RowReader(record, codes, today)
        found = child_record(kind, row, year_end)
        report.add(row, _child_id(record))
        child = record.get("CHILD")
        if child is not None and child not in children:
            report.reject(
                record.line,
                f"CHILD {printable(child)} is not in the Header file nor held by the council",
                _child_id(record),
            )
        elif found is not None:
            key = (found.child, found.on, found.code)
            if key in seen:
                report.reject(
                    record.line,
                    f"the same record is already on line {seen[key]}",
                    found.child,
                    KEY_DATE[kind] or "CHILD",
                )
                continue
            seen[key] = record.line
            kept.append(found)
    return kept, len(records), report


def _children(
    records: list[Record], codes: CodeLists, today: date, report: _Report
) -> tuple[list[ChildRow], dict[str, int]]:
    children: list[ChildRow] = []
    first_line: dict[str, int] = {}
    rejected: dict[str, int] = {}
    for record in records:
        row = RowReader(record, codes, today)
        child = child_row(row)
        report.add(row, _child_id(record))
        if child is not None and child.child in first_line:
            report.reject(
                record.line,
                f"CHILD {child.child} is already on line {first_line[child.child]}",
                child.child,
            )
            continue
        if child is None:
            name = record.get("CHILD")
            if name is not None and name not in first_line:
                rejected.setdefault(name, record.line)
            continue
        first_line[child.child] = record.line
        children.append(child)
    return children, rejected


def _child_problems(
    child: str | None,
    episode: EpisodeRow | None,
    children: Mapping[str, ChildRow],
    rejected: Mapping[str, int],
    known: set[str],
) -> list[str]:
    """What is wrong with the episode's child, reported beside any other problem of the row."""
    if child is None:
        return []
    header = children.get(child)
    if header is None:
        if child in rejected:
            return [f"the child's Header row (line {rejected[child]}) was rejected"]
        if child not in known:
            return [f"CHILD {printable(child)} is not in the Header file nor held by the council"]
        return []
    if episode is not None and episode.start < header.date_of_birth:
        return [f"DECOM {episode.start:%d/%m/%Y} is before the child's DOB"]
    return []


def _check_histories(episodes: list[EpisodeRow], report: _Report) -> list[EpisodeRow]:
    """Per child: close an open episode that a later one follows; reject an episode starting
    on the same day as another, or sharing a day with an earlier one that has both dates."""
    by_child: dict[str, list[EpisodeRow]] = defaultdict(list)
    for episode in episodes:
        by_child[episode.child].append(episode)
    kept: list[EpisodeRow] = []
    for child, history in by_child.items():
        history.sort(key=lambda row: (row.start, row.line))
        unique: list[EpisodeRow] = []
        for row in history:
            if unique and unique[-1].start == row.start:
                first = unique[-1]
                report.reject(
                    row.line,
                    "another episode of this child starts on "
                    f"{first.start:%d/%m/%Y} (line {first.line})",
                    child,
                    "DECOM",
                )
                continue
            unique.append(row)
        closed = [
            _closed_by_next(row, following, report)
            for row, following in zip(unique, [*unique[1:], None], strict=True)
        ]
        bad: set[int] = set()
        for i, j in clashing_pairs(closed):
            if i not in bad and j not in bad:
                bad.add(j)
                report.reject(closed[j].line, _clash(closed[i]), child, "DECOM")
        kept += [row for index, row in enumerate(closed) if index not in bad]
    return kept


def _closed_by_next(row: EpisodeRow, following: EpisodeRow | None, report: _Report) -> EpisodeRow:
    if row.end is not None or following is None:
        return row
    report.warn(
        row.line,
        f"DEC is empty but the child's next episode (line {following.line}) "
        f"starts on {following.start:%d/%m/%Y}: the episode is taken to end then",
        row.child,
        "DEC",
    )
    return replace(row, end=following.start)


def _clash(first: EpisodeRow) -> str:
    until = f"{first.end:%d/%m/%Y}" if first.end else "no DEC"
    return (
        f"the episode overlaps the child's episode on line {first.line} "
        f"({first.start:%d/%m/%Y} to {until})"
    )
