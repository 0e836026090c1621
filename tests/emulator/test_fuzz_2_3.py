"""At API 2.3, any request body the document allows gets an answer, never a 500: a 200 (202) that
validates against the operation's published schema, or an Autumn error body (501 for what the
emulator does not model). Bodies come from 2.3's generated request schemas."""

from __future__ import annotations

import json
import os
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from autumn_sdk._generated.v2_3.requests import OPERATIONS, REQUEST_SCHEMAS, SCHEMAS
from autumn_sdk.testing import Clock, Store
from autumn_sdk.testing._app import EmulatorApp
from autumn_sdk.testing._seed import apply_seed
from tests.emulator.test_api_2_3 import CATALOG, _validator_202, modelled
from tests.emulator_schemas import ERROR_BODY, response_validator

KNOWN = {
    "customer_id": ["cus_free", "cus_pro", "cus_new"],
    "feature_id": ["messages", "seats", "sso"],
    "plan_id": ["free", "pro", "boost", "topup"],
    "entity_id": ["seat_1", "seat_2"],
    "lock_id": ["l1", "l2"],
}
KEY = "am_sk_test_fuzz"
EXAMPLES = settings.default.max_examples if os.environ.get("AUTUMN_HYPOTHESIS") == "thorough" else 8


def _bodies(operation_id: str) -> st.SearchStrategy[Any]:
    text = json.dumps({"$defs": SCHEMAS, **(REQUEST_SCHEMAS[operation_id] or {"type": "object"})})
    schema = json.loads(text.replace('"$ref": "', '"$ref": "#/$defs/'))

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

    return st.builds(known_ids, from_schema(schema), st.data())


@pytest.mark.parametrize("path", sorted(modelled("2.3")))
def test_any_valid_2_3_body_gets_a_valid_answer(path: str) -> None:
    operation_id = OPERATIONS[path][0]
    store = Store(Clock(start_ms=1_767_225_600_000))
    apply_seed(store, CATALOG)
    app = EmulatorApp(store, KEY)
    scope = {"method": "POST", "path": path, "headers": [(b"authorization", f"Bearer {KEY}".encode())]}

    @settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None)
    @given(_bodies(operation_id))
    def answers(body: Any) -> None:
        status, payload = app.handle(scope, json.dumps(body).encode())
        answer = json.loads(payload)
        assert status != 500, answer
        if status in (200, 202):
            # batch_track answers 200 as the server does, in the body the document gives its 202.
            accepted = status == 202 or path == "/v1/balances.batch_track"
            validator = _validator_202(path) if accepted else response_validator(path, "2.3")
            problems = list(validator.iter_errors(answer))
            assert not problems, f"{problems[0].message} at {list(problems[0].absolute_path)}"
        else:
            jsonschema.validate(answer, ERROR_BODY)

    answers()
