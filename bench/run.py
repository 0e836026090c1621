"""make bench: this SDK against raw httpx and Autumn's published SDK (autumn-sdk 1.2.0), in one run.

    python bench/run.py [--rounds 7] [--n 2000] [--no-published] [--smoke]

Every measurement runs in a fresh process. Clients take turns within each round (the order rotates),
so a noisy machine slows them alike; the table shows medians over rounds with their min–max spread,
and ratios against raw httpx. Results also go to bench/results/latest.json. Nothing here is a test:
it never fails because a machine is slow (`--smoke` runs the same code tiny, for `make test`).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import socket
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WORKLOAD = HERE / "workload.py"
PUBLISHED = "autumn-sdk==1.2.0"


def _python(venv: Path) -> Path:
    return venv / "bin" / "python"


def _venv(path: Path, *packages: str, refresh: str | None = None) -> Path:
    """A virtualenv with ``packages``; ``refresh`` is reinstalled every run (this repository's code)."""
    if not _python(path).exists():
        subprocess.run([sys.executable, "-m", "venv", str(path)], check=True)
        subprocess.run([_python(path), "-m", "pip", "install", "-q", *packages], check=True)
    if refresh:
        subprocess.run([_python(path), "-m", "pip", "install", "-q", "--no-deps", "--force-reinstall", refresh], check=True)
    return _python(path)


def _run(python: Path, client: str, suite: str, **args: Any) -> dict[str, float]:
    argv = [str(python), str(WORKLOAD), client, suite]
    for key, value in args.items():
        argv += [f"--{key}", str(value)]
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "AUTUMN_SECRET_KEY")}
    out = subprocess.run(argv, check=True, capture_output=True, text=True, env=env, cwd=HERE).stdout
    result: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    return result


def _rounds(
    pythons: dict[str, Path], clients: list[str], rounds: int, suite: str, **args: Any
) -> dict[str, dict[str, list[float]]]:
    samples: dict[str, dict[str, list[float]]] = {c: {} for c in clients}
    for r in range(rounds):
        order = clients[r % len(clients) :] + clients[: r % len(clients)]
        for client in order:
            for key, value in _run(pythons[client], client if client != "httpx" else "httpx", suite, **args).items():
                samples[client].setdefault(key, []).append(value)
    return samples


def _paired(base: list[float], ours: list[float]) -> float:
    """Median of ours/base over rounds: each round measured both, one right after the other."""
    return statistics.median(o / b for b, o in zip(base, ours, strict=True))


def _summary(values: list[float]) -> dict[str, float]:
    return {"median": statistics.median(values), "min": min(values), "max": max(values), "n": len(values)}


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
    return port


def _machine() -> dict[str, Any]:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
    }


def measure(rounds: int, n: int, published: bool, smoke: bool) -> dict[str, Any]:
    if smoke:  # the current interpreter has this SDK and httpx; no virtualenvs, no download
        ours = Path(sys.executable)
        pythons = {"raw": ours, "ours": ours, "httpx": ours}
    else:
        ours = _venv(HERE / ".venv-ours", "httpx", "attrs", "python-dateutil", refresh=str(ROOT))
        pythons = {"raw": ours, "ours": ours, "httpx": ours}
        if published:
            pythons["published"] = _venv(HERE / ".venv-published", PUBLISHED)
    clients = ["raw", "ours"] + (["published"] if "published" in pythons else [])
    results: dict[str, Any] = {"machine": _machine(), "rounds": rounds, "calls_per_round": n}

    print(f"in-memory per-call cost: {rounds} rounds x {n} calls per client…", file=sys.stderr)
    # Raw httpx and this SDK run paired in one process (alternating batches); autumn-sdk 1.2.0 in its own.
    pythons["paired"] = ours
    memory_clients = ["paired"] + (["published"] if "published" in pythons else [])
    raw_memory = _rounds(pythons, memory_clients, rounds, "memory", n=n)
    memory: dict[str, dict[str, list[float]]] = {"raw": {}, "ours": {}, "ratio": {}}
    for key, values in raw_memory["paired"].items():
        who, op = key.split(".", 1)
        memory[who][op] = values
    if "published" in raw_memory:
        memory["published"] = raw_memory["published"]
    # The same paired measure with the client speaking 2.1: each version's generated methods and models.
    memory_2_1: dict[str, dict[str, list[float]]] = {"raw": {}, "ours": {}, "ratio": {}}
    for key, values in _rounds(pythons, ["paired"], rounds, "memory", n=n, **{"api-version": "2.1"})["paired"].items():
        who, op = key.split(".", 1)
        memory_2_1[who][op] = values
    print("loopback: sequential latency and 1,000 concurrent async checks…", file=sys.stderr)
    port = _free_port()
    server = subprocess.Popen([sys.executable, str(HERE / "server.py"), str(port)], stdout=subprocess.PIPE, text=True)
    try:
        assert server.stdout is not None and server.stdout.readline().strip() == "ready"
        time.sleep(0.2)
        loopback = _rounds(pythons, clients, max(1, rounds // 2), "loopback", n=max(50, n // 4), url=f"http://127.0.0.1:{port}")
        print("track_nowait: caller's time per call, delivered throughput, each counted once…", file=sys.stderr)
        base = f"http://127.0.0.1:{port}"
        stats = f"{base}/stats"
        nowait = {
            "loopback": _rounds(pythons, ["raw", "ours"], max(1, rounds // 2), "nowait", n=n, url=base, stats=stats),
            "rtt5": _rounds(
                pythons,
                ["raw", "ours"],
                max(1, rounds // 2),
                "nowait",
                n=max(50, n // 4),
                url=f"{base}/rtt5",
                stats=f"{base}/stats",
            ),
        }
    finally:
        server.terminate()
        server.wait(timeout=10)
    nowait["emulator"] = _emulator_nowait(pythons, max(1, rounds // 2), max(50, n // 4))
    print("import + construct, resident size, allocation…", file=sys.stderr)
    startup = _rounds(pythons, ["httpx", *clients[1:]], max(3, rounds * 2), "startup")
    allocation = _rounds(pythons, clients, 1, "allocation", n=max(50, n // 2))

    # Clients alternate within each round, so round i of one pairs with round i of the other.
    results["paired"] = {
        "loopback": {k: _paired(loopback["raw"][k], loopback["ours"][k]) for k in loopback["ours"]},
        "startup": {k: _paired(startup["httpx"][k], startup["ours"][k]) for k in startup["ours"]},
    }
    results["memory"] = {c: {k: _summary(v) for k, v in memory[c].items()} for c in memory}
    results["memory_2_1"] = {c: {k: _summary(v) for k, v in memory_2_1[c].items()} for c in memory_2_1}
    results["loopback"] = {c: {k: _summary(v) for k, v in loopback[c].items()} for c in clients}
    results["startup"] = {c: {k: _summary(v) for k, v in startup[c].items()} for c in startup}
    results["allocation"] = {c: {k: _summary(v) for k, v in allocation[c].items()} for c in clients}
    results["nowait"] = {
        target: {
            **{c: {k: _summary(v) for k, v in samples[c].items()} for c in samples},
            "ratio": _paired(samples["raw"]["delivered_per_s"], samples["ours"]["delivered_per_s"]),
        }
        for target, samples in nowait.items()
    }
    return results


# The emulator's usage counter is what the bench reads back; a grant this large never runs out.
EMULATOR_SEED = {
    "features": [{"id": "messages", "name": "Messages", "type": "metered", "consumable": True}],
    "plans": [{"id": "pro", "name": "Pro", "items": [{"feature_id": "messages", "included_usage": 10**12, "interval": "month"}]}],
    "customers": [{"id": "cus_123", "plans": ["pro"]}],
}


def _emulator_nowait(pythons: dict[str, Path], rounds: int, n: int) -> dict[str, dict[str, list[float]]]:
    """track_nowait against the SDK's own emulator (python -m autumn_sdk.testing), in its own process."""
    import tempfile

    port = _free_port()
    with tempfile.TemporaryDirectory() as tmp:
        seed = Path(tmp) / "seed.json"
        seed.write_text(json.dumps(EMULATOR_SEED))
        key = "am_sk_test_bench0000000000000000"  # workload.KEY
        # Run by this interpreter (make bench's, with the emulator's uvicorn), as bench/server.py is.
        argv = [sys.executable, "-m", "autumn_sdk.testing", "--port", str(port), "--seed", str(seed), "--secret-key", key]
        emulator = subprocess.Popen(argv, stdout=subprocess.PIPE, text=True, cwd=ROOT)
        try:
            assert emulator.stdout is not None and emulator.stdout.readline().startswith("Autumn emulator on")
            url = f"http://127.0.0.1:{port}"
            return _rounds(pythons, ["raw", "ours"], rounds, "nowait", n=n, url=url, stats=url)
        finally:
            emulator.terminate()
            emulator.wait(timeout=10)


def _ratio(a: float, b: float) -> str:
    return f"{a / b:.2f}×"


def table(results: dict[str, Any]) -> str:
    m, lb, st, al = results["memory"], results["loopback"], results["startup"], results["allocation"]
    clients = [c for c in ("raw", "ours", "published") if c in m]  # m also has "ratio": this SDK / raw, paired
    names = {"raw": "raw httpx", "ours": "this SDK", "published": "autumn-sdk 1.2.0"}
    lines = [
        f"Measured {results['machine']['date']} on {results['machine']['cpu']} ({results['machine']['cores']} cores), "
        f"Python {results['machine']['python']}; median of {results['rounds']} interleaved rounds (min–max); "
        "ratios to raw httpx and to `import httpx` are medians of paired measurements.",
        "",
        "| per call, in-memory transport | "
        + " | ".join(names[c] for c in clients)
        + " | this SDK vs raw | autumn-sdk 1.2.0 vs this SDK |",
        "|---|" + "---|" * (len(clients) + 2),
    ]
    for key in ("check_sync", "track_sync", "check_async", "track_async"):
        cells = [f"{m[c][key]['median']:.1f} µs ({m[c][key]['min']:.0f}–{m[c][key]['max']:.0f})" for c in clients]
        vs_raw = f"{m['ratio'][key]['median']:.2f}× ({m['ratio'][key]['min']:.2f}–{m['ratio'][key]['max']:.2f})"
        vs_pub = _ratio(m["published"][key]["median"], m["ours"][key]["median"]) if "published" in m else "–"
        lines.append(f"| `{key.replace('_', ' ')}` (2.3) | " + " | ".join(cells) + f" | **{vs_raw}** | {vs_pub} |")
    m21 = results["memory_2_1"]
    for key in ("check_sync", "track_sync", "check_async", "track_async"):
        cells = [f"{m21[c][key]['median']:.1f} µs" if c in m21 else "–" for c in clients]
        vs_raw = f"{m21['ratio'][key]['median']:.2f}× ({m21['ratio'][key]['min']:.2f}–{m21['ratio'][key]['max']:.2f})"
        lines.append(f"| `{key.replace('_', ' ')}` (2.1) | " + " | ".join(cells) + f" | **{vs_raw}** | – |")
    lines += [
        "",
        "| loopback HTTP server | " + " | ".join(names[c] for c in clients) + " | this SDK vs raw |",
        "|---|" + "---|" * (len(clients) + 1),
    ]
    key = "check_sync_latency_us"
    lines.append(
        "| sequential `check` latency | "
        + " | ".join(f"{lb[c][key]['median']:.0f} µs" for c in clients)
        + f" | {results['paired']['loopback'][key]:.2f}× |"
    )
    key = "async_checks_per_s"
    lines.append(
        "| 1,000 concurrent async `check`s | "
        + " | ".join(f"{lb[c][key]['median']:.0f}/s" for c in clients)
        + f" | **{results['paired']['loopback'][key]:.2f}×** throughput |"
    )
    startup_clients = [c for c in ("httpx", "ours", "published") if c in st]
    start_names = {"httpx": "`import httpx`", "ours": "this SDK", "published": "autumn-sdk 1.2.0"}
    lines += [
        "",
        "| fresh process | " + " | ".join(start_names[c] for c in startup_clients) + " |",
        "|---|" + "---|" * len(startup_clients),
    ]
    ratios = {"httpx": 1.0, "ours": results["paired"]["startup"]["import_construct_ms"]}
    if "published" in st:
        ratios["published"] = st["published"]["import_construct_ms"]["median"] / st["httpx"]["import_construct_ms"]["median"]
    lines.append(
        "| import + construct | "
        + " | ".join(f"{st[c]['import_construct_ms']['median']:.1f} ms ({ratios[c]:.2f}×)" for c in startup_clients)
        + " |"
    )
    lines.append("| resident size | " + " | ".join(f"{st[c]['rss_mib']['median']:.1f} MiB" for c in startup_clients) + " |")
    lines += ["", "| memory | " + " | ".join(names[c] for c in clients) + " |", "|---|" + "---|" * len(clients)]
    lines.append(
        "| bytes allocated per parsed `check` answer (kept alive) | "
        + " | ".join(f"{al[c]['bytes_per_response']['median']:.0f} B" for c in clients)
        + " |"
    )
    if "nowait" in results:
        nw = results["nowait"]
        titles = {
            "loopback": "bench server, loopback",
            "rtt5": "bench server, 5 ms round trip",
            "emulator": "the SDK's emulator (Python)",
        }
        lines += [
            "",
            "| `track_nowait` against | caller's time per call (median, p99) | delivered | raw httpx, sequential posts "
            "| vs raw | counted once |",
            "|---|---|---|---|---|---|",
        ]
        for target, title in titles.items():
            if target not in nw:
                continue
            ours, raw = nw[target]["ours"], nw[target]["raw"]
            once = "yes" if ours["applied_per_sent"]["min"] == ours["applied_per_sent"]["max"] == 1 else "**NO**"
            lines.append(
                f"| {title} | {ours['caller_us_median']['median']:.1f} µs, {ours['caller_us_p99']['median']:.0f} µs "
                f"| {ours['delivered_per_s']['median']:.0f}/s | {raw['delivered_per_s']['median']:.0f}/s "
                f"| **{nw[target]['ratio']:.2f}×** | {once} |"
            )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--n", type=int, default=2000, help="calls per client per round")
    parser.add_argument("--no-published", action="store_true", help="skip autumn-sdk 1.2.0 (no download)")
    parser.add_argument("--smoke", action="store_true", help="a tiny run in this interpreter (for make test)")
    parser.add_argument("--json", type=Path, default=HERE / "results" / "latest.json")
    args = parser.parse_args(argv)
    rounds, n = (1, 30) if args.smoke else (args.rounds, args.n)
    results = measure(rounds, n, published=not args.no_published and not args.smoke, smoke=args.smoke)
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    print(table(results))
    print(f"\n(JSON: {args.json})")


if __name__ == "__main__":
    main()
