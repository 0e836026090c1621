"""entities.create / get / delete.

An entity (a seat, a workspace) belongs to a customer and a feature. Creating one uses one unit of
that feature's balance, when the customer has one (a usage event, as Autumn sends), even past the
allowance unless the item has a usage limit (``createEntityForCusProduct`` on the server), and
gives it its own grant of every per-entity item of the customer's plans; deleting it gives the
unit back.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._ledger import adjust, feature_for_check
from .._provision import entity_of, grant_entity, load_customer
from .._registry import handles
from .._render import entity_json
from .._store import ApiError, Customer, Entity, Store
from .customers import create_customer
from .events import record_event


def add_entity(store: Store, customer: Customer, entity_id: str, feature_id: str | None, name: str | None) -> Entity:
    if entity_id in customer.entities:
        raise ApiError(409, "entity_already_exists", f"Customer {customer.id} already has an entity {entity_id}")
    if feature_id is not None:
        feature = store.feature(feature_id)
        _, _, seats = feature_for_check(store, customer, None, feature)
        if seats and feature.type == "metered":
            # createEntityForCusProduct: the seat is taken even past the allowance; only a usage
            # limit on the item refuses it.
            seat = seats[0]
            if seat.item.usage_limit is not None and seat.usage + 1 > seat.item.usage_limit:
                raise ApiError(
                    400, "feature_limit_reached", f"Customer {customer.id} has no {feature.id} left for another entity"
                )
            seat.usage += 1
            record_event(store, customer, feature.id, 1, None, None)
    entity = Entity(id=entity_id, name=name, feature_id=feature_id, created_at=store.now(), autumn_id=store.new_id("ent"))
    customer.entities[entity_id] = entity
    grant_entity(store, customer, entity)
    return entity


@handles("createEntity")
def create_entity(store: Store, params: Mapping[str, Any]) -> dict[str, Any]:
    if params["customer_id"] not in store.customers and "customer_data" in params:
        create_customer(store, params["customer_id"], params["customer_data"])
    customer = load_customer(store, params["customer_id"])
    entity = add_entity(store, customer, params["entity_id"], params["feature_id"], params.get("name"))
    return entity_json(store, customer, entity)


def _find(store: Store, params: Mapping[str, Any]) -> tuple[Customer, Entity]:
    entity_id = params["entity_id"]
    if "customer_id" in params:
        customer = load_customer(store, params["customer_id"])
        entity = entity_of(customer, entity_id)
        assert entity is not None
        return customer, entity
    for candidate in list(store.customers):
        customer = store.customers[candidate]
        if entity_id in customer.entities:
            customer = load_customer(store, candidate)
            return customer, customer.entities[entity_id]
    raise ApiError(404, "entity_not_found", f"Entity {entity_id} not found")


@handles("getEntity")
def get_entity(store: Store, params: Mapping[str, Any]) -> dict[str, Any]:
    customer, entity = _find(store, params)
    return entity_json(store, customer, entity)


@handles("deleteEntity")
def delete_entity(store: Store, params: Mapping[str, Any]) -> dict[str, Any]:
    customer, entity = _find(store, params)
    del customer.entities[entity.id]
    customer.subscriptions = [s for s in customer.subscriptions if s.entity_id != entity.id]
    if entity.feature_id is not None and entity.feature_id in store.features:
        _, _, seats = feature_for_check(store, customer, None, store.features[entity.feature_id])
        if seats and store.features[entity.feature_id].type == "metered":
            adjust(seats, -1)
            record_event(store, customer, entity.feature_id, -1, None, None)
    return {"success": True}
