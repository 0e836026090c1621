"""The bench's code runs (tiny, in this interpreter) so it cannot rot. It asserts shape, never timings."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def test_bench_smoke_run(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    result = subprocess.run(
        [sys.executable, "bench/run.py", "--smoke", "--json", str(out)], cwd=ROOT, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    data = json.loads(out.read_text())
    for client in ("raw", "ours"):
        for memory in ("memory", "memory_2_1"):  # the per-call cost with the client on 2.3, and on 2.1
            assert set(data[memory][client]) == {"check_sync", "track_sync", "check_async", "track_async"}
            assert all(v["median"] > 0 for v in data[memory][client].values())
        assert data["loopback"][client]["async_checks_per_s"]["median"] > 0
        assert data["allocation"][client]["bytes_per_response"]["median"] > 0
    assert data["startup"]["httpx"]["import_construct_ms"]["median"] > 0
    assert "| `check sync` (2.3) |" in result.stdout and "| `check sync` (2.1) |" in result.stdout
    assert "this SDK vs raw" in result.stdout
    assert set(data["nowait"]) == {"loopback", "rtt5", "emulator"}
    for target in data["nowait"].values():  # every track_nowait (and every raw post) counted exactly once
        assert target["ours"]["applied_per_sent"]["min"] == target["ours"]["applied_per_sent"]["max"] == 1
        assert target["raw"]["applied_per_sent"]["median"] == 1 and target["ours"]["delivered_per_s"]["median"] > 0
    assert "| `track_nowait` against |" in result.stdout
