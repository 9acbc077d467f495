"""Sample SSDA903 returns, as messy as real ones, for tests, benchmarks and demos.

`sample_return(children=…, seed=…)` writes a Header and an Episodes file: contiguous episode
histories (each move ending `X1` with a reason for the placement change), partial postcodes
(`LS1 4`), some full and some unknown ones, and on request the messiness of files exported from
case systems and spreadsheets (a UTF-8 BOM, CRLF, shuffled and extra columns, blank trailing
lines) and bad rows whose lines are recorded, so a test can check each is reported.
"""

import csv
import io
import random
from dataclasses import dataclass, field
from datetime import date, timedelta

HEADER = ["CHILD", "SEX", "DOB", "ETHNIC", "UPN", "MOTHER", "MC_DOB"]
EPISODES = [
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
]
EXTRA = ["LA_NOTES", "Exported_By"]

SECTORS = (
    "LS1 4",
    "LS6 2",
    "LS9 8",
    "LS11 5",
    "LS12 3",
    "LS17 5",
    "LS28 5",
    "BD1 1",
    "BD3 9",
    "BD7 1",
    "HX1 1",
    "HX3 0",
    "WF1 2",
    "WF10 4",
    "HD1 2",
    "HD2 1",
    "YO1 7",
    "M1 1",
    "S1 2",
    "DN1 1",
)
FULL_POSTCODES = ("LS1 4AB", "YO1 7HH", "BD1 1HY", "M1 1AE", "HX1 1UJ", "WF1 2EE")
UNKNOWN_POSTCODES = ("ZZ99 9", "XX1 1")
FOSTER = ("U1", "U3", "U4", "U4", "U5", "U6", "U6", "U6")
OTHER = ("K2", "R1", "H5", "P1", "P2", "A5", "A6", "S1", "Z1")
LEGAL = ("C1", "C2", "C2", "C2", "V2", "V2", "E1", "J1")
PROVIDERS = {"P1": "PR0", "K2": "PR4", "R1": "PR4", "H5": "PR4", "S1": "PR5"}
MOVE_REASONS = ("CARPL", "CLOSE", "ALLEG", "STAND", "APPRR", "CREQB", "CREQO", "CHILD", "LAREQ")
ENDINGS = ("E11", "E13", "E41", "E45", "E4A", "E4B", "E17")
ETHNIC = ("WBRI", "WBRI", "WBRI", "WOTH", "MWBC", "MWBA", "APKN", "BAFR", "BCRB", "OOTH")

BAD_ROWS = (
    ("PLACE", "Q9", "not an SSDA903 code"),
    ("DECOM", "31/02/2020", "not a date"),
    ("LS", "", "LS is empty"),
    ("CHILD", "NOSUCHCHILD", "not in the Header file"),
)


@dataclass
class SampleReturn:
    header: bytes
    episodes: bytes
    children: int
    episode_count: int
    bad_lines: list[tuple[str, int, str]] = field(default_factory=list)
    """(file, line, why) for each bad row planted."""
    rows: list[dict[str, str]] = field(default_factory=list)
    """The episode rows written (good and bad), as dictionaries."""


def _day(value: date) -> str:
    return f"{value:%d/%m/%Y}"


def _history(
    rng: random.Random, child: str, born: date, today: date, home: str, episodes: int
) -> list[dict[str, str]]:
    """Contiguous episodes: each starts the day the previous ended; none ends after today."""
    first = born + timedelta(days=rng.randint(0, max(0, (today - born).days - 60)))
    span = (today - first).days
    episodes = max(1, min(episodes, span // 10))
    cuts = sorted(rng.sample(range(1, span), episodes)) if span > episodes else [span] * episodes
    starts = [first] + [first + timedelta(days=cut) for cut in cuts[:-1]]
    ends = [first + timedelta(days=cut) for cut in cuts]
    rows: list[dict[str, str]] = []
    legal = rng.choice(LEGAL)
    place = rng.choice(FOSTER)
    for number, (start, end) in enumerate(zip(starts, ends, strict=True)):
        last = number == episodes - 1
        still_open = last and rng.random() < 0.7
        placement = rng.choice(SECTORS + FULL_POSTCODES)
        if rng.random() < 0.02:
            placement = rng.choice(UNKNOWN_POSTCODES)
        rows.append(
            {
                "CHILD": child,
                "DECOM": _day(start),
                "RNE": "S" if number == 0 else "P",
                "LS": legal,
                "CIN": rng.choice(("N1", "N1", "N1", "N2", "N4", "N5", "N8")),
                "PLACE": place,
                "PLACE_PROVIDER": PROVIDERS.get(place, rng.choice(("PR1", "PR1", "PR4", "PR5"))),
                "DEC": "" if still_open else _day(end),
                "REC": "" if still_open else ("X1" if not last else rng.choice(ENDINGS)),
                "REASON_PLACE_CHANGE": rng.choice(MOVE_REASONS) if not last else "",
                "HOME_POST": home,
                "PL_POST": placement,
                "URN": f"SC{rng.randint(100000, 999999)}" if place in ("K2", "R1") else "",
            }
        )
        place = rng.choice(FOSTER if rng.random() < 0.8 else OTHER)
    return rows


def _write(
    columns: list[str], rows: list[dict[str, str]], *, messy: bool, rng: random.Random
) -> bytes:
    names = list(columns)
    if messy:
        names += EXTRA
        rng.shuffle(names)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n" if messy else "\n")
    writer.writerow([name.lower() if messy and name == "URN" else name for name in names])
    for row in rows:
        writer.writerow([row.get(name, "exported" if name in EXTRA else "") for name in names])
    text = buffer.getvalue() + ("\r\n,,\r\n\r\n" if messy else "")
    return ("\ufeff" + text if messy else text).encode("utf-8")


def sample_return(
    *,
    children: int,
    seed: int = 903,
    today: date,
    episodes_per_child: tuple[int, int] = (1, 7),
    messy: bool = True,
    bad_rows: int = 0,
    first_child: int = 1,
) -> SampleReturn:
    """A Header and an Episodes file for `children` children; same seed, same files."""
    rng = random.Random(seed)  # noqa: S311 - sample data, not security
    header_rows: list[dict[str, str]] = []
    episode_rows: list[dict[str, str]] = []
    for number in range(first_child, first_child + children):
        child = f"C{number:07d}"
        born = today - timedelta(days=rng.randint(400, 17 * 365))
        header_rows.append(
            {
                "CHILD": child,
                "SEX": rng.choice(("1", "2")),
                "DOB": _day(born),
                "ETHNIC": rng.choice(ETHNIC),
                "UPN": f"A{rng.randint(10**10, 10**11 - 1):011d}{rng.randint(0, 9)}"
                if rng.random() < 0.8
                else "UN2",
                "MOTHER": "",
                "MC_DOB": "",
            }
        )
        count = rng.randint(*episodes_per_child)
        episode_rows += _history(rng, child, born, today, rng.choice(SECTORS), count)
    planted: list[tuple[dict[str, str], str]] = []
    for index in range(bad_rows):
        column, value, why = BAD_ROWS[index % len(BAD_ROWS)]
        position = rng.randrange(len(episode_rows))
        bad = dict(episode_rows[position]) | {column: value}
        episode_rows.insert(position, bad)
        planted.append((bad, why))
    # Data row i is on line i + 2: the header is line 1 (trailing blank lines come after).
    line_of = {id(row): line for line, row in enumerate(episode_rows, start=2)}
    return SampleReturn(
        header=_write(HEADER, header_rows, messy=messy, rng=rng),
        episodes=_write(EPISODES, episode_rows, messy=messy, rng=rng),
        children=children,
        episode_count=len(episode_rows) - len(planted),
        bad_lines=sorted(("episodes", line_of[id(row)], why) for row, why in planted),
        rows=episode_rows,
    )
