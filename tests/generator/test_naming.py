"""How normalize names the shapes Autumn's 2.3 document brought: repeated titles, tuples, free-form parts."""

from __future__ import annotations

import warnings
from typing import Any

import pytest

from generator.normalize import NamingWarning, normalize
from tests.generator.test_generator import _document, _post

REF = "#/components/schemas/"


def _object(title: str | None = None, **properties: Any) -> dict[str, Any]:
    schema: dict[str, Any] = {"type": "object", "properties": properties}
    if title:
        schema["title"] = title
    return schema


def _normalized(document: dict[str, Any]) -> dict[str, Any]:
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # none of these cases is worth a warning
        return normalize(document)


def test_a_title_two_shapes_share_names_the_first_and_the_other_takes_its_derived_name() -> None:
    # Autumn 2.3 titles seven different plan items `PlanItem`.
    request_item = _object("PlanItem", feature_id={"type": "string"})
    answer_item = _object("PlanItem", feature_id={"type": "string"}, unlimited={"type": "boolean"})
    document = _document(
        {
            "/plans.create": _post(
                "createPlan",
                _object(items={"type": "array", "items": request_item}),
                _object("PlanView", items={"type": "array", "items": answer_item}),
            ),
            "/plans.copy": _post(
                "copyPlan", _object(source={"type": "string"}, items={"type": "array", "items": dict(request_item)}), _object()
            ),
        }
    )
    schemas = _normalized(document)["components"]["schemas"]
    assert schemas["CreatePlanParams"]["properties"]["items"]["items"] == {"$ref": f"{REF}PlanItem"}
    assert schemas["CopyPlanParams"]["properties"]["items"]["items"] == {"$ref": f"{REF}PlanItem"}  # same shape
    assert schemas["PlanView"]["properties"]["items"]["items"] == {"$ref": f"{REF}PlanViewItem"}
    # openapi-python-client names a class by its title: every component's title is its own name.
    assert schemas["PlanItem"]["title"] == "PlanItem"
    assert schemas["PlanViewItem"]["title"] == "PlanViewItem"
    assert set(schemas["PlanViewItem"]["properties"]) == {"feature_id", "unlimited"}


def test_a_derived_name_that_is_another_shapes_title_is_numbered_with_a_warning() -> None:
    # Plan.items[] derives `PlanItem`, which Autumn gave (only) to another shape: the title wins.
    document = _document(
        {
            "/plans.create": _post(
                "createPlan", _object(items={"type": "array", "items": _object("PlanItem", a={"type": "string"})}), _object()
            )
        },
        {"Plan": _object(items={"type": "array", "items": _object(b={"type": "number"})})},
    )
    with pytest.warns(NamingWarning, match=r"PlanItem is the title of another shape; using PlanItem2"):
        schemas = normalize(document)["components"]["schemas"]
    assert schemas["Plan"]["properties"]["items"]["items"] == {"$ref": f"{REF}PlanItem2"}
    assert set(schemas["PlanItem"]["properties"]) == {"a"}
    assert set(schemas["PlanItem2"]["properties"]) == {"b"}


def test_prefix_items_of_the_items_shape_are_one_class_and_are_dropped() -> None:
    phase = _object(starts_at={"anyOf": [{"type": "number"}, {"const": "now"}]})
    body = _object(phases={"type": "array", "prefixItems": [phase], "items": dict(phase)})
    schemas = _normalized(_document({"/schedule": _post("createSchedule", body, _object())}))["components"]["schemas"]
    assert schemas["CreateScheduleParams"]["properties"]["phases"] == {
        "type": "array",
        "items": {"$ref": f"{REF}CreateScheduleParamsPhase"},
    }


def test_prefix_items_of_other_shapes_are_hoisted_and_kept() -> None:
    first = _object(starts_at={"const": "now"})
    rest = _object(starts_at={"type": "number"})
    body = _object(phases={"type": "array", "prefixItems": [first], "items": rest})
    with pytest.warns(NamingWarning, match="CreateScheduleParamsPhase2"):
        schemas = normalize(_document({"/schedule": _post("createSchedule", body, _object())}))["components"]["schemas"]
    phases = schemas["CreateScheduleParams"]["properties"]["phases"]
    # `items` (every later phase) is named first; a different leading item is numbered, as any clash is.
    assert phases["items"] == {"$ref": f"{REF}CreateScheduleParamsPhase"}
    assert phases["prefixItems"] == [{"$ref": f"{REF}CreateScheduleParamsPhase2"}]
    assert schemas["CreateScheduleParamsPhase2"]["properties"]["starts_at"] == {"const": "now"}


def test_a_title_names_a_shape_that_refers_to_a_component_with_a_free_form_object() -> None:
    # Hoisting rewrites the component's free-form `metadata`; the title collected before must still apply.
    customer = _object(id={"type": "string"}, metadata={"type": "object", "additionalProperties": {}})
    answer = _object("ImportResult", customer={"$ref": f"{REF}Customer"}, flashed={"type": "boolean"})
    document = _document({"/billing.import": _post("import", None, answer)}, {"Customer": customer})
    normalized = _normalized(document)
    schema = normalized["paths"]["/billing.import"]["post"]["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema == {"$ref": f"{REF}ImportResult"}
    assert normalized["components"]["schemas"]["Customer"]["properties"]["metadata"] == {"x-sdk-free-form-object": True}


def test_a_recursive_shape_through_an_inline_titled_child_is_one_cycle_of_components() -> None:
    node = _object(
        name={"type": "string"},
        branches={"type": "array", "items": _object("Branch", node={"$ref": f"{REF}Node"}, weight={"type": "number"})},
    )
    document = _document({"/tree": _post("getTree", None, {"$ref": f"{REF}Node"})}, {"Node": node})
    schemas = _normalized(document)["components"]["schemas"]
    assert schemas["Node"]["properties"]["branches"]["items"] == {"$ref": f"{REF}Branch"}
    assert schemas["Branch"]["properties"]["node"] == {"$ref": f"{REF}Node"}
    assert schemas["Branch"]["title"] == "Branch"
