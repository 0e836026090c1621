"""The generator refuses a spec it cannot serve, saying what and where."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import spec as spec_module
from tests.conftest import ROOT


def _load_edited(tmp_path: Path, edit: Callable[[dict[str, Any]], None]) -> spec_module.Api:
    document = yaml.safe_load((ROOT / "openapi.yaml").read_text(encoding="utf-8"))
    edit(document)
    path = tmp_path / "openapi.yaml"
    path.write_text(yaml.safe_dump(document), encoding="utf-8")
    return spec_module.load(path)


def _check(doc: dict[str, Any]) -> dict[str, Any]:
    op: dict[str, Any] = doc["paths"]["/v1/balances.check"]["post"]
    return op


@pytest.mark.parametrize(
    ("edit", "message"),
    [
        (lambda d: _check(d)["x-sdk-fail-open"].pop("allowed"), "lacks the response's required fields"),
        (lambda d: _check(d)["x-sdk-fail-open"].update(customer_id="$nobody"), "refers to $nobody"),
        (lambda d: _check(d).update({"x-sdk-idempotency-key": "sometimes"}), "x-sdk-idempotency-key"),
        (lambda d: d["components"]["schemas"]["TrackParams"].update({"x-sdk-require-one-of": ["feature_id", "nope"]}), "nope"),
        (
            lambda d: d["components"]["schemas"]["CheckParams"]["properties"].update(retries={"type": "integer"}),
            "per-call options",
        ),
        (
            lambda d: _check(d)["parameters"].append({"name": "page", "in": "query", "schema": {"type": "integer"}}),
            "header parameters",
        ),
    ],
    ids=[
        "fail-open-missing-field",
        "fail-open-unknown-argument",
        "idempotency-rule",
        "one-of-unknown",
        "reserved-name",
        "query-parameter",
    ],
)
def test_spec_errors_name_the_problem(tmp_path: Path, edit: Callable[[dict[str, Any]], None], message: str) -> None:
    with pytest.raises(spec_module.SpecError, match=message.replace("$", "[$]")):
        _load_edited(tmp_path, edit)


def test_the_checked_in_spec_loads() -> None:
    api = spec_module.load(ROOT / "openapi.yaml")
    assert [op.name for op in api.operations] == ["check", "track"]
    assert api.api_version == "2.1" and api.timeout_ms == 5000
    track = api.operations[1]
    assert track.idempotency_key == "always" and track.require_one_of == ("feature_id", "event_name")
