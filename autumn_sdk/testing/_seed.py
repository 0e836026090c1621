"""Seeds: a mapping (or a JSON/YAML file) of features, plans and customers, loaded all-or-nothing.

Features and plans take the API's create bodies (``feature_id``/``plan_id``, ``included``,
``reset``, ``price``, ``add_on``, ``auto_enable``, ``group``) or this emulator's older keys (``id``,
``included_usage``, ``interval``, ``usage_limit``, ``is_add_on``). A customer is ``{id, plans,
entities, name, email, metadata, payment_method}``; its plans attach without checkout, and
``payment_method: true`` puts a card on file.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from ._catalog import feature_from, plan_from
from ._provision import provision
from ._store import ApiError, SeedError, Store

DEMO_SEED: dict[str, Any] = {
    "features": [
        {"id": "messages", "name": "Messages", "type": "metered", "consumable": True, "event_names": ["chat"]},
        {"id": "sso", "name": "SSO", "type": "boolean"},
    ],
    "plans": [
        {
            "id": "pro",
            "name": "Pro",
            "items": [{"feature_id": "messages", "included_usage": 100, "interval": "month"}, {"feature_id": "sso"}],
        }
    ],
    "customers": [{"id": "cus_123", "plans": ["pro"]}],
}


def load_seed(seed: Mapping[str, Any] | str | os.PathLike[str] | None) -> Mapping[str, Any]:
    """A seed as a mapping: given as one, or read from a .json/.yaml/.yml file."""
    if seed is None:
        return DEMO_SEED
    if isinstance(seed, Mapping):
        return seed
    path = Path(seed)
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        data = json.loads(text)
    else:
        import yaml

        data = yaml.safe_load(text)
    if data is None:
        data = {}
    if not isinstance(data, Mapping):
        raise ValueError(f"{path}: a seed is a mapping with features, plans and customers")
    return data


def apply_seed(store: Store, seed: Mapping[str, Any]) -> None:
    if not isinstance(seed, Mapping):
        raise SeedError("the seed must be a mapping with features, plans and customers")
    unknown = set(seed) - {"features", "plans", "customers"}
    if unknown:
        raise SeedError(f"unknown seed keys {sorted(unknown)}: a seed has features, plans and customers")
    try:
        with store.transaction():
            # Credit systems refer to metered features: load those first, whatever the seed's order.
            raw_features = sorted(seed.get("features") or [], key=lambda f: f.get("type") == "credit_system")
            for raw in raw_features:
                feature = feature_from(store, raw)
                store.features[feature.id] = feature
            for raw in seed.get("plans") or []:
                plan = plan_from(store, raw)
                store.plans[plan.id] = [plan]
            for raw in seed.get("customers") or []:
                add_customer(store, raw)
    except (ApiError, KeyError, TypeError, ValueError) as exc:
        message = exc.message if isinstance(exc, ApiError) else f"{type(exc).__name__}: {exc}"
        raise SeedError(message) from None


def add_customer(store: Store, raw: Mapping[str, Any]) -> None:
    """One seed customer, with its plans (attached as paid for) and entities; all-or-nothing."""
    from .resources.customers import create_customer
    from .resources.entities import add_entity

    customer_id = str(raw.get("id") or raw.get("customer_id") or "")
    if not customer_id:
        raise SeedError("a seed customer needs an id")
    with store.transaction():
        plans = list(raw.get("plans") or [])
        for plan_id in plans:
            if plan_id not in store.plans:
                raise SeedError(f"customer {customer_id!r}: unknown plan {plan_id!r}")
        profile = {k: raw[k] for k in ("name", "email", "fingerprint", "metadata") if k in raw}
        # A seed says which plans a customer is on; auto-enabled plans come only with no plans given.
        customer = create_customer(store, customer_id, profile, enable_defaults=not plans)
        for plan_id in plans:
            provision(store, customer, store.plan(plan_id), quantities=raw.get("quantities"))
        if raw.get("payment_method"):
            customer.payment_method = {"id": store.new_id("pm_local"), "type": "card", "card": {"brand": "visa", "last4": "4242"}}
        for entity in raw.get("entities") or []:
            if isinstance(entity, Mapping):
                add_entity(store, customer, str(entity["id"]), entity.get("feature_id"), entity.get("name"))
            else:
                add_entity(store, customer, str(entity), None, None)
