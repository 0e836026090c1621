"""One client's workload, run in a fresh process inside that client's virtualenv.

    python workload.py CLIENT SUITE [--n N] [--url URL]

CLIENT is raw (httpx.Client.post + json.loads), ours (this SDK) or published (autumn-sdk 1.2.0 from
PyPI); the last two share the import name autumn_sdk, hence separate virtualenvs. Prints one JSON
object. Only the standard library, httpx and the client under test are imported.
"""

from __future__ import annotations

import asyncio
import gc
import json
import resource
import sys
import time
import tracemalloc
from collections.abc import Callable
from typing import Any

KEY = "am_sk_test_bench0000000000000000"
BASE = "https://api.useautumn.com"
HEADERS = {
    "authorization": f"Bearer {KEY}",
    "x-api-version": "2.1",
    "content-type": "application/json",
    "accept": "application/json",
    "user-agent": "autumn-sdk-python/0.1.0",
}
CHECK = {"customer_id": "cus_123", "feature_id": "messages"}
TRACK = {"customer_id": "cus_123", "feature_id": "messages", "value": 1}


def _balance() -> dict[str, Any]:
    return {
        "feature_id": "messages",
        "granted": 100,
        "remaining": 72,
        "usage": 28,
        "unlimited": False,
        "overage_allowed": False,
        "max_purchase": None,
        "next_reset_at": 1773851121437,
        "breakdown": [
            {
                "id": "cus_ent_39qmLooixXLAqMywgXywjAz96rV",
                "plan_id": "pro_plan",
                "included_grant": 100,
                "prepaid_grant": 0,
                "remaining": 72,
                "usage": 28,
                "unlimited": False,
                "reset": {"interval": "month", "resets_at": 1773851121437},
                "price": None,
                "expires_at": None,
            }
        ],
    }


# A full 2.1 answer with a breakdown. "flag" is not in the 2.1 contract, but autumn-sdk 1.2.0 refuses a
# check answer without it; this SDK keeps it as an unknown field, so both parse the same bytes.
CHECK_BODY = json.dumps(
    {"allowed": True, "customer_id": "cus_123", "entity_id": None, "required_balance": 1, "balance": _balance(), "flag": None}
).encode()
TRACK_BODY = json.dumps({"customer_id": "cus_123", "value": 1, "balance": _balance()}).encode()


def _answer(request: Any) -> Any:
    import httpx

    body = CHECK_BODY if request.url.path.endswith("check") else TRACK_BODY
    return httpx.Response(200, content=body, headers={"content-type": "application/json"})


def _clients(client: str, base: str, transport: Any = None, async_transport: Any = None, limits: Any = None) -> tuple[Any, Any]:
    """(sync callable factory, async callable factory) for ``client``: each returns (check, track)."""
    import httpx

    kwargs: dict[str, Any] = {"timeout": 30.0}
    if limits is not None:
        kwargs["limits"] = limits
    sync_http = httpx.Client(transport=transport, **kwargs)
    async_http = httpx.AsyncClient(transport=async_transport, **kwargs)
    if client == "raw":
        idem = dict(HEADERS, **{"idempotency-key": "0123456789abcdef0123456789abcdef"})

        def check() -> Any:
            return json.loads(sync_http.post(f"{base}/v1/balances.check", content=json.dumps(CHECK), headers=HEADERS).content)

        def track() -> Any:
            return json.loads(sync_http.post(f"{base}/v1/balances.track", content=json.dumps(TRACK), headers=idem).content)

        async def acheck() -> Any:
            return json.loads(
                (await async_http.post(f"{base}/v1/balances.check", content=json.dumps(CHECK), headers=HEADERS)).content
            )

        async def atrack() -> Any:
            return json.loads(
                (await async_http.post(f"{base}/v1/balances.track", content=json.dumps(TRACK), headers=idem)).content
            )

        return (check, track), (acheck, atrack)
    from autumn_sdk import Autumn

    autumn: Any = Autumn(secret_key=KEY, server_url=base, client=sync_http, async_client=async_http, x_api_version=API_VERSION)
    return (
        (lambda: autumn.check(**CHECK), lambda: autumn.track(**TRACK)),
        (lambda: autumn.check_async(**CHECK), lambda: autumn.track_async(**TRACK)),
    )


def _per_call_us(fn: Callable[[], Any], n: int) -> float:
    for _ in range(max(20, n // 10)):
        fn()
    start = time.perf_counter()
    for _ in range(n):
        fn()
    return (time.perf_counter() - start) / n * 1e6


async def _per_call_us_async(fn: Callable[[], Any], n: int) -> float:
    for _ in range(max(20, n // 10)):
        await fn()
    start = time.perf_counter()
    for _ in range(n):
        await fn()
    return (time.perf_counter() - start) / n * 1e6


def memory(client: str, n: int) -> dict[str, float]:
    """Per-call cost over an in-memory transport: pure client overhead."""
    import httpx

    (check, track), (acheck, atrack) = _clients(client, BASE, httpx.MockTransport(_answer), httpx.MockTransport(_answer))
    gc.collect()
    out = {"check_sync": _per_call_us(check, n), "track_sync": _per_call_us(track, n)}
    out["check_async"] = asyncio.run(_per_call_us_async(acheck, n))
    out["track_async"] = asyncio.run(_per_call_us_async(atrack, n))
    return out


def memory_paired(n: int, batches: int = 10) -> dict[str, float]:
    """Raw httpx and this SDK in one process, alternating batches (order flipped each time).

    Both see the same moment of a noisy machine, so the ratio of each pair of batches is far steadier
    than a ratio of separate runs. Returns raw.<op>, ours.<op> (median µs per call) and ratio.<op>.
    """
    import statistics

    import httpx

    raw = _clients("raw", BASE, httpx.MockTransport(_answer), httpx.MockTransport(_answer))
    ours = _clients("ours", BASE, httpx.MockTransport(_answer), httpx.MockTransport(_answer))
    size = max(10, n // batches)
    out: dict[str, float] = {}

    def record(op: str, pairs: list[tuple[float, float]]) -> None:
        out[f"raw.{op}"] = statistics.median(r for r, _ in pairs)
        out[f"ours.{op}"] = statistics.median(o for _, o in pairs)
        out[f"ratio.{op}"] = statistics.median(o / r for r, o in pairs)

    for index, op in enumerate(("check_sync", "track_sync")):
        pairs = []
        for b in range(batches):
            if b % 2:
                o = _per_call_us(ours[0][index], size)
                r = _per_call_us(raw[0][index], size)
            else:
                r = _per_call_us(raw[0][index], size)
                o = _per_call_us(ours[0][index], size)
            pairs.append((r, o))
        record(op, pairs)

    async def run_async() -> None:
        for index, op in enumerate(("check_async", "track_async")):
            pairs = []
            for b in range(batches):
                if b % 2:
                    o = await _per_call_us_async(ours[1][index], size)
                    r = await _per_call_us_async(raw[1][index], size)
                else:
                    r = await _per_call_us_async(raw[1][index], size)
                    o = await _per_call_us_async(ours[1][index], size)
                pairs.append((r, o))
            record(op, pairs)

    asyncio.run(run_async())
    return out


def loopback(client: str, n: int, url: str) -> dict[str, float]:
    """Sequential latency, and throughput of 1,000 concurrent async checks over one client."""
    import httpx

    limits = httpx.Limits(max_connections=100, max_keepalive_connections=100)
    (check, _), (acheck, _) = _clients(client, url, limits=limits)
    latency = _per_call_us(check, n)

    async def burst() -> float:
        for _ in range(50):
            await acheck()
        start = time.perf_counter()
        await asyncio.gather(*(acheck() for _ in range(1000)))
        return 1000 / (time.perf_counter() - start)

    return {"check_sync_latency_us": latency, "async_checks_per_s": asyncio.run(burst())}


def _applied(stats: str) -> float:
    """Tracks the server has applied: the bench server's /stats, or the emulator's recorded usage."""
    import httpx

    if stats.endswith("/stats"):
        return float(httpx.get(stats).json()["applied"])
    answer = httpx.post(f"{stats}/v1/balances.check", content=json.dumps(CHECK), headers=HEADERS).json()
    return float(answer["balance"]["usage"])


def nowait(client: str, n: int, url: str, stats: str) -> dict[str, float]:
    """``n`` tracks: raw httpx posts them one after another; this SDK queues them with ``track_nowait``.

    Returns the caller's time per call (ours: each ``track_nowait``, timed alone), the delivered
    throughput (first call to the last answer: ours ends with ``flush()``), and how many the server
    applied (each key once: the server refuses a repeat).
    """
    import os
    import statistics

    import httpx

    before = _applied(stats)
    times: list[int] = []
    clock = time.perf_counter_ns
    if client == "raw":
        http = httpx.Client(timeout=30.0)
        body = json.dumps(TRACK)
        http.post(f"{url}/v1/balances.check", content=json.dumps(CHECK), headers=HEADERS)  # connect
        start = time.perf_counter()
        for _ in range(n):
            headers = dict(HEADERS, **{"idempotency-key": os.urandom(16).hex()})
            t0 = clock()
            json.loads(http.post(f"{url}/v1/balances.track", content=body, headers=headers).content)
            times.append(clock() - t0)
        elapsed = time.perf_counter() - start
    else:
        from autumn_sdk import Autumn

        autumn: Any = Autumn(secret_key=KEY, server_url=url, x_api_version=API_VERSION)
        autumn.check(**CHECK)  # connect, and build the SDK's client
        track_nowait = autumn.track_nowait
        start = time.perf_counter()
        for _ in range(n):
            t0 = clock()
            track_nowait(**TRACK)
            times.append(clock() - t0)
        autumn.flush()
        elapsed = time.perf_counter() - start
        assert autumn.nowait.delivered == n and len(autumn.outbox) == 0, autumn.nowait
        autumn.close()
    times.sort()
    return {
        "caller_us_median": statistics.median(times) / 1000,
        "caller_us_p99": times[int(len(times) * 0.99)] / 1000,
        "delivered_per_s": n / elapsed,
        "applied_per_sent": (_applied(stats) - before) / n,
    }


def allocation(client: str, n: int) -> dict[str, float]:
    """Bytes still allocated per parsed check answer, with ``n`` answers kept alive."""
    import httpx

    (check, _), _ = _clients(client, BASE, httpx.MockTransport(_answer), httpx.MockTransport(_answer))
    for _ in range(50):
        check()
    gc.collect()
    tracemalloc.start()
    kept = [check() for _ in range(n)]
    gc.collect()
    current, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert len(kept) == n
    return {"bytes_per_response": current / n}


def startup(client: str) -> dict[str, float]:
    """Import and construct time, and resident size, in this fresh process."""
    start = time.perf_counter()
    if client == "httpx":
        import httpx  # noqa: F401
    else:
        from autumn_sdk import Autumn

        Autumn(secret_key=KEY, x_api_version=API_VERSION)
    elapsed = time.perf_counter() - start
    rss_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"import_construct_ms": elapsed * 1000, "rss_mib": rss_kib / 1024}


# The API version this SDK speaks in a run (`--api-version`); raw httpx sends the same requests either way.
API_VERSION = "2.3"


def main() -> None:
    global API_VERSION
    client, suite = sys.argv[1], sys.argv[2]
    args = dict(zip(sys.argv[3::2], sys.argv[4::2], strict=False))
    API_VERSION = args.get("--api-version", API_VERSION)
    n = int(args.get("--n", "2000"))
    if suite == "memory":
        result = memory_paired(n) if client == "paired" else memory(client, n)
    elif suite == "loopback":
        result = loopback(client, n, args["--url"])
    elif suite == "nowait":
        result = nowait(client, n, args["--url"], args["--stats"])
    elif suite == "allocation":
        result = allocation(client, n)
    elif suite == "startup":
        result = startup(client)
    else:
        raise SystemExit(f"unknown suite {suite}")
    print(json.dumps(result))


if __name__ == "__main__":
    main()
