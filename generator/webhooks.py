"""The events of the document's top-level ``webhooks:`` section, as models like any answer's.

Each event is ``{type, data}`` (``type`` a ``const``). Before the shapes are named (normalize), each
event's ``data`` becomes a component ``<OperationId>Data`` (``BalancesLimitReachedData``), so the
same pipeline as the operations' answers renders it. The events are listed under the document's
``x-sdk-webhook-events`` for the templates. An event's data is an answer: ``additionalProperties:
false`` is dropped, so a field the server sends and the document does not declare (the ``filter``
of ``balances.limit_reached``) is kept, as in every other model.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

from generator.errors import SpecError
from generator.normalize import _pascal

KEY = "x-sdk-webhook-events"
_COMPONENTS = "#/components/schemas/"


@dataclass(frozen=True)
class Event:
    type: str  # "balances.limit_reached"
    model: str  # the class of its data: "BalancesLimitReachedData"
    summary: str
    description: str


def lift(document: dict[str, Any]) -> dict[str, Any]:
    """A copy of ``document`` where each webhook's data is a component, the events listed under KEY."""
    hooks = document.get("webhooks")
    if not isinstance(hooks, dict) or not hooks:
        return document
    doc = copy.copy(document)
    components = copy.copy(doc.get("components") or {})
    schemas = dict(components.get("schemas") or {})
    events: list[dict[str, str]] = []
    for key, item in hooks.items():
        pointer = f"#/webhooks/{key}/post/requestBody/content/application~1json/schema"
        operation = (item or {}).get("post") or {}
        schema = _resolve(
            ((operation.get("requestBody") or {}).get("content") or {}).get("application/json", {}).get("schema"), schemas
        )
        properties = schema.get("properties") or {}
        const = (properties.get("type") or {}).get("const")
        data = properties.get("data")
        if not isinstance(const, str) or not isinstance(data, dict):
            raise SpecError(pointer, "a webhook must be an object {type: <const>, data: <object>}")
        ref = data.get("$ref")
        if isinstance(ref, str) and ref.startswith(_COMPONENTS):
            name = ref[len(_COMPONENTS) :]
            schemas[name] = _open(schemas.get(name, {}))
        else:
            name = _pascal(str(operation.get("operationId") or key)) + "Data"
            if name in schemas:
                raise SpecError(pointer, f"the event's data model {name} is already a component")
            schemas[name] = {**_open(data), "title": name}
        events.append(
            {
                "type": const,
                "model": name,
                "summary": " ".join(str(operation.get("summary", "")).split()),
                "description": " ".join(str(operation.get("description", "")).split()),
            }
        )
    components["schemas"] = schemas
    doc["components"] = components
    doc[KEY] = sorted(events, key=lambda e: e["type"])
    return doc


def events(document: dict[str, Any]) -> list[Event]:
    return [Event(**e) for e in document.get(KEY) or ()]


def _resolve(schema: Any, schemas: dict[str, Any]) -> dict[str, Any]:
    for _ in range(50):
        if not (isinstance(schema, dict) and isinstance(schema.get("$ref"), str)):
            break
        schema = schemas.get(schema["$ref"][len(_COMPONENTS) :], {})
    return schema if isinstance(schema, dict) else {}


def _open(schema: Any) -> Any:
    """The schema without ``additionalProperties: false`` (at any depth) and without examples."""
    if isinstance(schema, list):
        return [_open(s) for s in schema]
    if not isinstance(schema, dict):
        return schema
    return {
        k: _open(v)
        for k, v in schema.items()
        if not (k == "additionalProperties" and v is False) and k not in ("examples", "example")
    }
