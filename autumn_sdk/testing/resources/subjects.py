"""API 2.3's customers.get (a customer, never created) and entities.update (an entity's billing controls)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import _sidecar
from .._provision import load_customer
from .._render import customer_json, entity_json
from .._render_2_3 import customer_23, entity_23
from .._store import ApiError, Customer, Entity, Store
from .._versions import handles_in


@handles_in("2.3", "getCustomer")
def get_customer(store: Store, params: Mapping[str, Any]) -> dict[str, Any]:
    customer = load_customer(store, params["customer_id"])
    expand = params.get("expand") or ()
    return customer_23(store, customer, customer_json(store, customer, expand), expand)


def find_entity(store: Store, params: Mapping[str, Any]) -> tuple[Customer, Entity]:
    """The entity named by ``entity_id``, of ``customer_id`` when given (else of whoever has it)."""
    entity_id = params["entity_id"]
    owners = (
        [params["customer_id"]]
        if "customer_id" in params
        else [c for c in store.customers if entity_id in store.customers[c].entities]
    )
    for owner in owners:
        customer = load_customer(store, owner)
        if entity_id in customer.entities:
            return customer, customer.entities[entity_id]
    where = f" for customer {params['customer_id']}" if "customer_id" in params else ""
    raise ApiError(404, "entity_not_found", f"Entity {entity_id} not found{where}")


@handles_in("2.3", "updateEntity")
def update_entity(store: Store, params: Mapping[str, Any]) -> dict[str, Any]:
    customer, entity = find_entity(store, params)
    if "billing_controls" in params:
        _sidecar.of(store).entity_controls[(customer.id, entity.id)] = dict(params["billing_controls"] or {})
    return entity_23(store, customer, entity_json(store, customer, entity))
