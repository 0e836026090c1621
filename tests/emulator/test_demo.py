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
    assert "Local Autumn emulator on http://127.0.0.1:" in out and "empty" in out
    assert "autumn.features.create(" in out and "plans: Free, Pro" in out
    assert "autumn.customers.get_or_create(" in out and "plans: free; messages: 5 of 5 left" in out
    assert 'autumn.check(customer_id="cus_123", feature_id="messages")' in out and "allowed=True, 5 of 5 left" in out
    assert 'autumn.track(customer_id="cus_123", feature_id="messages", value=1)' in out and "recorded 1; 4 of 5 left" in out
    assert "track(value=1) -> 0 of 5 left" in out
    assert "allowed=False, 0 of 5 left" in out and "Pro (100 messages per month)" in out
    assert "total 20 usd" in out and "payment_url: http://127.0.0.1:" in out and "/checkout/" in out
    assert "plans: pro; invoices: 20 usd paid" in out and "allowed=True, 100 of 100 left" in out
    assert "8 messages in 6 events" in out and "large 3" in out and "small 4" in out


def test_live_demo_needs_a_key() -> None:
    env = {k: v for k, v in os.environ.items() if k != "AUTUMN_SECRET_KEY"}
    result = subprocess.run(
        [sys.executable, "examples/demo.py", "--live"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode != 0 and "AUTUMN_SECRET_KEY" in result.stderr
