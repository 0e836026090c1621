"""What spec.py makes of the operations Autumn's 2.3 document brought (the view the SDK templates render).

Each test parses a small hand-made document with openapi-python-client, as ``make generate`` does,
and inspects the resulting ``Operation``s: no code is rendered here (tests/generator/test_constructs.py
generates and drives the result).
"""

from __future__ import annotations

import copy
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest

from generator import build, models, spec
from generator.errors import SpecError
from generator.normalize import NamingWarning
from tests.generator.test_generator import OK, SETTINGS, _document, _post, _repo


def _api(tmp_path: Path, document: dict[str, Any], actions: Sequence[dict[str, Any]] = ()) -> spec.Api:
    overlay = copy.deepcopy(SETTINGS)
    overlay["actions"].extend(actions)
    repo = _repo(tmp_path, document, overlay)
    normalized = build.load_document(repo)
    parsed = models.Parsed(repo, normalized)
    try:
        return spec.build(normalized, parsed.openapi)
    finally:
        parsed.close()


def _operation(api: spec.Api, operation_id: str) -> spec.Operation:
    return next(op for op in api.operations if op.operation_id == operation_id)


ITEM = {
    "type": "object",
    "properties": {"customer_id": {"type": "string"}, "async": {"type": "boolean"}},
    "required": ["customer_id"],
}


def test_a_method_or_namespace_named_like_a_python_keyword_gets_an_underscore(tmp_path: Path) -> None:
    body = {"type": "object", "properties": {"async": {"type": "boolean"}, "from": {"type": "string"}}}
    document = _document(
        {
            "/v1/billing.import": _post("import", body, OK, tags=["billing"], **{"x-speakeasy-name-override": "import"}),
            "/v1/global.list": _post("listGlobal", None, OK, tags=["global"], **{"x-speakeasy-name-override": "list"}),
        }
    )
    api = _api(tmp_path, document)
    imported = _operation(api, "import")
    assert (imported.namespace, imported.name) == ("billing", "import_")
    assert [(a.name, a.wire_name) for a in imported.arguments] == [("async_", "async"), ("from_", "from")]
    listed = _operation(api, "listGlobal")
    assert (listed.namespace, listed.name) == ("global_", "list")  # `list` is no keyword: it stays
    assert [ns.name for ns in api.namespaces] == ["billing", "global_"]


def test_an_object_body_without_properties_takes_no_arguments_and_is_still_sent(tmp_path: Path) -> None:
    # referral_programs.list: `{type: object}`, not required.
    op = _post("listPrograms", {"type": "object", "title": "ListProgramsParams"}, OK, tags=["referrals"])
    op["post"]["requestBody"]["required"] = False
    listed = _operation(_api(tmp_path, _document({"/v1/referral_programs.list": op})), "listPrograms")
    assert listed.has_body is True
    assert listed.arguments == ()
    assert listed.body_root is None
    assert listed.request_schema == {"type": "object"}


def test_a_top_level_array_body_is_one_required_request_argument(tmp_path: Path) -> None:
    body = {
        "type": "array",
        "minItems": 1,
        "maxItems": 1000,
        "items": ITEM,
        "title": "BatchTrackParams",
        "examples": [[{"customer_id": "c"}]],
    }
    batch = _operation(_api(tmp_path, _document({"/v1/balances.batch_track": _post("batchTrack", body, OK)})), "batchTrack")
    root = batch.body_root
    assert root is not None
    assert batch.arguments == (root,)
    assert (root.name, root.wire_name, root.location, root.required, root.kind) == (
        "request",
        "",
        "body_root",
        True,
        "structured",
    )
    assert root.annotation == "Sequence[models.BatchTrackParam | models.BatchTrackParamDict]"
    assert root.schema == {"type": "array", "minItems": 1, "maxItems": 1000, "items": {"$ref": "BatchTrackParam"}}
    assert batch.request_schema == root.schema
    assert batch.body_arguments == ()  # no object properties to collect
    assert batch.has_body is True and batch.has_request_parts is False
    assert batch.example == {"": [{"customer_id": "c"}]}


def test_a_body_that_is_neither_object_nor_array_is_refused(tmp_path: Path) -> None:
    with pytest.raises(SpecError, match=r"must be an object .* or an array") as caught:
        _api(tmp_path, _document({"/x": _post("x", {"type": "string"}, OK)}))
    assert caught.value.pointer == "#/paths/~1x/post/requestBody"


def test_a_tuple_body_property_is_checked_against_any_of_its_item_shapes(tmp_path: Path) -> None:
    first = {"type": "object", "properties": {"starts_at": {"const": "now"}}, "required": ["starts_at"]}
    rest = {"type": "object", "properties": {"starts_at": {"type": "number"}}, "required": ["starts_at"]}
    body = {"type": "object", "properties": {"phases": {"type": "array", "prefixItems": [first], "items": rest}}}
    with pytest.warns(NamingWarning, match="CreateScheduleParamsPhase2"):
        api = _api(tmp_path, _document({"/v1/schedule": _post("createSchedule", body, OK)}))
    schedule = _operation(api, "createSchedule")
    (phases,) = schedule.arguments
    assert phases.schema == {
        "type": "array",
        "items": {"anyOf": [{"$ref": "CreateScheduleParamsPhase2"}, {"$ref": "CreateScheduleParamsPhase"}]},
    }
    assert phases.annotation == (
        "Sequence[models.CreateScheduleParamsPhase2 | models.CreateScheduleParamsPhase2Dict"
        " | models.CreateScheduleParamsPhase | models.CreateScheduleParamsPhaseDict]"
    )


# -- x-sdk-pagination ----------------------------------------------------------------------------------

LIST_BODY = {
    "type": "object",
    "properties": {"limit": {"type": "number"}, "start_cursor": {"type": "string"}, "offset": {"type": "number"}},
}
LIST_ANSWER = {
    "type": "object",
    "properties": {
        "list": {"type": "array", "items": {"type": "object", "title": "Event", "properties": {"id": {"type": "string"}}}},
        "next_cursor": {"anyOf": [{"type": "string"}, {"type": "null"}]},
        "has_more": {"type": "boolean"},
        "total": {"type": "number"},
    },
    "required": ["list", "next_cursor"],
}
EVENTS = _document({"/v1/events.list": _post("listEvents", LIST_BODY, LIST_ANSWER, tags=["events"])})
TARGET = "$.paths['/v1/events.list'].post"
CURSOR = {"style": "cursor", "cursor": "start_cursor", "limit": "limit", "items": "list", "next_cursor": "next_cursor"}


def _paginated(tmp_path: Path, config: dict[str, Any]) -> spec.Operation:
    api = _api(tmp_path, copy.deepcopy(EVENTS), [{"target": TARGET, "update": {"x-sdk-pagination": config}}])
    return _operation(api, "listEvents")


def test_cursor_pagination(tmp_path: Path) -> None:
    # Names are the Python ones (openapi-python-client's `list_` for the answer's `list`).
    pagination = _paginated(tmp_path, CURSOR).pagination
    assert pagination == spec.Pagination(
        style="cursor", limit="limit", items="list_", item_model="Event", cursor="start_cursor", next_cursor="next_cursor"
    )
    assert pagination.position == "start_cursor"


def test_offset_pagination(tmp_path: Path) -> None:
    config = {"style": "offset", "offset": "offset", "limit": "limit", "items": "list", "has_more": "has_more"}
    pagination = _paginated(tmp_path, config).pagination
    assert pagination == spec.Pagination(
        style="offset", limit="limit", items="list_", item_model="Event", offset="offset", has_more="has_more"
    )
    assert pagination.position == "offset"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"style": "page"}, "only .*offset.* and .*cursor.* are supported"),
        ({"next_cursor": None}, "cursor pagination needs next_cursor"),
        ({"cursor": "after"}, "cursor: 'after' is not a request property"),
        ({"cursor": "limit"}, "cursor: 'limit' must be a string property"),
        ({"next_cursor": "cursor"}, "next_cursor: 'cursor' is not in the answer"),
        ({"next_cursor": "total"}, "next_cursor: 'total' must be a string"),
        ({"items": "total"}, "items: 'total' is not a list of objects"),
    ],
    ids=["style", "missing-key", "unknown-cursor", "cursor-not-string", "unknown-next", "next-not-string", "items"],
)
def test_bad_cursor_pagination_is_refused_with_a_pointer(tmp_path: Path, change: dict[str, Any], message: str) -> None:
    config = {k: v for k, v in {**CURSOR, **change}.items() if v is not None}
    with pytest.raises(SpecError, match=message) as caught:
        _paginated(tmp_path, config)
    assert caught.value.pointer == "#/paths/~1v1~1events.list/post/x-sdk-pagination"
