"""A spec change regenerates into working SDK code: a new body property, a new operation.

Each test edits openapi.yaml in a temporary copy of the repository, runs the generator there, and
drives the regenerated package in a fresh interpreter over a real loopback server.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import ROOT
from tests.loopback import SECRET_KEY, LoopbackServer, Reply, balance


def _copy_repository(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    repo.mkdir()
    for name in ("openapi.yaml", "openapi-2.1.yaml", "pyproject.toml"):
        shutil.copy(ROOT / name, repo / name)
    for name in ("generator", "templates", "autumn_sdk", "docs"):
        shutil.copytree(ROOT / name, repo / name, ignore=shutil.ignore_patterns("__pycache__"))
    return repo


def _edit_spec(repo: Path, edit: Any) -> None:
    """Change the 2.1 document as a newer one from Autumn would (2.3 already has these changes)."""
    path = repo / "openapi-2.1.yaml"
    spec = yaml.safe_load(path.read_text(encoding="utf-8"))
    edit(spec)
    path.write_text(yaml.safe_dump(spec, sort_keys=False), encoding="utf-8")


def _run(repo: Path, *args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        cwd=repo,
        env={**os.environ, "PYTHONPATH": str(repo), **env},
        capture_output=True,
        text=True,
        timeout=300,
    )


def _generate(repo: Path) -> None:
    result = _run(repo, "-m", "generator")
    assert result.returncode == 0, result.stderr
    check = _run(repo, "-m", "generator", "--check")
    assert check.returncode == 0, check.stdout[-2000:]


def _drive(repo: Path, server: LoopbackServer, code: str) -> Any:
    script = textwrap.dedent(code)
    result = _run(repo, "-c", script, SERVER_URL=server.url, SECRET_KEY=SECRET_KEY)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.mark.slow
def test_new_optional_property_becomes_a_keyword_argument_sent_on_the_wire(tmp_path: Path, server: LoopbackServer) -> None:
    repo = _copy_repository(tmp_path)

    def add_property(spec: dict[str, Any]) -> None:
        body = spec["paths"]["/v1/balances.track"]["post"]["requestBody"]["content"]["application/json"]["schema"]
        body["properties"]["timestamp"] = {
            "type": "number",
            "description": "When the usage happened, in epoch milliseconds.",
        }

    _edit_spec(repo, add_property)
    _generate(repo)
    assert "timestamp" in (repo / "docs" / "2.1" / "sdks" / "autumn" / "README.md").read_text(encoding="utf-8")
    # The emulator validates requests against the same generated table, so it accepts the new field too.
    assert '"timestamp": {"type": "number"}' in (repo / "autumn_sdk" / "_generated" / "v2_1" / "requests.py").read_text(
        encoding="utf-8"
    )
    out = _drive(
        repo,
        server,
        """
        import asyncio, inspect, json, os
        from autumn_sdk import Autumn
        with Autumn(x_api_version="2.1", secret_key=os.environ["SECRET_KEY"], server_url=os.environ["SERVER_URL"]) as autumn:
            autumn.track(customer_id="c", feature_id="messages", timestamp=1700000000000)
            asyncio.run(autumn.track_async(customer_id="c", feature_id="messages", timestamp=5))
            try:
                autumn.track(customer_id="c", feature_id="messages", timestamp="yesterday")
            except TypeError as e:
                rejected = str(e)
        print(json.dumps({"params": list(inspect.signature(type(autumn).track).parameters), "rejected": rejected}))
        """,
    )
    assert "timestamp" in out["params"] and "timestamp" in out["rejected"]
    assert [r.json for r in server.requests] == [
        {"customer_id": "c", "feature_id": "messages", "timestamp": 1700000000000},
        {"customer_id": "c", "feature_id": "messages", "timestamp": 5},
    ]


@pytest.mark.slow
def test_new_operation_becomes_a_sync_and_async_method(tmp_path: Path, server: LoopbackServer) -> None:
    repo = _copy_repository(tmp_path)

    def add_operation(spec: dict[str, Any]) -> None:
        # Written as Autumn writes operations: inline schemas, a title on the body, a tag for the namespace.
        spec["paths"]["/v1/balances.finalize"] = {
            "post": {
                "operationId": "finalizeLock",
                "x-speakeasy-name-override": "finalize",
                "tags": ["balances"],
                "summary": "Confirms or releases a balance lock.",
                "description": "Confirms or releases a balance lock.",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "title": "FinalizeParams",
                                "required": ["customer_id", "lock_id"],
                                "properties": {
                                    "customer_id": {"type": "string", "description": "The ID of the customer."},
                                    "lock_id": {"type": "string", "description": "The lock to finalize."},
                                    "action": {"enum": ["confirm", "release"], "title": "FinalizeAction"},
                                },
                            }
                        }
                    },
                },
                "responses": {
                    "200": {
                        "description": "OK",
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "required": ["customer_id", "balance"],
                                    "properties": {
                                        "customer_id": {"type": "string"},
                                        "balance": {"anyOf": [{"$ref": "#/components/schemas/Balance"}, {"type": "null"}]},
                                    },
                                }
                            }
                        },
                    },
                },
            }
        }

    _edit_spec(repo, add_operation)
    _generate(repo)
    assert "## finalize" in (repo / "docs" / "2.1" / "sdks" / "balances" / "README.md").read_text(encoding="utf-8")
    assert (repo / "docs" / "2.1" / "models" / "finalizelockresponse.md").exists()
    server.enqueue(*[Reply(200, {"customer_id": "c", "balance": balance()}) for _ in range(2)])
    out = _drive(
        repo,
        server,
        """
        import asyncio, json, os
        from autumn_sdk import Autumn
        from autumn_sdk.models import v2_1 as models
        async def main(autumn):
            return await autumn.balances.finalize_async(customer_id="c", lock_id="lk_2", action="release")
        with Autumn(x_api_version="2.1", secret_key=os.environ["SECRET_KEY"], server_url=os.environ["SERVER_URL"]) as autumn:
            sync = autumn.balances.finalize(customer_id="c", lock_id="lk_1", action=models.FinalizeAction.CONFIRM)
            res = asyncio.run(main(autumn))
            try:
                autumn.balances.finalize(customer_id="c", lock_id="lk_3", action=1)
            except TypeError as e:
                rejected = str(e)
        types = [type(sync).__name__, type(res).__name__]
        print(json.dumps({"types": types, "remaining": res.balance.remaining, "rejected": rejected}))
        """,
    )
    assert out["types"] == ["FinalizeLockResponse", "FinalizeLockResponse"] and out["remaining"] == 72
    assert "action" in out["rejected"] and "confirm" in out["rejected"]
    assert [(r.path, r.json) for r in server.requests] == [
        ("/v1/balances.finalize", {"customer_id": "c", "lock_id": "lk_1", "action": "confirm"}),
        ("/v1/balances.finalize", {"customer_id": "c", "lock_id": "lk_2", "action": "release"}),
    ]
    assert all(r.headers.get("idempotency-key") for r in server.requests)
