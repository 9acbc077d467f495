"""An open-loop load generator: requests at a fixed rate, latency from the intended send time.

Run as its own process (`python -m bench.load ...`) so it never shares a core's event loop with
the server. Open loop means a slow response does not slow the arrivals, and measuring from the
moment a request *should* have been sent avoids coordinated omission, so p99 is honest.
Prints one JSON object: requests, errors, achieved rate, p50/p95/p99 in milliseconds.
"""

import argparse
import asyncio
import json
import statistics
import time

import httpx


def percentile(sorted_values: list[float], fraction: float) -> float:
    if not sorted_values:
        return float("nan")
    index = min(len(sorted_values) - 1, max(0, round(fraction * len(sorted_values)) - 1))
    return sorted_values[index]


async def run(
    base_url: str, paths: list[str], rate: float, duration: float, headers: dict[str, str]
) -> dict[str, float]:
    latencies: list[float] = []
    errors = 0
    limits = httpx.Limits(max_connections=256, max_keepalive_connections=256)
    async with httpx.AsyncClient(
        base_url=base_url, headers=headers, limits=limits, timeout=30
    ) as client:
        # Warm up connections and caches (not measured).
        await asyncio.gather(*(client.get(path) for path in paths[:20]))

        async def one(path: str, intended: float) -> None:
            nonlocal errors
            try:
                response = await client.get(path)
                if response.status_code >= 400:
                    errors += 1
            except httpx.HTTPError:
                errors += 1
            latencies.append((time.perf_counter() - intended) * 1000)

        total = int(rate * duration)
        start = time.perf_counter()
        tasks = []
        for number in range(total):
            intended = start + number / rate
            delay = intended - time.perf_counter()
            if delay > 0:
                await asyncio.sleep(delay)
            tasks.append(asyncio.create_task(one(paths[number % len(paths)], intended)))
        await asyncio.gather(*tasks)
        elapsed = time.perf_counter() - start
    ordered = sorted(latencies)
    return {
        "requests": len(ordered),
        "errors": errors,
        "throughput_rps": round(len(ordered) / elapsed, 1),
        "p50_ms": round(percentile(ordered, 0.50), 1),
        "p95_ms": round(percentile(ordered, 0.95), 1),
        "p99_ms": round(percentile(ordered, 0.99), 1),
        "mean_ms": round(statistics.fmean(ordered), 1) if ordered else float("nan"),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--base-url", required=True)
    parser.add_argument("--rate", type=float, required=True, help="requests per second")
    parser.add_argument("--duration", type=float, default=15.0, help="seconds")
    parser.add_argument("--cookie", default="", help="Cookie header value")
    parser.add_argument("--bearer", default="", help="Bearer token")
    parser.add_argument("paths", nargs="+", help="paths to request, in rotation")
    arguments = parser.parse_args()
    headers = {"cookie": arguments.cookie} if arguments.cookie else {}
    if arguments.bearer:
        headers["authorization"] = f"Bearer {arguments.bearer}"
    result = asyncio.run(
        run(arguments.base_url, arguments.paths, arguments.rate, arguments.duration, headers)
    )
    print(json.dumps(result))


if __name__ == "__main__":
    main()
