"""The constructs Autumn's 2.3 document brought, generated from a small hand-made document and driven.

Repeated titles on different shapes, a tuple (``prefixItems``), a recursive shape through an inline
titled child, unions with ``const`` and ``null`` members, a method named like a Python keyword
(``billing.import``), a body property named ``async`` (a TypedDict that stays a call), a body that
is an object without properties, and a top-level array body. The generated package is imported and
called in a fresh interpreter over an in-memory transport, and type-checked with mypy --strict.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
import warnings
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ROOT
from tests.generator.test_generator import OK, _document, _generate, _post, _repo

REF = "#/components/schemas/"


def _object(title: str | None = None, required: tuple[str, ...] = (), **properties: Any) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "object", "properties": properties}
    if title:
        schema["title"] = title
    if required:
        schema["required"] = list(required)
    return schema


STRING, NUMBER, BOOLEAN = {"type": "string"}, {"type": "number"}, {"type": "boolean"}
LIMIT = {"anyOf": [NUMBER, {"const": "inf"}, {"type": "null"}]}
PHASE = _object(starts_at={"anyOf": [NUMBER, {"const": "now"}]}, required=("starts_at",))
LOCK = _object(lock_id=STRING, required=("lock_id",))
NODE = _object(
    name=STRING,
    branches={"type": "array", "items": _object("Branch", node={"$ref": f"{REF}Node"}, weight=NUMBER)},
    required=("name",),
)
LIST_PROGRAMS = _post("listReferralPrograms", {"type": "object", "title": "ListReferralProgramsParams"}, OK, tags=["referrals"])
LIST_PROGRAMS["post"]["requestBody"]["required"] = False
LIST_PROGRAMS["post"]["x-speakeasy-name-override"] = "listPrograms"
DOCUMENT = _document(
    {
        "/v1/plans.create": _post(
            "createPlan",
            _object(
                items={
                    "type": "array",
                    "items": _object("PlanItem", feature_id=STRING, included=NUMBER, required=("feature_id",)),
                },
                phases={"type": "array", "prefixItems": [PHASE], "items": PHASE},
                limit=LIMIT,
                note={"anyOf": [STRING, {"type": "null"}]},
                tree={"$ref": f"{REF}Node"},
                required=("items",),
            ),
            _object(
                "PlanView",
                id=STRING,
                items={"type": "array", "items": _object("PlanItem", feature_id=STRING, unlimited=BOOLEAN)},
                limit=LIMIT,
                tree={"$ref": f"{REF}Node"},
                required=("id", "items"),
            ),
            tags=["plans"],
            **{"x-speakeasy-name-override": "create"},
        ),
        "/v1/billing.import": _post(
            "import", _object(**{"async": BOOLEAN, "lock": LOCK}), OK, tags=["billing"], **{"x-speakeasy-name-override": "import"}
        ),
        "/v1/referral_programs.list": LIST_PROGRAMS,
        "/v1/balances.batch_track": _post(
            "batchTrack",
            {
                "type": "array",
                "minItems": 1,
                "items": _object(customer_id=STRING, **{"async": BOOLEAN, "lock": LOCK}, required=("customer_id",)),
            },
            OK,
            **{"x-speakeasy-name-override": "batchTrack"},
        ),
    },
    {"Node": NODE},
)

DRIVE = """
import asyncio, json, httpx
from autumn_sdk import Autumn, models

sent = []
def reply(request):
    sent.append({"method": request.method, "path": request.url.path, "key": bool(request.headers.get("idempotency-key")),
                 "type": request.headers.get("content-type"), "body": json.loads(request.content)})
    if request.url.path == "/v1/plans.create":
        return httpx.Response(200, json={"id": "p", "items": [{"feature_id": "f", "unlimited": True}], "limit": "inf",
                                         "tree": {"name": "r", "branches": [{"node": {"name": "c"}, "weight": 1}]}})
    return httpx.Response(200, json={"ok": True})

transport = httpx.MockTransport(reply)
autumn = Autumn(secret_key="sk", server_url="http://127.0.0.1:9", client=httpx.Client(transport=transport),
                async_client=httpx.AsyncClient(transport=transport))
plan = autumn.plans.create(items=[{"feature_id": "f", "included": 2}], phases=[{"starts_at": "now"}, {"starts_at": 5}],
                           limit=None, note=None, tree={"name": "r", "branches": [{"node": {"name": "c"}, "weight": 1}]})
imported = autumn.billing.import_(async_=True, lock={"lock_id": "l"})
autumn.referrals.list_programs()
autumn.batch_track(request=[{"customer_id": "c", "async": True}, models.BatchTrackParam(customer_id="d")])
asyncio.run(autumn.batch_track_async(request=({"customer_id": "e"},)))
errors = []
for bad in (lambda: autumn.batch_track(request=[]), lambda: autumn.batch_track(request=[{"async": True}]),
            lambda: autumn.batch_track(request={"customer_id": "c"}),
            lambda: autumn.plans.create(items=[], phases=[{"starts_at": "later"}])):
    try:
        bad()
    except (TypeError, ValueError) as exc:
        errors.append(str(exc))
print(json.dumps({
    "sent": sent, "errors": errors, "ok": imported.ok,
    "plan": [type(plan).__name__, type(plan.items[0]).__name__, plan.items[0].unlimited, plan.limit,
             type(plan.tree.branches[0]).__name__, plan.tree.branches[0].node.name],
    "typed_dict": [sorted(models.BatchTrackParamDict.__required_keys__), sorted(models.BatchTrackParamDict.__optional_keys__)],
}))
"""

# mypy --strict reads the generated signatures as a caller would: plain dicts where models are taken.
USE = """
from autumn_sdk import Autumn, models

def use() -> list[str]:
    autumn = Autumn(secret_key="am_sk_test_x")  # typed by the version it speaks: this document's
    autumn.billing.import_(async_=True, lock={"lock_id": "l"})
    autumn.referrals.list_programs()
    autumn.batch_track(request=[{"customer_id": "c", "async": True}, models.BatchTrackParam(customer_id="d")])
    item: models.BatchTrackParamDict = {"customer_id": "c", "async": False, "lock": {"lock_id": "l"}}
    plan = autumn.plans.create(items=[{"feature_id": "f"}], phases=[{"starts_at": "now"}], limit="inf")
    return [str(i.feature_id) for i in plan.items] + [item["customer_id"]]
"""


BAD = """from autumn_sdk import models

item: models.BatchTrackParamDict = {"customer": "c", "async": True}
"""


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The hand-made document's SDK: the runtime with its generated package, in a temporary repository."""
    tmp_path = tmp_path_factory.mktemp("constructs")
    repo = _repo(tmp_path, DOCUMENT)
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # no naming warning, no overlay warning: every name is chosen
        staging = _generate(repo)
    # Not the emulator nor the framework helpers: they are Autumn's, not this document's.
    runtime_only = shutil.ignore_patterns("__pycache__", "_generated", "testing", "integrations")
    shutil.copytree(ROOT / "autumn_sdk", repo / "autumn_sdk", ignore=runtime_only)
    shutil.copytree(staging / "autumn_sdk" / "_generated", repo / "autumn_sdk" / "_generated")
    shutil.copy(ROOT / "pyproject.toml", repo / "pyproject.toml")
    return repo


def _run(repo: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *args],
        cwd=repo,
        env={**os.environ, "PYTHONPATH": str(repo)},
        capture_output=True,
        text=True,
        timeout=300,
    )


@pytest.mark.slow
def test_the_constructs_generate_and_work_on_the_wire(generated: Path) -> None:
    result = _run(generated, "-c", textwrap.dedent(DRIVE))
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout.strip().splitlines()[-1])
    create, imported, programs, batch, batch_async = out["sent"]
    assert create == {
        "method": "POST",
        "path": "/v1/plans.create",
        "key": True,
        "type": "application/json",
        "body": {
            "items": [{"feature_id": "f", "included": 2}],
            "phases": [{"starts_at": "now"}, {"starts_at": 5}],
            "limit": None,
            "note": None,
            "tree": {"name": "r", "branches": [{"node": {"name": "c"}, "weight": 1}]},
        },
    }
    assert imported["path"] == "/v1/billing.import" and imported["body"] == {"async": True, "lock": {"lock_id": "l"}}
    assert programs["path"] == "/v1/referral_programs.list" and programs["body"] == {}
    assert batch["path"] == "/v1/balances.batch_track" and batch["key"] is True
    assert batch["body"] == [{"customer_id": "c", "async": True}, {"customer_id": "d"}]  # the JSON array itself
    assert batch_async["body"] == [{"customer_id": "e"}]
    assert out["ok"] is True
    # Both shapes Autumn would title PlanItem are classes: the answer's takes its derived name.
    assert out["plan"] == ["PlanView", "PlanViewItem", True, "inf", "Branch", "c"]
    # The array's item model is taken as an argument: its TypedDict twin has the key `async`.
    assert out["typed_dict"] == [["customer_id"], ["async", "lock"]]
    assert out["errors"][:3] == [
        "request: must have at least 1 item(s)",
        "request[0].customer_id: required, missing",
        "request: expected an array, not dict",
    ]
    # (The runtime lists a union's branches in set order, which varies from run to run.)
    union = out["errors"][3]
    assert union.startswith("phases[0].starts_at: expected ") and union.endswith(", not str ('later')")
    assert "'now'" in union and "a number" in union
    assert len(out["sent"]) == 5  # the bad calls sent nothing


@pytest.mark.slow
def test_the_generated_constructs_pass_mypy_strict(generated: Path) -> None:
    (generated / "use.py").write_text(textwrap.dedent(USE), encoding="utf-8")
    result = _run(generated, "-m", "mypy", "--cache-dir", str(generated / ".mypy_cache"), "autumn_sdk", "use.py")
    assert result.returncode == 0, result.stdout + result.stderr
    # And the TypedDict that stayed a call still checks its keys.
    (generated / "bad.py").write_text(BAD, encoding="utf-8")
    result = _run(generated, "-m", "mypy", "--cache-dir", str(generated / ".mypy_cache"), "bad.py")
    assert result.returncode == 1
    assert 'Extra key "customer" for TypedDict "BatchTrackParamDict"' in result.stdout
