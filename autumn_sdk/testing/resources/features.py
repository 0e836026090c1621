"""features.create / get / list / update / delete."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from typing import Any

from .._catalog import feature_from
from .._ledger import feature_json
from .._registry import handles
from .._store import ApiError, Store


@handles("createFeature")
def create_feature(store: Store, params: Mapping[str, Any]) -> dict[str, Any]:
    if params["feature_id"] in store.features:
        raise ApiError(409, "duplicate_feature_id", f"Feature {params['feature_id']} already exists")
    feature = feature_from(store, params)
    store.features[feature.id] = feature
    return feature_json(feature)


@handles("getFeature")
def get_feature(store: Store, params: Mapping[str, Any]) -> dict[str, Any]:
    return feature_json(store.feature(params["feature_id"]))


@handles("listFeatures")
def list_features(store: Store, params: Mapping[str, Any]) -> dict[str, Any]:
    return {"list": [feature_json(f) for f in store.features.values()]}


def _users(store: Store, feature_id: str) -> list[str]:
    """What refers to a feature: plans that grant it and credit systems that price it."""
    plans = [p.id for versions in store.plans.values() for p in versions if any(i.feature_id == feature_id for i in p.items)]
    systems = [f.id for f in store.features.values() if f.credit_cost(feature_id) is not None]
    return sorted(set(plans)) + systems


@handles("updateFeature")
def update_feature(store: Store, params: Mapping[str, Any]) -> dict[str, Any]:
    current = store.feature(params["feature_id"])
    new_id = params.get("new_feature_id") or current.id
    changes = {k: v for k, v in params.items() if k not in ("feature_id", "new_feature_id")}
    if "type" in changes and changes["type"] != current.type and _users(store, current.id):
        raise ApiError(
            400,
            "invalid_request",
            f"Feature {current.id} is used by {', '.join(_users(store, current.id))}: its type cannot change",
        )
    if new_id != current.id:
        if new_id in store.features:
            raise ApiError(409, "duplicate_feature_id", f"Feature {new_id} already exists")
        if _users(store, current.id):
            raise ApiError(
                400,
                "invalid_request",
                f"Feature {current.id} is used by {', '.join(_users(store, current.id))}: it cannot be renamed",
            )
    merged = {**feature_json(current), **changes}
    updated = feature_from(store, merged, feature_id=new_id)
    updated = dataclasses.replace(updated, archived=bool(merged.get("archived", False)))
    store.features = {(new_id if k == current.id else k): (updated if k == current.id else f) for k, f in store.features.items()}
    return feature_json(updated)


@handles("deleteFeature")
def delete_feature(store: Store, params: Mapping[str, Any]) -> dict[str, Any]:
    feature = store.feature(params["feature_id"])
    users = _users(store, feature.id)
    if users:
        raise ApiError(400, "invalid_request", f"Feature {feature.id} is used by {', '.join(users)}: archive it instead")
    del store.features[feature.id]
    return {"success": True}
