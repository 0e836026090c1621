"""Any request body openapi.yaml allows gets an answer, never a 500: a 200 that validates against the
operation's 200 schema, or an Autumn error body. Bodies come from the generated request schemas."""

from __future__ import annotations

import json
import os
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from autumn_sdk._generated.v2_1.requests import OPERATIONS, REQUEST_SCHEMAS, SCHEMAS
from autumn_sdk.testing import Clock, Store
from autumn_sdk.testing._app import EmulatorApp
from autumn_sdk.testing._seed import apply_seed
from tests.emulator.test_emulator_api import CATALOG
from tests.emulator_schemas import ERROR_BODY, response_validator

KNOWN = {
    "customer_id": ["cus_free", "cus_card", "cus_new"],
    "feature_id": ["messages", "seats", "sso"],
    "plan_id": ["free", "pro", "team", "boost", "topup"],
    "entity_id": ["seat_1", "seat_2"],
}
KEY = "am_sk_test_fuzz"
# make test: a few derandomized bodies per operation (the profile in conftest); make test-thorough: many.
EXAMPLES = settings.default.max_examples if os.environ.get("AUTUMN_HYPOTHESIS") == "thorough" else 8


def _json_schema(operation_id: str) -> dict[str, Any]:
    text = json.dumps({"$defs": SCHEMAS, **(REQUEST_SCHEMAS[operation_id] or {"type": "object"})})
    schema: dict[str, Any] = json.loads(text.replace('"$ref": "', '"$ref": "#/$defs/'))
    return schema


def _bodies(operation_id: str) -> st.SearchStrategy[dict[str, Any]]:
    """Valid bodies, with their ids mostly drawn from the seed's so that handlers get past the lookups."""

    def known_ids(body: Any, data: st.DataObject) -> Any:
        if isinstance(body, list):
            return [known_ids(item, data) for item in body]
        if isinstance(body, dict):
            for key, value in body.items():
                if key in KNOWN and isinstance(value, str) and data.draw(st.integers(0, 9)) > 0:
                    body[key] = data.draw(st.sampled_from(KNOWN[key]))
                else:
                    body[key] = known_ids(value, data)
        return body

    return st.builds(lambda body, data: known_ids(body, data), from_schema(_json_schema(operation_id)), st.data())


@pytest.mark.parametrize("path", sorted(OPERATIONS))
def test_any_valid_body_gets_a_valid_answer(path: str) -> None:
    operation_id = OPERATIONS[path][0]
    store = Store(Clock(start_ms=1_767_225_600_000))
    apply_seed(
        store, {**CATALOG, "customers": [*CATALOG["customers"], {"id": "cus_seats", "plans": ["pro"], "entities": ["seat_1"]}]}
    )
    app = EmulatorApp(store, KEY)
    scope = {
        "method": "POST",
        "path": path,
        "headers": [(b"authorization", f"Bearer {KEY}".encode()), (b"x-api-version", b"2.1")],
    }

    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(_bodies(operation_id))
    def answers(body: dict[str, Any]) -> None:
        status, payload = app.handle(scope, json.dumps(body).encode())
        answer = json.loads(payload)
        assert status != 500, answer
        if status == 200:
            errors = list(response_validator(path).iter_errors(answer))
            assert not errors, f"{errors[0].message} at {list(errors[0].absolute_path)}"
        else:
            jsonschema.validate(answer, ERROR_BODY)

    answers()
