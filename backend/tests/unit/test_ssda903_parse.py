"""Reading an SSDA903 return as councils' systems write it, and reporting every bad row."""

from datetime import date

from kindred.domain.ssda903_import import read_return, rows_to_import
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
        "2", date(2012, 5, 17), "WBRI", "A12345678901B",
    )  # fmt: skip
    first, second = parsed.episodes
    assert (first.start, first.end, first.placement_type) == (
        date(2024, 3, 1), date(2025, 8, 14), "U4",
    )  # fmt: skip
    assert first.ended_with_move
    assert first.reason_for_change == "CARPL"
    assert first.placement_postcode == "LS6 2"
    assert second.end is None
    assert second.urn == "SC123456"
    assert not second.ended_with_move


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


def test_every_bad_row_is_reported_with_file_line_and_reason() -> None:
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
        + "C1,01/01/2020,S,C2,N1,U4,PR1,,E11,,,,\n"  # line 7: REC without DEC
    )

    parsed = read_return(header.encode(), episodes.encode(), today=TODAY)

    found = {(e.file, e.line): e.reason for e in parsed.errors}
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
    assert "SEX '3' is not an SSDA903 code" in found[("header.csv", 3)]
    assert "not a date" in found[("header.csv", 4)]
    assert "already on line 2" in found[("header.csv", 5)]
    assert "PLACE 'Q9'" in found[("episodes.csv", 2)]
    assert "LS 'XX'" in found[("episodes.csv", 3)]
    assert "DEC 01/02/2023 is before DECOM" in found[("episodes.csv", 3)]
    assert "Header row (line 3) was rejected" in found[("episodes.csv", 4)]
    assert "C9 is not in the Header file" in found[("episodes.csv", 5)]
    assert "in the future" in found[("episodes.csv", 6)]
    assert "REC E11 is given but the episode has no DEC" in found[("episodes.csv", 7)]
    assert parsed.episodes == []


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


def test_a_move_without_a_reason_for_the_change_is_refused() -> None:
    parsed = read_return(
        (HEADER + "C1,2,17/05/2012,,,,\n").encode(),
        (
            EPISODES
            + "C1,01/01/2024,S,C2,N1,U4,PR1,01/06/2024,X1,,,,\n"
            + "C1,01/06/2024,P,C2,N1,U6,PR1,,,,,,\n"
        ).encode(),
        today=TODAY,
    )

    assert [(e.line, e.reason[:38]) for e in parsed.errors] == [
        (2, "REASON_PLACE_CHANGE is empty, but the ")
    ]
    _, episodes = rows_to_import(parsed)
    assert [e.line for e in episodes] == [3]


def test_missing_columns_are_one_clear_file_error() -> None:
    parsed = read_return(b"CHILD,SEX\nC1,1\n", b"", today=TODAY)

    assert [(e.file, e.line) for e in parsed.errors] == [("header.csv", 1), ("episodes.csv", 1)]
    assert "Missing column(s) DOB" in parsed.errors[0].reason
    assert "empty" in parsed.errors[1].reason


def test_unknown_upn_codes_are_not_upns() -> None:
    parsed = read_return(
        (HEADER + "C1,2,17/05/2012,WBRI,UN3,,\n").encode(), EPISODES.encode(), today=TODAY
    )

    assert parsed.errors == []
    assert parsed.children[0].upn is None


def test_generated_samples_round_trip_and_planted_bad_rows_are_each_reported() -> None:
    sample = sample_return(children=300, today=TODAY, bad_rows=8)

    parsed = read_return(sample.header, sample.episodes, today=TODAY)

    assert len(parsed.children) == 300
    assert len(parsed.episodes) == sample.episode_count
    assert {(e.line) for e in parsed.errors} == {line for _, line, _ in sample.bad_lines}
