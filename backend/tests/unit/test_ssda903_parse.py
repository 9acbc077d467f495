"""Reading an SSDA903 return as councils' systems write it, and reporting every bad row."""

from datetime import date

from kindred.domain.ssda903_import import read_return
from kindred.seed.ssda903_samples import sample_return

TODAY = date(2026, 11, 23)
HEADER = "CHILD,SEX,DOB,ETHNIC,UPN,MOTHER,MC_DOB\n"
EPISODES = (
    "CHILD,DECOM,RNE,LS,CIN,PLACE,PLACE_PROVIDER,DEC,REC,REASON_PLACE_CHANGE,"
    "HOME_POST,PL_POST,URN\n"
)


def test_a_clean_return_is_read_with_every_field() -> None:
    parsed = read_return(
        (HEADER + "C1,2,17/05/2012,WBRI,A12345678901B,,\n").encode(),
        (
            EPISODES
            + "C1,01/03/2024,S,C2,N1,U4,PR1,14/08/2025,X1,CARPL,LS1 4,ls6  2,\n"
            + "C1,14/08/2025,P,C2,N1,K2,PR4,,,,LS1 4,YO1 7HH,SC123456\n"
        ).encode(),
        today=TODAY,
    )

    assert parsed.errors == []
    assert [c.child for c in parsed.children] == ["C1"]
    child = parsed.children[0]
    assert (child.sex, child.date_of_birth, child.ethnicity, child.upn) == (
        "2",
        date(2012, 5, 17),
        "WBRI",
        "A12345678901B",
    )
    first, second = parsed.episodes
    assert (first.start, first.end, first.placement_type) == (
        date(2024, 3, 1),
        date(2025, 8, 14),
        "U4",
    )
    assert first.reason_for_change == "CARPL"
    assert first.placement_postcode == "LS6 2"
    assert second.end is None
    assert second.urn == "SC123456"
    assert parsed.warnings == []


def test_bom_crlf_blank_lines_extra_and_shuffled_columns_are_accepted() -> None:
    header = (
        "\ufeffUPN,Dob, child ,SEX,NOTES\r\n\r\nA12345678901B,01/02/2015,C9,1,hello\r\n,,,,\r\n\r\n"
    )
    episodes = (
        "\ufeffPL_POST,place,CHILD,DECOM,LS,Exported\r\n"
        "BD1 1,U6,C9,3/4/2020,V2,yes\r\n"
        "\r\n,,,,,\r\n"
    )

    parsed = read_return(header.encode("utf-8"), episodes.encode("utf-8"), today=TODAY)

    assert parsed.errors == []
    assert parsed.children[0].child == "C9"
    assert parsed.episodes[0].start == date(2020, 4, 3)
    assert parsed.episodes[0].placement_postcode == "BD1 1"
    assert parsed.header_rows == 1
    assert parsed.episode_rows == 1


def test_windows_1252_text_is_read() -> None:
    header = (HEADER + "C1,2,17/05/2012,WBRI,,,\n").encode()
    episodes = (
        EPISODES.rstrip("\n") + ",NOTE\n" + "C1,01/03/2024,S,C2,N1,U4,PR1,,,,,,,caf\xe9\n"
    ).encode("cp1252")

    parsed = read_return(header, episodes, today=TODAY)

    assert parsed.errors == []


def test_every_problem_of_every_rejected_row_is_reported_with_file_line_and_column() -> None:
    header = (
        HEADER
        + "C1,2,17/05/2012,WBRI,,,\nC2,3,01/01/2010,,,,\nC3,1,31/02/2011,,,,\nC1,1,01/01/2011,,,,\n"
    )
    episodes = (
        EPISODES
        + "C1,01/03/2024,S,C2,N1,Q9,PR1,,,,,,\n"  # line 2: bad PLACE
        + "C1,01/03/2023,S,XX,N1,U4,PR1,01/02/2023,E11,,,,\n"  # line 3: bad LS, DEC < DECOM
        + "C2,01/03/2023,S,C2,N1,U4,PR1,,,,,,\n"  # line 4: child's header row was rejected
        + "C9,01/03/2023,S,C2,N1,U4,PR1,,,,,,\n"  # line 5: unknown child
        + "C1,01/03/2099,S,C2,N1,U4,PR1,,,,,,\n"  # line 6: in the future
        + "C9,01/01/2020,S,C2,N1,Q9,PR1,,,,,,\n"  # line 7: unknown child and bad PLACE
        + "C1,01/01/2020,S,C2,N1,U4,PR1,,,,,,\n"  # line 8: fine
    )

    parsed = read_return(header.encode(), episodes.encode(), today=TODAY)

    found: dict[tuple[str, int], list[str]] = {}
    for error in parsed.errors:
        found.setdefault((error.file, error.line), []).append(f"{error.column}: {error.reason}")
    assert set(found) == {
        ("header.csv", 3),
        ("header.csv", 4),
        ("header.csv", 5),
        ("episodes.csv", 2),
        ("episodes.csv", 3),
        ("episodes.csv", 4),
        ("episodes.csv", 5),
        ("episodes.csv", 6),
        ("episodes.csv", 7),
    }
    assert found[("header.csv", 3)] == ["SEX: SEX '3' is not an SSDA903 code"]
    assert found[("header.csv", 4)] == ["DOB: DOB '31/02/2011' is not a real date"]
    assert found[("header.csv", 5)] == ["CHILD: CHILD C1 is already on line 2"]
    assert found[("episodes.csv", 2)] == ["PLACE: PLACE 'Q9' is not an SSDA903 code in any year"]
    assert found[("episodes.csv", 3)] == [
        "DEC: DEC 01/02/2023 is before DECOM 01/03/2023",
        "LS: LS 'XX' is not an SSDA903 code in any year",
    ]
    assert "Header row (line 3) was rejected" in found[("episodes.csv", 4)][0]
    assert "C9 is not in the Header file" in found[("episodes.csv", 5)][0]
    assert "in the future" in found[("episodes.csv", 6)][0]
    assert [reason.split(":")[0] for reason in found[("episodes.csv", 7)]] == ["PLACE", "CHILD"]
    assert [e.line for e in parsed.episodes] == [8]
    assert next(e for e in parsed.errors if e.column == "PLACE").rule == (
        "146: Placement type code is not a valid code."
    )


def test_dfe_rule_breaks_are_warnings_and_the_rows_are_imported() -> None:
    parsed = read_return(
        (HEADER + "C1,2,17/05/2012,WBRI,BADUPN,,\n").encode(),
        (
            EPISODES
            + "C1,01/01/2019,s,c2,n1,t1,pr1,01/02/2019,x1,,,,\n"  # T1 valid in 2018-19
            + "C1,01/02/2019,L,C2,N1,U4,PR1,01/05/2023,E11,,,,\n"  # lower case RNE above
            + "C1,01/05/2023,S,C2,N1,T2,PR1,,X1,,,,\n"  # T2 not valid since 2020; REC, no DEC
        ).encode(),
        today=TODAY,
    )

    assert parsed.errors == []
    assert [e.line for e in parsed.episodes] == [2, 3, 4]
    assert parsed.episodes[0].placement_type == "T1"
    assert parsed.episodes[2].end is None
    assert parsed.episodes[2].reason_ceased is None
    rules = {(w.file, w.line, w.column, (w.rule or "")[:4]) for w in parsed.warnings}
    assert rules == {
        ("header.csv", 2, "UPN", ""),
        ("episodes.csv", 4, "PLACE", "146:"),
        ("episodes.csv", 4, "REC", "148:"),
    }


def test_an_open_episode_followed_by_another_is_taken_to_end_when_it_begins() -> None:
    parsed = read_return(
        (HEADER + "C1,2,17/05/2012,,,,\n").encode(),
        (
            EPISODES
            + "C1,01/01/2024,S,C2,N1,U4,PR1,,X1,,,,\n"
            + "C1,01/06/2024,P,C2,N1,U6,PR1,,,,,,\n"
        ).encode(),
        today=TODAY,
    )

    assert parsed.errors == []
    first, second = parsed.episodes
    assert (first.end, second.end) == (date(2024, 6, 1), None)
    assert {(w.line, w.column) for w in parsed.warnings} == {(2, "REC"), (2, "DEC")}


def test_nul_bytes_are_rejections_with_a_clear_reason_and_never_reach_the_report() -> None:
    parsed = read_return(
        (HEADER + "C\x001,2,17/05/2012,,,,\nC2,1,01/01/2012,,,,\n").encode(),
        (EPISODES + "C2,01/01/2024,S,C2,N1,U4,PR1,,,,,,\n").encode(),
        today=TODAY,
    )
    broken_columns = read_return(b"CHI\x00LD,SEX,DOB\nC1,1,01/01/2012\n", b"", today=TODAY)

    [error] = parsed.errors
    assert (error.line, error.column) == (2, "CHILD")
    assert error.reason == "CHILD 'C\\x001' is not a valid value"
    assert error.child == "C\\x001"
    assert "control character (such as a NUL byte)" in broken_columns.errors[0].reason


def test_spreadsheet_dates_with_a_clear_meaning_are_accepted() -> None:
    parsed = read_return(
        (HEADER + "C1,2,2012-05-17,,,,\n").encode(),
        (EPISODES + "C1,01/03/2024 00:00:00,S,C2,N1,U4,PR1,,,,,,\n").encode(),
        today=TODAY,
    )
    two_digit_year = read_return(
        (HEADER + "C1,2,17/05/12,,,,\n").encode(), EPISODES.encode(), today=TODAY
    )

    assert parsed.errors == []
    assert parsed.children[0].date_of_birth == date(2012, 5, 17)
    assert parsed.episodes[0].start == date(2024, 3, 1)
    assert "is not a date in dd/mm/yyyy form" in two_digit_year.errors[0].reason


def test_an_episode_of_a_child_the_council_holds_needs_no_header_row() -> None:
    parsed = read_return(
        HEADER.encode(),
        (EPISODES + "K7,01/03/2023,S,C2,N1,U4,PR1,,,,,,\n").encode(),
        today=TODAY,
        known_children={"K7"},
    )

    assert parsed.errors == []
    assert parsed.episodes[0].child == "K7"


def test_overlapping_and_same_day_episodes_are_refused_naming_the_other() -> None:
    parsed = read_return(
        (HEADER + "C1,2,17/05/2012,,,,\n").encode(),
        (
            EPISODES
            + "C1,01/01/2024,S,C2,N1,U4,PR1,01/06/2024,X1,CARPL,,,\n"  # line 2
            + "C1,01/06/2024,P,C2,N1,U6,PR1,,,,,,\n"  # line 3: starts as 2 ends: fine
            + "C1,01/03/2024,P,C2,N1,U6,PR1,01/04/2024,X1,CARPL,,,\n"  # line 4: inside 2
            + "C1,01/06/2024,P,C2,N1,K2,PR4,,,,,,\n"  # line 5: same start as 3
        ).encode(),
        today=TODAY,
    )

    found = {e.line: e.reason for e in parsed.errors}
    assert set(found) == {4, 5}
    assert "line 2 (01/01/2024 to 01/06/2024)" in found[4]
    assert "starts on 01/06/2024 (line 3)" in found[5]
    assert [e.line for e in parsed.episodes] == [2, 3]


def test_missing_columns_are_one_clear_file_error() -> None:
    parsed = read_return(b"CHILD,SEX\nC1,1\n", b"", today=TODAY)

    assert [(e.file, e.line) for e in parsed.errors] == [("header.csv", 1), ("episodes.csv", 1)]
    assert "Missing column(s) DOB" in parsed.errors[0].reason
    assert "empty" in parsed.errors[1].reason


def test_unknown_upn_codes_are_not_upns() -> None:
    parsed = read_return(
        (HEADER + "C1,2,17/05/2012,WBRI,UN3,,\n").encode(),
        (EPISODES + "C1,01/03/2024,S,C2,N1,U4,PR1,,,,,,\n").encode(),
        today=TODAY,
    )

    assert parsed.errors == []
    assert parsed.children[0].upn is None


def test_a_child_with_no_episode_to_import_is_not_added() -> None:
    parsed = read_return(
        (HEADER + "C1,2,17/05/2012,WBRI,,,\nC2,1,01/01/2013,,,,\n").encode(),
        (EPISODES + "C1,01/03/2024,S,C2,N1,Q9,PR1,,,,,,\n").encode(),
        today=TODAY,
        known_children={"C2"},
    )

    assert [c.child for c in parsed.children] == ["C2"]
    assert [(e.file, e.line) for e in parsed.errors] == [("header.csv", 2), ("episodes.csv", 2)]
    assert "no episode of CHILD C1 could be imported" in parsed.errors[0].reason


def test_generated_samples_round_trip_and_planted_bad_rows_are_each_reported() -> None:
    sample = sample_return(children=300, today=TODAY, bad_rows=8)

    parsed = read_return(sample.header, sample.episodes, today=TODAY)

    assert len(parsed.children) == 300
    assert len(parsed.episodes) == sample.episode_count
    assert {(e.line) for e in parsed.errors} == {line for _, line, _ in sample.bad_lines}
