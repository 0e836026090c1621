"""``python -m autumn_sdk``, run as a subprocess: against the local emulator, and against a loopback
server for the exact wire shape and the exit statuses (0 ok, 1 refused, 2 bad usage, 3 unavailable)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from autumn_sdk.testing import SERVED_VERSIONS, LocalAutumn
from tests.loopback import SECRET_KEY, LoopbackServer, Reply, error_body, unused_port


def run(*args: str, secret_key: str | None = SECRET_KEY) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k != "AUTUMN_SECRET_KEY"}
    if secret_key is not None:
        env["AUTUMN_SECRET_KEY"] = secret_key
    return subprocess.run([sys.executable, "-m", "autumn_sdk", *args], env=env, capture_output=True, text=True, timeout=60)


@pytest.fixture(scope="module")
def emulator() -> Iterator[LocalAutumn]:
    with LocalAutumn() as server:
        yield server


@pytest.mark.parametrize("version", SERVED_VERSIONS)
def test_get_or_create_then_check_against_the_emulator(emulator: LocalAutumn, version: str) -> None:
    common = ("--api-version", version, "--server-url", emulator.url)
    made = run(*common, "customers", "get-or-create", "--customer-id", f"cus_cli_{version}", "--name", "Ada",
               secret_key=emulator.secret_key)  # fmt: skip
    assert made.returncode == 0, made.stderr
    customer = json.loads(made.stdout)
    assert customer["id"] == f"cus_cli_{version}" and customer["name"] == "Ada"
    checked = run(*common, "check", "--customer-id", f"cus_cli_{version}", "--feature-id", "messages",
                  secret_key=emulator.secret_key)  # fmt: skip
    assert checked.returncode == 0, checked.stderr
    assert json.loads(checked.stdout)["customer_id"] == f"cus_cli_{version}"


def test_an_unknown_customer_exits_1_with_the_api_error(emulator: LocalAutumn) -> None:
    res = run("--api-version", "2.1", "--server-url", emulator.url, "check", "--customer-id", "cus_nobody",
              "--feature-id", "messages", secret_key=emulator.secret_key)  # fmt: skip
    assert res.returncode == 1 and res.stdout == ""
    assert "customer_not_found" in res.stderr


def test_a_wrong_secret_key_exits_1_and_is_never_echoed(emulator: LocalAutumn) -> None:
    wrong = "am_sk_test_wrong_key_never_echoed_123"
    res = run("--api-version", "2.1", "--server-url", emulator.url, "--secret-key", wrong, "check",
              "--customer-id", "cus_1", "--feature-id", "messages", secret_key=None)  # fmt: skip
    assert res.returncode == 1
    assert wrong not in res.stdout + res.stderr


def _ok(body: dict[str, Any], status: int = 200) -> Reply:
    return Reply(status, body)


def test_nested_arguments_are_json_and_reach_the_wire_exactly(server: LoopbackServer) -> None:
    server.enqueue(_ok({"customer_id": "cus_1", "payment_url": None}))
    res = run("--server-url", server.url, "billing", "attach", "--customer-id", "cus_1", "--plan-id", "pro",
              "--feature-quantities", '[{"feature_id": "seats", "quantity": 3}]', "--redirect-mode", "never")  # fmt: skip
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout) == {"customer_id": "cus_1", "payment_url": None}
    (request,) = server.requests
    assert (request.method, request.path) == ("POST", "/v1/billing.attach")
    assert request.headers["authorization"] == f"Bearer {SECRET_KEY}"
    assert request.headers["x-api-version"] == "2.3"
    assert "idempotency-key" in request.headers
    assert request.json == {
        "customer_id": "cus_1",
        "plan_id": "pro",
        "feature_quantities": [{"feature_id": "seats", "quantity": 3}],
        "redirect_mode": "never",
    }


def test_batch_track_sends_the_array_as_the_body(server: LoopbackServer) -> None:
    server.enqueue(_ok({"success": True}, 202))
    items = [{"customer_id": "cus_1", "feature_id": "messages", "value": 2}]
    res = run("--server-url", server.url, "batch-track", "--request", json.dumps(items))
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout) == {"success": True}
    (request,) = server.requests
    assert (request.method, request.path, request.json) == ("POST", "/v1/balances.batch_track", items)


def test_scalars_booleans_and_the_2_1_version(server: LoopbackServer) -> None:
    server.enqueue(_ok({"allowed": True, "customer_id": "cus_1", "balance": None}))
    res = run("--server-url", server.url, "--api-version", "2.1", "check", "--customer-id", "cus_1",
              "--feature-id", "messages", "--required-balance", "2.5", "--with-preview")  # fmt: skip
    assert res.returncode == 0, res.stderr
    (request,) = server.requests
    assert request.headers["x-api-version"] == "2.1"
    assert request.json == {"customer_id": "cus_1", "feature_id": "messages", "required_balance": 2.5, "with_preview": True}
    assert "idempotency-key" not in request.headers


def test_client_options_may_follow_the_command(server: LoopbackServer) -> None:
    server.enqueue(_ok({"allowed": False, "customer_id": "cus_1", "balance": None, "flag": None}))
    res = run("check", "--customer-id", "cus_1", "--feature-id", "messages", "--server-url", server.url)
    assert res.returncode == 0, res.stderr
    assert json.loads(res.stdout)["allowed"] is False


def test_a_4xx_exits_1(server: LoopbackServer) -> None:
    server.enqueue(error_body("invalid_inputs", "feature_id: Required", 400))
    res = run("--server-url", server.url, "check", "--customer-id", "cus_1", "--feature-id", "x")
    assert res.returncode == 1
    assert "invalid_inputs" in res.stderr and res.stdout == ""


def test_an_outage_exits_3(server: LoopbackServer) -> None:
    server.enqueue(*(error_body("internal_error", "down", 503) for _ in range(3)))
    res = run("--server-url", server.url, "customers", "get", "--customer-id", "cus_1")
    assert res.returncode == 3
    assert len(server.requests) == 3  # retried as the SDK retries any call


def test_no_connection_exits_3() -> None:
    res = run("--server-url", f"http://127.0.0.1:{unused_port()}", "--timeout-ms", "500", "customers", "get",
              "--customer-id", "cus_1")  # fmt: skip
    assert res.returncode == 3
    assert SECRET_KEY not in res.stdout + res.stderr


@pytest.mark.parametrize(
    "args",
    [
        ("check", "--customer-id", "cus_1"),  # a required option missing
        ("check", "--customer-id", "cus_1", "--feature-id", "m", "--lock", "{not json"),
        ("features", "create", "--feature-id", "seats", "--name", "Seats", "--type", "meterd"),  # not a choice
        ("check", "--customer-id", "cus_1", "--fetaure-id", "m"),
        ("licenses",),  # a namespace without its operation
        ("--api-version", "2.2", "check"),
        ("--api-version", "2.1", "licenses", "list", "--customer-id", "cus_1"),  # 2.3 only
        # Refused by the SDK before any I/O: an unknown key in a nested argument.
        ("billing", "attach", "--customer-id", "c", "--plan-id", "p", "--feature-quantities", '[{"quantiy": 3}]'),
    ],
)
def test_bad_usage_exits_2_before_any_request(server: LoopbackServer, args: tuple[str, ...]) -> None:
    res = run("--server-url", server.url, *args)
    assert res.returncode == 2, res.stderr
    assert res.stdout == "" and server.requests == []


def test_a_missing_secret_key_exits_2_naming_it(server: LoopbackServer) -> None:
    res = run("--server-url", server.url, "check", "--customer-id", "c", "--feature-id", "m", secret_key=None)
    assert res.returncode == 2 and "AUTUMN_SECRET_KEY" in res.stderr
    assert server.requests == []


def test_help_comes_from_the_document() -> None:
    res = run("customers", "get-or-create", "--help", secret_key=None)
    assert res.returncode == 0
    assert "Creates a customer if they do not exist" in res.stdout  # the operation's description
    assert "--feature-quantities" not in res.stdout and "--customer-id" in res.stdout
    top = run("--help", secret_key=None)
    assert "get-or-create" in top.stdout and "batch-track" in top.stdout
    old = run("--api-version", "2.1", "--help", secret_key=None)
    assert "licenses" not in old.stdout and "batch-track" not in old.stdout


def _commands(version: str) -> list[list[str]]:
    from autumn_sdk._cli import _table

    commands, _ = _table(version)
    return [[c.command] if c.namespace is None else [c.namespace, c.command] for c in commands]


@pytest.mark.parametrize("version", ["2.3", "2.1"])
def test_every_operation_is_a_command_with_help(version: str, capsys: pytest.CaptureFixture[str]) -> None:
    from autumn_sdk import _cli
    from autumn_sdk._generated.versions import VERSIONS

    commands = _commands(version)
    assert len(commands) == {"2.3": 67, "2.1": 34}[version] and VERSIONS[version]
    for words in commands:
        with pytest.raises(SystemExit) as exited:
            _cli.main(["--api-version", version, *words, "--help"])
        assert exited.value.code == 0
        assert "usage: python -m autumn_sdk" in capsys.readouterr().out
