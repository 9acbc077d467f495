"""One row of an SSDA903 return read on its own: what it says, what breaks a DfE rule (a
warning; the row is still imported) and what makes it impossible to understand (a rejection).

Kindred is not the DfE validator. Councils fix their returns over months, so a row whose meaning
is clear is taken in, and what it breaks is named with the DfE rule's number and text. Only a row
with no child id, no usable start date, legal status or placement type is rejected here.
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from kindred.domain.placements import Span
from kindred.domain.ssda903 import ETHNICITY, SEX
from kindred.domain.ssda903_codes import CodeLists
from kindred.domain.ssda903_csv import DateProblem, Record, parse_date, printable

MAX_CHILD_ID = 40
MAX_POSTCODE = 10
MAX_URN = 10

_UPN = re.compile(r"^[A-Z]\d{11}[0-9A-Z]$")
_UPN_UNKNOWN = re.compile(r"^UN(10|[1-9])$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True, slots=True)
class RowError:
    """A problem with a row: a rejection (the row is not imported) or a warning (it is)."""

    file: str
    line: int
    reason: str
    child: str | None = None
    column: str | None = None
    rule: str | None = None
    """The DfE validation rule the row breaks, as `148: <the rule's text>`."""


@dataclass(frozen=True, slots=True)
class Problem:
    message: str
    column: str | None = None
    rule: str | None = None


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


@dataclass
class RowReader:
    """Reads a row's cells, collecting rejections and warnings as it goes."""

    record: Record
    codes: CodeLists
    today: date
    rejections: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)

    def text(self, column: str, *, required: bool = False, limit: int = 40) -> str | None:
        value = self.record.get(column)
        if value is None:
            if required:
                self.rejections.append(Problem(f"{column} is empty", column))
            return None
        if _CONTROL.search(value) or len(value) > limit:
            shown = printable(value[:20])
            problem = Problem(f"{column} '{shown}' is not a valid value", column)
            (self.rejections if required else self.warnings).append(problem)
            return None
        return value

    def label(
        self, column: str, labels: Mapping[str, str], *, required: bool = False
    ) -> str | None:
        """A code from a fixed list (SEX, ETHNIC); an unknown optional one is left out."""
        value = self.text(column, required=required)
        if value is None or value.upper() in labels:
            return value.upper() if value else None
        problem = Problem(f"{column} {value!r} is not an SSDA903 code", column)
        if required:
            self.rejections.append(problem)
        else:
            self.warnings.append(Problem(f"{problem.message}; it was left out", column))
        return None

    def code(
        self, column: str, span: Span | None, *, rule: str | None = None, required: bool = False
    ) -> str | None:
        """A code valid in some collection year; one not valid in the years the episode ran is
        a warning, one never valid is left out (or the row rejected when it is required)."""
        value = self.text(column, required=required)
        if value is None:
            return None
        normal = value.upper()
        cited = f"{rule}: {self.codes.rule(rule)}" if rule else None
        if not self.codes.known(column, normal):
            message = f"{column} {value!r} is not an SSDA903 code in any year"
            if required:
                self.rejections.append(Problem(message, column, cited))
            else:
                self.warnings.append(Problem(f"{message}; it was left out", column, cited))
            return None
        if span is not None and not self.codes.valid_between(
            column, normal, span.start, span.end or self.today
        ):
            years = "the collection years the episode ran in"
            self.warnings.append(
                Problem(f"{column} {normal} is not valid in {years}", column, cited)
            )
        return normal

    def day(self, column: str, *, required: bool = False) -> date | None:
        value = self.text(column, required=required)
        if value is None:
            return None
        try:
            parsed = parse_date(value)
        except DateProblem as problem:
            self.rejections.append(Problem(f"{column} {value!r} {problem}", column))
            return None
        if parsed > self.today:
            self.rejections.append(Problem(f"{column} {value} is in the future", column))
            return None
        return parsed


def postcode(value: str | None) -> str | None:
    """A postcode kept as given (upper case, single spaces); never a reason to reject a row."""
    if value is None:
        return None
    normal = re.sub(r"\s+", " ", _CONTROL.sub("", value).strip().upper())
    return normal[:MAX_POSTCODE] or None


def child_row(row: RowReader) -> ChildRow | None:
    """A Header row, or None when it is rejected."""
    child = row.text("CHILD", required=True, limit=MAX_CHILD_ID)
    sex = row.label("SEX", SEX, required=True)
    born = row.day("DOB", required=True)
    ethnicity = row.label("ETHNIC", ETHNICITY)
    upn = row.text("UPN", limit=13)
    if upn is not None:
        upn = upn.upper()
        if _UPN_UNKNOWN.match(upn):
            upn = None  # UN1–UN10: the reason a UPN is unknown, not a UPN
        elif not _UPN.match(upn):
            message = f"UPN {upn!r} is not a letter, 11 digits and a digit or letter; left out"
            row.warnings.append(Problem(message, "UPN"))
            upn = None
    mother = row.text("MOTHER")
    if mother is not None and mother not in {"0", "1"}:
        row.warnings.append(Problem(f"MOTHER {mother!r} must be 1, 0 or empty", "MOTHER"))
    if row.record.get("MC_DOB") is not None:
        row.day("MC_DOB")
    if row.rejections or child is None or sex is None or born is None:
        return None
    return ChildRow(row.record.line, child, sex, born, ethnicity, upn)


def episode_row(row: RowReader) -> EpisodeRow | None:
    """An Episodes row, or None when it is rejected."""
    child = row.text("CHILD", required=True, limit=MAX_CHILD_ID)
    start = row.day("DECOM", required=True)
    end = row.day("DEC")
    if start and end and end < start:
        row.rejections.append(
            Problem(f"DEC {end:%d/%m/%Y} is before DECOM {start:%d/%m/%Y}", "DEC")
        )
    span = Span(start, end) if start and (end is None or end >= start) else None
    legal_status = row.code("LS", span, rule="144", required=True)
    placement_type = row.code("PLACE", span, rule="146", required=True)
    provider = row.code("PLACE_PROVIDER", span)
    reason_new = row.code("RNE", span, rule="143")
    need = row.code("CIN", span, rule="145")
    ceased = row.code("REC", span, rule="149")
    change = row.code("REASON_PLACE_CHANGE", span, rule="1009")
    urn = row.text("URN", limit=MAX_URN)
    rule_148 = f"148: {row.codes.rule('148')}"
    if end is None and ceased is not None:
        row.warnings.append(
            Problem(
                f"REC {ceased} is given but DEC is empty: the episode is "
                "kept open and REC left out",
                "REC",
                rule_148,
            )
        )
        ceased = None
    if end is not None and ceased is None and row.record.get("REC") is None:
        row.warnings.append(Problem("DEC is given but REC is empty", "REC", rule_148))
    if end is None and change is not None:
        row.warnings.append(
            Problem(
                f"REASON_PLACE_CHANGE {change} is given but DEC is empty; it was left out",
                "REASON_PLACE_CHANGE",
            )
        )
        change = None
    if row.rejections or child is None or start is None or legal_status is None:
        return None
    assert placement_type is not None
    return EpisodeRow(
        start=start,
        end=end,
        line=row.record.line,
        child=child,
        reason_new_episode=reason_new,
        legal_status=legal_status,
        category_of_need=need,
        placement_type=placement_type,
        provider=provider,
        reason_ceased=ceased,
        reason_for_change=change,
        home_postcode=postcode(row.record.get("HOME_POST")),
        placement_postcode=postcode(row.record.get("PL_POST")),
        urn=urn.upper() if urn else None,
    )
