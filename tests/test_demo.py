"""`make demo` runs the seed's examples and the story around them, offline, over real HTTP."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ROOT


def test_demo_runs_offline_and_tells_the_story() -> None:
    env = {k: v for k, v in os.environ.items() if k != "AUTUMN_SECRET_KEY"}
    result = subprocess.run([sys.executable, "examples/demo.py"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert "Local Autumn emulator on http://127.0.0.1:" in out
    assert 'autumn.check(customer_id="cus_123", feature_id="messages")' in out and "allowed=True, 5 of 5 left" in out
    assert 'autumn.track(customer_id="cus_123", feature_id="messages", value=1)' in out and "recorded 1; 4 of 5 left" in out
    assert "track(value=1) -> 0 of 5 left" in out
    assert "allowed=False, 0 of 5 left" in out and "upgrade: Pro (100 messages per month, sso)" in out
    assert "recorded -2; 2 of 5 left" in out


def test_live_demo_needs_a_key() -> None:
    env = {k: v for k, v in os.environ.items() if k != "AUTUMN_SECRET_KEY"}
    result = subprocess.run(
        [sys.executable, "examples/demo.py", "--live"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode != 0 and "AUTUMN_SECRET_KEY" in result.stderr
