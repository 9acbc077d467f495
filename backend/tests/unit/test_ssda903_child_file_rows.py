"""Reading the optional SSDA903 files (UASC, Reviews, Missing, OC2, OC3, PlacedAdoption)."""

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from kindred.domain.ssda903_child_files import ChildFile
from kindred.domain.ssda903_import import ParsedReturn, read_return

TODAY = date(2026, 11, 23)
HEADER = b"CHILD,SEX,DOB\nC1,1,17/05/2008\nC2,2,01/01/2010\n"
EPISODES = b"CHILD,DECOM,LS,PLACE,DEC,REC\nC1,01/03/2024,C2,U4,,\nC2,01/06/2024,V2,U6,,\n"


def _read(kind: ChildFile, text: str | bytes, name: str = "file.csv") -> ParsedReturn:
    content = text.encode() if isinstance(text, str) else text
    return read_return(
        HEADER, EPISODES, today=TODAY, child_files={kind: (name, content)}, known_children=["H9"]
    )


def test_every_file_is_read_into_records_of_the_child() -> None:
    files = {
        ChildFile.uasc: ("uasc.csv", b"CHILD,SEX,DOB,DUC\nC1,1,17/05/2008,17/05/2026\n"),
        ChildFile.reviews: ("reviews.csv", b"CHILD,DOB,REVIEW,REVIEW_CODE\nC1,,02/04/2024,pn1\n"),
        ChildFile.missing: (
            "missing.csv",
            b"CHILD,DOB,MISSING,MIS_START,MIS_END\nC1,,M,03/05/2024,04/05/2024\n"
            b"C1,,A,03/05/2024,\n",
        ),
        ChildFile.oc2: (
            "oc2.csv",
            b"CHILD,DOB,SDQ_SCORE,SDQ_REASON,CONVICTED,HEALTH_CHECK,IMMUNISATIONS,TEETH_CHECK,"
            b"HEALTH_ASSESSMENT,SUBSTANCE_MISUSE,INTERVENTION_RECEIVED,INTERVENTION_OFFERED\n"
            b"C2,,14,,0,1,1,1,1,0,,\n",
        ),
        ChildFile.oc3: ("oc3.csv", b"CHILD,DOB,IN_TOUCH,ACTIV,ACCOM\nC1,,yes,F2,S2\n"),
        ChildFile.placed_adoption: (
            "pa.csv",
            b"CHILD,DOB,DATE_PLACED,DATE_PLACED_CEASED,REASON_PLACED_CEASED\n"
            b"C2,,01/07/2024,01/09/2024,RD1\n",
        ),
    }

    parsed = read_return(HEADER, EPISODES, today=TODAY, child_files=files)

    assert parsed.errors == []
    assert parsed.warnings == []
    found = {(r.kind, r.child, r.on, r.code): r.details for r in parsed.records}
    assert found[(ChildFile.uasc, "C1", date(2008, 5, 17), "")] == {"duc": "2026-05-17"}
    assert found[(ChildFile.reviews, "C1", date(2024, 4, 2), "")] == {"participation": "PN1"}
    assert found[(ChildFile.missing, "C1", date(2024, 5, 3), "M")] == {"end": "2024-05-04"}
    assert found[(ChildFile.missing, "C1", date(2024, 5, 3), "A")] == {"end": None}
    oc2 = found[(ChildFile.oc2, "C2", date(2025, 3, 31), "")]
    assert (oc2["sdq_score"], oc2["health_check"], oc2["convicted"]) == ("14", "1", "0")
    oc3 = found[(ChildFile.oc3, "C1", date(2025, 3, 31), "")]
    assert oc3 == {"in_touch": "YES", "activity": "F2", "accommodation": "S2"}
    placed = found[(ChildFile.placed_adoption, "C2", date(2024, 7, 1), "")]
    assert placed == {"ceased": "2024-09-01", "reason_ceased": "RD1"}
    assert parsed.record_rows == 7
    assert parsed.rows == 4 + 7


def test_rule_breaks_are_warnings_naming_the_rule_and_the_row_is_kept() -> None:
    parsed = _read(
        ChildFile.reviews,
        "CHILD,DOB,REVIEW,REVIEW_CODE\nC1,,02/04/2024,PN9\nC1,,02/05/2024,\n",
        "reviews.csv",
    )

    assert parsed.errors == []
    assert len(parsed.records) == 2
    assert [(w.file, w.line, w.column) for w in parsed.warnings] == [
        ("reviews.csv", 2, "REVIEW_CODE"),
        ("reviews.csv", 3, "REVIEW_CODE"),
    ]
    assert all(w.rule and w.rule.startswith("167: ") for w in parsed.warnings)


def test_rows_that_cannot_be_understood_are_rejected_with_every_problem() -> None:
    parsed = _read(
        ChildFile.missing,
        "CHILD,DOB,MISSING,MIS_START,MIS_END\n"
        "C1,,M,31/02/2024,\n"  # not a real date
        ",,M,01/02/2024,\n"  # no child
        "ZZ,,M,01/02/2024,\n"  # unknown child
        "C1,,X,05/02/2024,01/02/2024\n"  # ends before it starts, and a bad code
        "C1,,M,06/02/2024,\n"
        "C1,,M,06/02/2024,07/02/2024\n"  # the same record twice
        "H9,,A,06/02/2024,\n",  # held by the council: fine
    )

    reasons = [(e.line, e.column, e.reason) for e in parsed.errors]
    assert (2, "MIS_START", "MIS_START '31/02/2024' is not a real date") in reasons
    assert (3, "CHILD", "CHILD is empty") in reasons
    assert (4, "CHILD", "CHILD ZZ is not in the Header file nor held by the council") in reasons
    assert (5, "MIS_END", "MIS_END 01/02/2024 is before 05/02/2024") in reasons
    assert (7, "MIS_START", "the same record is already on line 6") in reasons
    assert [w.line for w in parsed.warnings] == [5]
    assert [(r.child, r.line) for r in parsed.records] == [("C1", 6), ("H9", 8)]


def test_a_file_without_its_key_column_is_one_problem() -> None:
    parsed = _read(ChildFile.placed_adoption, "CHILD,DOB\nC1,\n", "pa.csv")

    assert [(e.file, e.line) for e in parsed.errors] == [("pa.csv", 1)]
    assert "DATE_PLACED" in parsed.errors[0].reason
    assert parsed.records == []


def test_bom_crlf_nul_and_blank_lines_survive() -> None:
    content = "\ufeffCHILD,DOB,IN_TOUCH,ACTIV,ACCOM\r\n\r\nC1,,NO,G\x005,Q9\r\n,,,,\r\n".encode()

    parsed = _read(ChildFile.oc3, content, "oc3.csv")

    assert parsed.errors == []
    assert parsed.records[0].details == {"in_touch": "NO", "activity": None, "accommodation": None}
    assert {w.column for w in parsed.warnings} == {"ACTIV", "ACCOM"}
    assert all("\x00" not in w.reason for w in parsed.warnings)
    assert next(w for w in parsed.warnings if w.column == "ACCOM").rule.startswith("133: ")  # type: ignore[union-attr]


@given(st.text(max_size=60))
def test_any_cell_is_read_kept_or_reported_never_raised(cell: str) -> None:
    value = "".join(ch for ch in cell if ch not in ',"\r\n')
    for kind in ChildFile:
        row = ",".join(["C1"] + [value] * 5)
        parsed = _read(kind, f"CHILD,DOB,REVIEW,MIS_START,DATE_PLACED,ACCOM\n{row}\n")
        assert len(parsed.records) + len({e.line for e in parsed.errors}) == 1
        assert all("\x00" not in problem.reason for problem in parsed.errors + parsed.warnings)


@given(st.dates(min_value=date(2000, 1, 1), max_value=TODAY), st.sampled_from(["M", "A"]))
def test_a_real_date_is_always_a_record(day: date, code: str) -> None:
    text = f"CHILD,MISSING,MIS_START\nC2,{code},{day:%d/%m/%Y}\n"

    parsed = _read(ChildFile.missing, text)

    assert [(r.on, r.code) for r in parsed.records] == [(day, code)]
