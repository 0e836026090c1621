# generated from openapi*.yaml — do not edit
"""autumn.plans (API 2.1): create, delete, get, list, update."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .... import _arguments as _args
from ...._operation import CallOptions as _CallOptions
from ...._operation import Endpoint, Route
from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import Sequence

    from ...._retries import RetryConfig
    from ...client import Autumn
    from .. import models

_VERSION = "v2_1"
CREATE_ENDPOINT: Endpoint[models.Plan] = Endpoint(
    Route("createPlan", "POST", "/v1/plans.create"),
    _models,
    "Plan",
)
DELETE_ENDPOINT: Endpoint[models.SuccessResponse] = Endpoint(
    Route("deletePlan", "POST", "/v1/plans.delete"),
    _models,
    "SuccessResponse",
)
GET_ENDPOINT: Endpoint[models.Plan] = Endpoint(
    Route("getPlan", "POST", "/v1/plans.get"),
    _models,
    "Plan",
)
LIST_ENDPOINT: Endpoint[models.ListPlansResponse] = Endpoint(
    Route("listPlans", "POST", "/v1/plans.list"),
    _models,
    "ListPlansResponse",
)
UPDATE_ENDPOINT: Endpoint[models.Plan] = Endpoint(
    Route("updatePlan", "POST", "/v1/plans.update"),
    _models,
    "Plan",
)
_CREATE_PRICE: dict[str, Any] = {"$ref": "PriceParams"}
_CREATE_ITEMS: dict[str, Any] = {"type": "array", "items": {"$ref": "PlanItem"}}
_CREATE_FREE_TRIAL: dict[str, Any] = {"$ref": "FreeTrialParams"}


_UPDATE_PRICE: dict[str, Any] = {"anyOf": [{"$ref": "PriceParams"}, {"type": "null"}]}
_UPDATE_ITEMS: dict[str, Any] = {"type": "array", "items": {"$ref": "PlanItem"}}
_UPDATE_FREE_TRIAL: dict[str, Any] = {"anyOf": [{"$ref": "FreeTrialParams"}, {"type": "null"}]}


def _create_request(
    plan_id: Any,
    name: Any,
    group: Any,
    description: Any,
    add_on: Any,
    auto_enable: Any,
    price: Any,
    items: Any,
    free_trial: Any,
    idempotency_key: Any,
) -> tuple[bytes | None, str | None]:
    """Check the arguments of create() and encode its request (before any I/O)."""
    _body: dict[str, Any] = {
        "plan_id": _args.text("plan_id", plan_id, 1),
        "name": _args.text("name", name, 1),
    }
    if group is not None:
        _body["group"] = group if type(group) is str else _args.text("group", group)
    if description is not UNSET:
        _body["description"] = (
            None
            if description is None
            else description
            if type(description) is str
            else _args.text("description", description)
        )
    if add_on is not None:
        _body["add_on"] = _args.boolean("add_on", add_on)
    if auto_enable is not None:
        _body["auto_enable"] = _args.boolean("auto_enable", auto_enable)
    if price is not None:
        _body["price"] = _args.structured("price", price, _CREATE_PRICE, _VERSION)
    if items is not None:
        _body["items"] = _args.structured("items", items, _CREATE_ITEMS, _VERSION)
    if free_trial is not None:
        _body["free_trial"] = _args.structured("free_trial", free_trial, _CREATE_FREE_TRIAL, _VERSION)
    if idempotency_key is not None:
        idempotency_key = _args.header_value("idempotency_key", idempotency_key)
    else:
        idempotency_key = _args.idempotency_key()
    return _args.encode_body(_body), idempotency_key


def _delete_request(
    plan_id: Any,
    all_versions: Any,
    idempotency_key: Any,
) -> tuple[bytes | None, str | None]:
    """Check the arguments of delete() and encode its request (before any I/O)."""
    _body: dict[str, Any] = {
        "plan_id": _args.text("plan_id", plan_id, 1),
    }
    if all_versions is not None:
        _body["all_versions"] = _args.boolean("all_versions", all_versions)
    if idempotency_key is not None:
        idempotency_key = _args.header_value("idempotency_key", idempotency_key)
    else:
        idempotency_key = _args.idempotency_key()
    return _args.encode_body(_body), idempotency_key


def _get_request(
    plan_id: Any,
    version: Any,
) -> tuple[bytes | None, str | None]:
    """Check the arguments of get() and encode its request (before any I/O)."""
    _body: dict[str, Any] = {
        "plan_id": _args.text("plan_id", plan_id, 1),
    }
    if version is not None:
        _body["version"] = _args.number("version", version)
    return _args.encode_body(_body), None


def _list_request(
    customer_id: Any,
    entity_id: Any,
    include_archived: Any,
) -> tuple[bytes | None, str | None]:
    """Check the arguments of list() and encode its request (before any I/O)."""
    _body: dict[str, Any] = {}
    if customer_id is not None:
        _body["customer_id"] = (
            customer_id if type(customer_id) is str else _args.text("customer_id", customer_id)
        )
    if entity_id is not None:
        _body["entity_id"] = entity_id if type(entity_id) is str else _args.text("entity_id", entity_id)
    if include_archived is not None:
        _body["include_archived"] = _args.boolean("include_archived", include_archived)
    return _args.encode_body(_body), None


def _update_request(
    plan_id: Any,
    group: Any,
    name: Any,
    description: Any,
    add_on: Any,
    auto_enable: Any,
    price: Any,
    items: Any,
    free_trial: Any,
    version: Any,
    archived: Any,
    new_plan_id: Any,
    idempotency_key: Any,
) -> tuple[bytes | None, str | None]:
    """Check the arguments of update() and encode its request (before any I/O)."""
    _body: dict[str, Any] = {
        "plan_id": _args.text("plan_id", plan_id, 1),
    }
    if group is not None:
        _body["group"] = group if type(group) is str else _args.text("group", group)
    if name is not None:
        _body["name"] = _args.text("name", name, 1)
    if description is not None:
        _body["description"] = (
            description if type(description) is str else _args.text("description", description)
        )
    if add_on is not None:
        _body["add_on"] = _args.boolean("add_on", add_on)
    if auto_enable is not None:
        _body["auto_enable"] = _args.boolean("auto_enable", auto_enable)
    if price is not UNSET:
        _body["price"] = None if price is None else _args.structured("price", price, _UPDATE_PRICE, _VERSION)
    if items is not None:
        _body["items"] = _args.structured("items", items, _UPDATE_ITEMS, _VERSION)
    if free_trial is not UNSET:
        _body["free_trial"] = (
            None
            if free_trial is None
            else _args.structured("free_trial", free_trial, _UPDATE_FREE_TRIAL, _VERSION)
        )
    if version is not None:
        _body["version"] = _args.number("version", version)
    if archived is not None:
        _body["archived"] = _args.boolean("archived", archived)
    if new_plan_id is not None:
        _body["new_plan_id"] = _args.text("new_plan_id", new_plan_id, 1)
    if idempotency_key is not None:
        idempotency_key = _args.header_value("idempotency_key", idempotency_key)
    else:
        idempotency_key = _args.idempotency_key()
    return _args.encode_body(_body), idempotency_key


class Plans:
    """The plans operations

    Reached as ``autumn.plans``; it sends through the client's runtime.
    """

    __slots__ = ("_client",)

    def __init__(self, client: Autumn) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<autumn.plans (API 2.1): create, delete, get, list, update>"

    def create(
        self,
        *,
        plan_id: str,
        name: str,
        group: str | None = None,
        description: str | None | Unset = UNSET,
        add_on: bool | None = None,
        auto_enable: bool | None = None,
        price: models.PriceParams | models.PriceParamsDict | None = None,
        items: Sequence[models.PlanItem | models.PlanItemDict] | None = None,
        free_trial: models.FreeTrialParams | models.FreeTrialParamsDict | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.Plan:
        """Create a plan

        Use this to programmatically create pricing plans. See [How plans
        work](/documentation/pricing/plans) for concepts.

        Args:
            plan_id: The ID of the plan to create.
            name: Display name of the plan.
            group: Group identifier for organizing related plans. Plans in the same group are mutually
                exclusive.
            description: Optional description of the plan. ``None`` sends null; leave it out to send nothing.
            add_on: If true, this plan can be attached alongside other plans. Otherwise, attaching replaces
                existing plans in the same group.
            auto_enable: If true, plan is automatically attached when a customer is created. Use for free tiers.
            price: Base recurring price for the plan. Omit for free or usage-only plans.
            items: Feature configurations for this plan. Each item defines included units, pricing, and reset
                behavior.
            free_trial: Free trial configuration. Customers can try this plan before being charged.
            idempotency_key: Makes the call safe to repeat: the API applies the first request with a
                key once. One is generated per call (reused by its retries) when none is given.
            retries: Overrides the client's retry configuration for this call.
            server_url: Overrides the client's server URL for this call.
            timeout_ms: Overrides the client's timeout for this call, in milliseconds.
            http_headers: Extra HTTP headers for this call.
            deadline_ms: Bounds the whole call, retries included, in milliseconds (default: the
                client's ``deadline_ms``, 3000 with ``fail_open``).

        Raises:
            TypeError, ValueError: an argument is missing or malformed (before any I/O).
            errors.AutumnDefaultError: the API answered with an error status.
            errors.AlreadyAppliedError: a request with this Idempotency-Key was applied before.
            errors.APIConnectionError: no answer came back (after retries).
            errors.ResponseValidationError: the answer does not match the schema.
        """
        _content, _key = _create_request(
            plan_id,
            name,
            group,
            description,
            add_on,
            auto_enable,
            price,
            items,
            free_trial,
            idempotency_key,
        )
        return self._client._request(
            CREATE_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    async def create_async(
        self,
        *,
        plan_id: str,
        name: str,
        group: str | None = None,
        description: str | None | Unset = UNSET,
        add_on: bool | None = None,
        auto_enable: bool | None = None,
        price: models.PriceParams | models.PriceParamsDict | None = None,
        items: Sequence[models.PlanItem | models.PlanItemDict] | None = None,
        free_trial: models.FreeTrialParams | models.FreeTrialParamsDict | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.Plan:
        """Create a plan (async)

        Use this to programmatically create pricing plans. See [How plans
        work](/documentation/pricing/plans) for concepts.

        Args:
            plan_id: The ID of the plan to create.
            name: Display name of the plan.
            group: Group identifier for organizing related plans. Plans in the same group are mutually
                exclusive.
            description: Optional description of the plan. ``None`` sends null; leave it out to send nothing.
            add_on: If true, this plan can be attached alongside other plans. Otherwise, attaching replaces
                existing plans in the same group.
            auto_enable: If true, plan is automatically attached when a customer is created. Use for free tiers.
            price: Base recurring price for the plan. Omit for free or usage-only plans.
            items: Feature configurations for this plan. Each item defines included units, pricing, and reset
                behavior.
            free_trial: Free trial configuration. Customers can try this plan before being charged.
            idempotency_key: Makes the call safe to repeat: the API applies the first request with a
                key once. One is generated per call (reused by its retries) when none is given.
            retries: Overrides the client's retry configuration for this call.
            server_url: Overrides the client's server URL for this call.
            timeout_ms: Overrides the client's timeout for this call, in milliseconds.
            http_headers: Extra HTTP headers for this call.
            deadline_ms: Bounds the whole call, retries included, in milliseconds (default: the
                client's ``deadline_ms``, 3000 with ``fail_open``).

        Raises:
            TypeError, ValueError: an argument is missing or malformed (before any I/O).
            errors.AutumnDefaultError: the API answered with an error status.
            errors.AlreadyAppliedError: a request with this Idempotency-Key was applied before.
            errors.APIConnectionError: no answer came back (after retries).
            errors.ResponseValidationError: the answer does not match the schema.
        """
        _content, _key = _create_request(
            plan_id,
            name,
            group,
            description,
            add_on,
            auto_enable,
            price,
            items,
            free_trial,
            idempotency_key,
        )
        return await self._client._request_async(
            CREATE_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    def delete(
        self,
        *,
        plan_id: str,
        all_versions: bool | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.SuccessResponse:
        """Delete a plan

        Use this to permanently remove a plan. Plans with active customers cannot be deleted - archive them
        instead.

        Args:
            plan_id: The ID of the plan to delete.
            all_versions: If true, deletes all versions of the plan. Otherwise, only deletes the latest version.
            idempotency_key: Makes the call safe to repeat: the API applies the first request with a
                key once. One is generated per call (reused by its retries) when none is given.
            retries: Overrides the client's retry configuration for this call.
            server_url: Overrides the client's server URL for this call.
            timeout_ms: Overrides the client's timeout for this call, in milliseconds.
            http_headers: Extra HTTP headers for this call.
            deadline_ms: Bounds the whole call, retries included, in milliseconds (default: the
                client's ``deadline_ms``, 3000 with ``fail_open``).

        Raises:
            TypeError, ValueError: an argument is missing or malformed (before any I/O).
            errors.AutumnDefaultError: the API answered with an error status.
            errors.AlreadyAppliedError: a request with this Idempotency-Key was applied before.
            errors.APIConnectionError: no answer came back (after retries).
            errors.ResponseValidationError: the answer does not match the schema.
        """
        _content, _key = _delete_request(
            plan_id,
            all_versions,
            idempotency_key,
        )
        return self._client._request(
            DELETE_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    async def delete_async(
        self,
        *,
        plan_id: str,
        all_versions: bool | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.SuccessResponse:
        """Delete a plan (async)

        Use this to permanently remove a plan. Plans with active customers cannot be deleted - archive them
        instead.

        Args:
            plan_id: The ID of the plan to delete.
            all_versions: If true, deletes all versions of the plan. Otherwise, only deletes the latest version.
            idempotency_key: Makes the call safe to repeat: the API applies the first request with a
                key once. One is generated per call (reused by its retries) when none is given.
            retries: Overrides the client's retry configuration for this call.
            server_url: Overrides the client's server URL for this call.
            timeout_ms: Overrides the client's timeout for this call, in milliseconds.
            http_headers: Extra HTTP headers for this call.
            deadline_ms: Bounds the whole call, retries included, in milliseconds (default: the
                client's ``deadline_ms``, 3000 with ``fail_open``).

        Raises:
            TypeError, ValueError: an argument is missing or malformed (before any I/O).
            errors.AutumnDefaultError: the API answered with an error status.
            errors.AlreadyAppliedError: a request with this Idempotency-Key was applied before.
            errors.APIConnectionError: no answer came back (after retries).
            errors.ResponseValidationError: the answer does not match the schema.
        """
        _content, _key = _delete_request(
            plan_id,
            all_versions,
            idempotency_key,
        )
        return await self._client._request_async(
            DELETE_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    def get(
        self,
        *,
        plan_id: str,
        version: float | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.Plan:
        """Get a plan

        Use this to fetch the full configuration of a specific plan, including its features and pricing.

        Args:
            plan_id: The ID of the plan to retrieve.
            version: The version of the plan to get. Defaults to the latest version.
            retries: Overrides the client's retry configuration for this call.
            server_url: Overrides the client's server URL for this call.
            timeout_ms: Overrides the client's timeout for this call, in milliseconds.
            http_headers: Extra HTTP headers for this call.
            deadline_ms: Bounds the whole call, retries included, in milliseconds (default: the
                client's ``deadline_ms``, 3000 with ``fail_open``).

        Raises:
            TypeError, ValueError: an argument is missing or malformed (before any I/O).
            errors.AutumnDefaultError: the API answered with an error status.
            errors.APIConnectionError: no answer came back (after retries).
            errors.ResponseValidationError: the answer does not match the schema.
        """
        _content, _key = _get_request(
            plan_id,
            version,
        )
        return self._client._request(
            GET_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    async def get_async(
        self,
        *,
        plan_id: str,
        version: float | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.Plan:
        """Get a plan (async)

        Use this to fetch the full configuration of a specific plan, including its features and pricing.

        Args:
            plan_id: The ID of the plan to retrieve.
            version: The version of the plan to get. Defaults to the latest version.
            retries: Overrides the client's retry configuration for this call.
            server_url: Overrides the client's server URL for this call.
            timeout_ms: Overrides the client's timeout for this call, in milliseconds.
            http_headers: Extra HTTP headers for this call.
            deadline_ms: Bounds the whole call, retries included, in milliseconds (default: the
                client's ``deadline_ms``, 3000 with ``fail_open``).

        Raises:
            TypeError, ValueError: an argument is missing or malformed (before any I/O).
            errors.AutumnDefaultError: the API answered with an error status.
            errors.APIConnectionError: no answer came back (after retries).
            errors.ResponseValidationError: the answer does not match the schema.
        """
        _content, _key = _get_request(
            plan_id,
            version,
        )
        return await self._client._request_async(
            GET_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    def list(
        self,
        *,
        customer_id: str | None = None,
        entity_id: str | None = None,
        include_archived: bool | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.ListPlansResponse:
        """List all plans

        Use this to retrieve all plans for displaying pricing pages or managing plan configurations.

        Args:
            customer_id: Customer ID to include eligibility info (trial availability, attach scenario).
            entity_id: Entity ID for entity-scoped plans.
            include_archived: If true, includes archived plans in the response.
            retries: Overrides the client's retry configuration for this call.
            server_url: Overrides the client's server URL for this call.
            timeout_ms: Overrides the client's timeout for this call, in milliseconds.
            http_headers: Extra HTTP headers for this call.
            deadline_ms: Bounds the whole call, retries included, in milliseconds (default: the
                client's ``deadline_ms``, 3000 with ``fail_open``).

        Raises:
            TypeError, ValueError: an argument is missing or malformed (before any I/O).
            errors.AutumnDefaultError: the API answered with an error status.
            errors.APIConnectionError: no answer came back (after retries).
            errors.ResponseValidationError: the answer does not match the schema.
        """
        _content, _key = _list_request(
            customer_id,
            entity_id,
            include_archived,
        )
        return self._client._request(
            LIST_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    async def list_async(
        self,
        *,
        customer_id: str | None = None,
        entity_id: str | None = None,
        include_archived: bool | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.ListPlansResponse:
        """List all plans (async)

        Use this to retrieve all plans for displaying pricing pages or managing plan configurations.

        Args:
            customer_id: Customer ID to include eligibility info (trial availability, attach scenario).
            entity_id: Entity ID for entity-scoped plans.
            include_archived: If true, includes archived plans in the response.
            retries: Overrides the client's retry configuration for this call.
            server_url: Overrides the client's server URL for this call.
            timeout_ms: Overrides the client's timeout for this call, in milliseconds.
            http_headers: Extra HTTP headers for this call.
            deadline_ms: Bounds the whole call, retries included, in milliseconds (default: the
                client's ``deadline_ms``, 3000 with ``fail_open``).

        Raises:
            TypeError, ValueError: an argument is missing or malformed (before any I/O).
            errors.AutumnDefaultError: the API answered with an error status.
            errors.APIConnectionError: no answer came back (after retries).
            errors.ResponseValidationError: the answer does not match the schema.
        """
        _content, _key = _list_request(
            customer_id,
            entity_id,
            include_archived,
        )
        return await self._client._request_async(
            LIST_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    def update(
        self,
        *,
        plan_id: str,
        group: str | None = None,
        name: str | None = None,
        description: str | None = None,
        add_on: bool | None = None,
        auto_enable: bool | None = None,
        price: models.PriceParams | models.PriceParamsDict | None | Unset = UNSET,
        items: Sequence[models.PlanItem | models.PlanItemDict] | None = None,
        free_trial: models.FreeTrialParams | models.FreeTrialParamsDict | None | Unset = UNSET,
        version: float | None = None,
        archived: bool | None = None,
        new_plan_id: str | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.Plan:
        """Update a plan

        Use this to modify plan properties, pricing, or feature configurations. See [Adding features to
        plans](/documentation/pricing/plan-features) for item configuration.

        Args:
            plan_id: The ID of the plan to update.
            group: Group identifier for organizing related plans. Plans in the same group are mutually
                exclusive.
            name: Display name of the plan.
            description: (undocumented)
            add_on: Whether the plan is an add-on.
            auto_enable: Whether the plan is automatically enabled.
            price: The price of the plan. Set to null to remove the base price. ``None`` sends null; leave it out to send nothing.
            items: Feature configurations for this plan. Each item defines included units, pricing, and reset
                behavior.
            free_trial: The free trial of the plan. Set to null to remove the free trial. ``None`` sends null; leave it out to send nothing.
            version: (undocumented)
            archived: (undocumented)
            new_plan_id: The new ID to use for the plan. Can only be updated if the plan has not been used by any
                customers.
            idempotency_key: Makes the call safe to repeat: the API applies the first request with a
                key once. One is generated per call (reused by its retries) when none is given.
            retries: Overrides the client's retry configuration for this call.
            server_url: Overrides the client's server URL for this call.
            timeout_ms: Overrides the client's timeout for this call, in milliseconds.
            http_headers: Extra HTTP headers for this call.
            deadline_ms: Bounds the whole call, retries included, in milliseconds (default: the
                client's ``deadline_ms``, 3000 with ``fail_open``).

        Raises:
            TypeError, ValueError: an argument is missing or malformed (before any I/O).
            errors.AutumnDefaultError: the API answered with an error status.
            errors.AlreadyAppliedError: a request with this Idempotency-Key was applied before.
            errors.APIConnectionError: no answer came back (after retries).
            errors.ResponseValidationError: the answer does not match the schema.
        """
        _content, _key = _update_request(
            plan_id,
            group,
            name,
            description,
            add_on,
            auto_enable,
            price,
            items,
            free_trial,
            version,
            archived,
            new_plan_id,
            idempotency_key,
        )
        return self._client._request(
            UPDATE_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    async def update_async(
        self,
        *,
        plan_id: str,
        group: str | None = None,
        name: str | None = None,
        description: str | None = None,
        add_on: bool | None = None,
        auto_enable: bool | None = None,
        price: models.PriceParams | models.PriceParamsDict | None | Unset = UNSET,
        items: Sequence[models.PlanItem | models.PlanItemDict] | None = None,
        free_trial: models.FreeTrialParams | models.FreeTrialParamsDict | None | Unset = UNSET,
        version: float | None = None,
        archived: bool | None = None,
        new_plan_id: str | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.Plan:
        """Update a plan (async)

        Use this to modify plan properties, pricing, or feature configurations. See [Adding features to
        plans](/documentation/pricing/plan-features) for item configuration.

        Args:
            plan_id: The ID of the plan to update.
            group: Group identifier for organizing related plans. Plans in the same group are mutually
                exclusive.
            name: Display name of the plan.
            description: (undocumented)
            add_on: Whether the plan is an add-on.
            auto_enable: Whether the plan is automatically enabled.
            price: The price of the plan. Set to null to remove the base price. ``None`` sends null; leave it out to send nothing.
            items: Feature configurations for this plan. Each item defines included units, pricing, and reset
                behavior.
            free_trial: The free trial of the plan. Set to null to remove the free trial. ``None`` sends null; leave it out to send nothing.
            version: (undocumented)
            archived: (undocumented)
            new_plan_id: The new ID to use for the plan. Can only be updated if the plan has not been used by any
                customers.
            idempotency_key: Makes the call safe to repeat: the API applies the first request with a
                key once. One is generated per call (reused by its retries) when none is given.
            retries: Overrides the client's retry configuration for this call.
            server_url: Overrides the client's server URL for this call.
            timeout_ms: Overrides the client's timeout for this call, in milliseconds.
            http_headers: Extra HTTP headers for this call.
            deadline_ms: Bounds the whole call, retries included, in milliseconds (default: the
                client's ``deadline_ms``, 3000 with ``fail_open``).

        Raises:
            TypeError, ValueError: an argument is missing or malformed (before any I/O).
            errors.AutumnDefaultError: the API answered with an error status.
            errors.AlreadyAppliedError: a request with this Idempotency-Key was applied before.
            errors.APIConnectionError: no answer came back (after retries).
            errors.ResponseValidationError: the answer does not match the schema.
        """
        _content, _key = _update_request(
            plan_id,
            group,
            name,
            description,
            add_on,
            auto_enable,
            price,
            items,
            free_trial,
            version,
            archived,
            new_plan_id,
            idempotency_key,
        )
        return await self._client._request_async(
            UPDATE_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )
