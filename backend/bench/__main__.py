"""`make bench`: England-scale data, the app served as in production, load from another process.

1. Start (or reuse) a benchmark database: BENCH_DATABASE_URL, or an embedded PostgreSQL under
   var/bench. Migrate it and load synthetic data once (BENCH_SCALE, default `england`).
2. Serve the app with uvicorn, two workers (the machine has two cores), logging warnings only.
3. For each endpoint that matters, run `bench.load` in a separate process at a fixed request
   rate and collect throughput and p50/p95/p99 latency.
4. Time the pure matching, cohort plan and step-down functions at the issue's sizes, placing
   100,000 postcodes, the SSDA903 import of ~50,000 episodes and bulk loads of 50,000
   households and 50,000 cost rows (in scratch databases), and read the front end's initial
   JavaScript size.
5. Print one table and write the same figures as JSON under bench/results/.
"""

import asyncio
import json
import os
import secrets
import signal
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass
from datetime import UTC, date, datetime
from pathlib import Path

import httpx

from bench.bench_bulk_loads import bulk_load_figures
from bench.bench_postcodes import postcode_figures
from bench.bench_ssda903_import import import_figures
from bench.bench_step_down import step_down_figures
from bench.domain_figures import domain_figures
from bench.partner_referrals import AGENCY_EMAIL, ensure_agency_user, ensure_shared_referrals
from kindred.core import migrations
from kindred.core.embedded_postgres import start_embedded_postgres
from kindred.core.paths import MIGRATIONS_DIR, REPO_DIR
from kindred.seed.demo import DEMO_PASSWORD
from kindred.seed.owner_session import owner_session
from kindred.seed.synthetic import has_synthetic_data, load_synthetic
from kindred.seed.synthetic_rows import SCALES, bench_email

PORT = 8300
BASE_URL = f"http://127.0.0.1:{PORT}"
RESULTS = Path(__file__).resolve().parent / "results"
DURATION = float(os.environ.get("BENCH_SECONDS", "15"))


@dataclass
class Row:
    name: str
    target: str
    rate: float | None
    requests: int | None = None
    errors: int | None = None
    throughput_rps: float | None = None
    p50_ms: float | None = None
    p95_ms: float | None = None
    p99_ms: float | None = None
    note: str = ""


def database_url() -> str:
    configured = os.environ.get("BENCH_DATABASE_URL")
    if configured:
        return configured
    return start_embedded_postgres(REPO_DIR / "var" / "bench", database="kindred_bench")


def ensure_data(url: str, scale: str) -> None:
    async def run() -> None:
        async with owner_session(url) as db:
            if await has_synthetic_data(db):
                print("Reusing the synthetic data already loaded.")
                return
            print(f"Loading {scale}-scale synthetic data (once; reused by later runs)…")
            counts = await load_synthetic(
                db, scale_name=scale, seed=7, today=date.today(), progress=print
            )
            print("Loaded " + ", ".join(f"{n:,} {table}" for table, n in counts.items()))

    asyncio.run(run())


def start_server(url: str) -> subprocess.Popen[bytes]:
    environment = os.environ | {
        "KINDRED_DATABASE_URL": url,
        "KINDRED_ENVIRONMENT": "production",
        "KINDRED_SECRET_KEY": secrets.token_urlsafe(32),
        "KINDRED_SEED_DEMO": "false",
        "KINDRED_LOG_LEVEL": "WARNING",
        "KINDRED_SPA_DIR": "/nonexistent",
        # The partner rate limit would answer 429 long before the endpoint is stretched.
        "KINDRED_PARTNER_RATE_PER_SECOND": "10000",
        "KINDRED_PARTNER_RATE_BURST": "10000",
    }
    command = [
        str(Path(sys.executable).with_name("kindred")),
        "serve",
        "--host",
        "127.0.0.1",
        "--port",
        str(PORT),
        "--workers",
        "2",
        "--no-migrate",
    ]
    server = subprocess.Popen(command, env=environment, start_new_session=True)  # noqa: S603
    for _ in range(120):
        try:
            if httpx.get(f"{BASE_URL}/api/v1/health", timeout=1).status_code == 200:
                return server
        except httpx.HTTPError:
            pass
        time.sleep(0.5)
    server.kill()
    raise SystemExit("the app did not start")


def sign_in(email: str) -> str:
    response = httpx.post(
        f"{BASE_URL}/api/v1/auth/sign-in", json={"email": email, "password": DEMO_PASSWORD}
    )
    response.raise_for_status()
    return "; ".join(f"{name}={value}" for name, value in response.cookies.items())


def child_ids(cookie: str, count: int = 200) -> list[str]:
    response = httpx.get(
        f"{BASE_URL}/api/v1/children",
        params={"page_size": count, "sort": "-latest_score"},
        headers={"cookie": cookie},
    )
    response.raise_for_status()
    return [item["id"] for item in response.json()["items"]]


def load(row: Row, paths: list[str], cookie: str) -> Row:
    assert row.rate is not None
    command = [
        sys.executable,
        "-m",
        "bench.load",
        "--base-url",
        BASE_URL,
        "--rate",
        str(row.rate),
        "--duration",
        str(DURATION),
        "--cookie",
        cookie,
        *paths,
    ]
    output = subprocess.run(command, capture_output=True, text=True, check=True)  # noqa: S603
    figures = json.loads(output.stdout.strip().splitlines()[-1])
    for key, value in figures.items():
        if hasattr(row, key):
            setattr(row, key, value)
    print(f"  {row.name}: p95 {row.p95_ms} ms, p99 {row.p99_ms} ms at {row.throughput_rps}/s")
    return row


def warm_matrices(paths: list[str], cookie: str) -> None:
    """Let every worker build its households matrix before matches are measured.

    A worker builds a council's matrix on its first match (and after a carer changes); that
    one-off cost is not what a practitioner sees on later requests, so concurrent requests
    reach each worker before the clock starts.
    """
    with ThreadPoolExecutor(8) as pool:
        list(
            pool.map(
                lambda path: httpx.get(f"{BASE_URL}{path}", headers={"cookie": cookie}, timeout=60),
                paths[:40],
            )
        )


def http_rows(available: set[str], scale: str) -> list[Row]:
    # Council 1 holds the large matching pool; a typical council is measured elsewhere.
    typical = "council-002" if SCALES[scale].councils > 1 else "council-001"
    practitioner = sign_in(bench_email("practitioner", 1, typical))
    children = child_ids(practitioner)
    pool_practitioner = sign_in(bench_email("practitioner", 1, "council-001"))
    pool_children = child_ids(pool_practitioner, 100)
    manager = sign_in(bench_email("manager", 1, typical))
    matches = [f"/api/v1/children/{child}/matches" for child in pool_children]
    warm_matrices(matches, pool_practitioner)
    rows = [
        load(
            Row("caseload list", "p99 < 50 ms at 200/s", 200),
            [
                "/api/v1/children?page_size=25&sort=-latest_score",
                "/api/v1/children?page_size=25&sort=family_name",
                "/api/v1/children?page_size=25&not_assessed_in_months=6",
            ],
            practitioner,
        ),
        load(
            Row("child page data", "p99 < 50 ms at 200/s", 200),
            [f"/api/v1/children/{child}" for child in children],
            practitioner,
        ),
        load(
            Row("needs history", "p95 < 500 ms", 100),
            [f"/api/v1/children/{child}/needs-history" for child in children],
            practitioner,
        ),
        load(Row("matches (40,000 households)", "p95 < 50 ms", 50), matches, pool_practitioner),
    ]
    analytics = [
        ("step-down", "/api/v1/analytics/step-down"),
        ("sufficiency", "/api/v1/analytics/sufficiency"),
        ("training gaps", "/api/v1/analytics/training-gaps"),
        ("need vs spend", "/api/v1/analytics/need-vs-spend"),
        ("cohort comparison", "/api/v1/analytics/cohort-comparison"),
        ("needs over time", "/api/v1/analytics/needs-over-time"),
        ("stability", "/api/v1/analytics/stability"),
        ("distance from home", "/api/v1/analytics/distance-from-home"),
        ("value summary", "/api/v1/analytics/value-summary"),
        ("edge of care", "/api/v1/analytics/edge-of-care"),
        ("partner referral list", "/api/v1/partner/referrals"),
    ]
    agency = sign_in(AGENCY_EMAIL)
    for name, path in analytics:
        if path in available:
            caller = agency if path.startswith("/api/v1/partner/") else manager
            rows.append(load(Row(name, "p95 < 500 ms", 5), [path], caller))
        else:
            rows.append(Row(name, "p95 < 500 ms", None, note="endpoint not built yet"))
    return rows


def bundle_size() -> str:
    report = REPO_DIR / "frontend" / "scripts" / "report-bundle-size.mjs"
    output = subprocess.run(  # noqa: S603
        ["node", str(report)],  # noqa: S607 - node from PATH, as npm uses it
        capture_output=True,
        text=True,
        check=False,
    )
    lines = [line for line in output.stdout.splitlines() if line.strip().endswith("total")]
    return lines[-1].strip() if lines else "not built (run make run or npm run build first)"


def print_table(rows: list[Row]) -> None:
    header = (
        f"{'endpoint':<30} {'target':<22} {'rate':>6} {'got/s':>7} "
        f"{'p50':>7} {'p95':>7} {'p99':>7} {'errors':>6}"
    )
    print("\n" + header + "\n" + "-" * len(header))
    for row in rows:
        if row.rate is None:
            print(f"{row.name:<30} {row.target:<22} {row.note}")
            continue
        print(
            f"{row.name:<30} {row.target:<22} {row.rate:>6.0f} {row.throughput_rps:>7} "
            f"{row.p50_ms:>7} {row.p95_ms:>7} {row.p99_ms:>7} {row.errors:>6}"
        )


def main() -> None:
    scale = os.environ.get("BENCH_SCALE", "england")
    url = database_url()
    migrations.upgrade(url, MIGRATIONS_DIR)
    ensure_data(url, scale)
    ensure_agency_user(url)
    server = start_server(url)
    try:
        print(f"Referrals shared with the benchmark agency: {ensure_shared_referrals(BASE_URL)}")
        available = set(httpx.get(f"{BASE_URL}/api/v1/openapi.json").json()["paths"])
        print(f"Load: {DURATION:.0f} s per endpoint, from a separate process.")
        rows = http_rows(available, scale)
    finally:
        os.killpg(server.pid, signal.SIGINT)
        server.wait(timeout=30)
    print("\nIn process: pure domain functions, and the SSDA903 import:")
    domain = domain_figures() | step_down_figures() | postcode_figures() | import_figures(url)
    domain |= bulk_load_figures(url)
    for name, value in domain.items():
        print(f"  {name}: {value}")
    bundle = bundle_size()
    print_table(rows)
    print(f"\nFront end, initial JavaScript: {bundle}")
    RESULTS.mkdir(exist_ok=True)
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    result = {
        "scale": scale,
        "seconds_per_endpoint": DURATION,
        "http": [asdict(r) for r in rows],
        "domain": domain,
        "frontend_initial_js": bundle,
    }
    (RESULTS / f"{stamp}.json").write_text(json.dumps(result, indent=2) + "\n")
    print(f"Written to bench/results/{stamp}.json")


if __name__ == "__main__":
    main()
