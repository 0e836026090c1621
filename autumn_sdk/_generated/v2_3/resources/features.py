# generated from openapi*.yaml — do not edit
"""autumn.features (API 2.3): create, delete, get, list, update."""

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
    from typing import Literal

    from ...._retries import RetryConfig
    from ...client import Autumn
    from .. import models

_VERSION = "v2_3"
CREATE_ENDPOINT: Endpoint[models.Feature] = Endpoint(
    Route("createFeature", "POST", "/v1/features.create"),
    _models,
    "Feature",
)
DELETE_ENDPOINT: Endpoint[models.SuccessResponse] = Endpoint(
    Route("deleteFeature", "POST", "/v1/features.delete"),
    _models,
    "SuccessResponse",
)
GET_ENDPOINT: Endpoint[models.Feature] = Endpoint(
    Route("getFeature", "POST", "/v1/features.get"),
    _models,
    "Feature",
)
LIST_ENDPOINT: Endpoint[models.ListFeaturesResponse] = Endpoint(
    Route("listFeatures", "POST", "/v1/features.list"),
    _models,
    "ListFeaturesResponse",
)
UPDATE_ENDPOINT: Endpoint[models.Feature] = Endpoint(
    Route("updateFeature", "POST", "/v1/features.update"),
    _models,
    "Feature",
)
_CREATE_TYPE_ = frozenset(["boolean", "metered", "credit_system", "ai_credit_system"])
_CREATE_DISPLAY: dict[str, Any] = {"$ref": "PlanItemDetailsFeatureDisplay"}
_CREATE_CREDIT_SCHEMA: dict[str, Any] = {"type": "array", "items": {"$ref": "CreditSchemaItem"}}
_CREATE_MODEL_MARKUPS: dict[str, Any] = {"anyOf": [{"$ref": "FeatureModelMarkups"}, {"type": "null"}]}
_CREATE_PROVIDER_MARKUPS: dict[str, Any] = {"anyOf": [{"$ref": "FeatureProviderMarkups"}, {"type": "null"}]}
_CREATE_EVENT_NAMES: dict[str, Any] = {"type": "array", "items": {"type": "string"}}


_UPDATE_TYPE_ = frozenset(["boolean", "metered", "credit_system", "ai_credit_system"])
_UPDATE_DISPLAY: dict[str, Any] = {"$ref": "PlanItemDetailsFeatureDisplay"}
_UPDATE_CREDIT_SCHEMA: dict[str, Any] = {"type": "array", "items": {"$ref": "CreditSchemaItem"}}
_UPDATE_MODEL_MARKUPS: dict[str, Any] = {"anyOf": [{"$ref": "FeatureModelMarkups"}, {"type": "null"}]}
_UPDATE_PROVIDER_MARKUPS: dict[str, Any] = {"anyOf": [{"$ref": "FeatureProviderMarkups"}, {"type": "null"}]}
_UPDATE_EVENT_NAMES: dict[str, Any] = {"type": "array", "items": {"type": "string"}}


def _create_request(
    name: Any,
    type_: Any,
    feature_id: Any,
    consumable: Any,
    display: Any,
    credit_schema: Any,
    model_markups: Any,
    default_markup: Any,
    provider_markups: Any,
    event_names: Any,
    idempotency_key: Any,
) -> tuple[bytes | None, str | None]:
    """Check the arguments of create() and encode its request (before any I/O)."""
    _body: dict[str, Any] = {
        "name": name if type(name) is str else _args.text("name", name),
        "type": _args.choice("type_", type_, _CREATE_TYPE_),
        "feature_id": feature_id if type(feature_id) is str else _args.text("feature_id", feature_id),
    }
    if consumable is not None:
        _body["consumable"] = _args.boolean("consumable", consumable)
    if display is not None:
        _body["display"] = _args.structured("display", display, _CREATE_DISPLAY, _VERSION)
    if credit_schema is not None:
        _body["credit_schema"] = _args.structured(
            "credit_schema", credit_schema, _CREATE_CREDIT_SCHEMA, _VERSION
        )
    if model_markups is not UNSET:
        _body["model_markups"] = (
            None
            if model_markups is None
            else _args.structured("model_markups", model_markups, _CREATE_MODEL_MARKUPS, _VERSION)
        )
    if default_markup is not None:
        _body["default_markup"] = _args.number("default_markup", default_markup)
    if provider_markups is not UNSET:
        _body["provider_markups"] = (
            None
            if provider_markups is None
            else _args.structured("provider_markups", provider_markups, _CREATE_PROVIDER_MARKUPS, _VERSION)
        )
    if event_names is not None:
        _body["event_names"] = _args.structured("event_names", event_names, _CREATE_EVENT_NAMES, _VERSION)
    if idempotency_key is not None:
        idempotency_key = _args.header_value("idempotency_key", idempotency_key)
    else:
        idempotency_key = _args.idempotency_key()
    return _args.encode_body(_body), idempotency_key


def _delete_request(
    feature_id: Any,
    idempotency_key: Any,
) -> tuple[bytes | None, str | None]:
    """Check the arguments of delete() and encode its request (before any I/O)."""
    _body: dict[str, Any] = {
        "feature_id": feature_id if type(feature_id) is str else _args.text("feature_id", feature_id),
    }
    if idempotency_key is not None:
        idempotency_key = _args.header_value("idempotency_key", idempotency_key)
    else:
        idempotency_key = _args.idempotency_key()
    return _args.encode_body(_body), idempotency_key


def _get_request(
    feature_id: Any,
) -> tuple[bytes | None, str | None]:
    """Check the arguments of get() and encode its request (before any I/O)."""
    _body: dict[str, Any] = {
        "feature_id": feature_id if type(feature_id) is str else _args.text("feature_id", feature_id),
    }
    return _args.encode_body(_body), None


def _list_request() -> tuple[bytes | None, str | None]:
    """Check the arguments of list() and encode its request (before any I/O)."""
    return None, None


def _update_request(
    feature_id: Any,
    name: Any,
    type_: Any,
    consumable: Any,
    display: Any,
    credit_schema: Any,
    model_markups: Any,
    default_markup: Any,
    provider_markups: Any,
    event_names: Any,
    archived: Any,
    new_feature_id: Any,
    idempotency_key: Any,
) -> tuple[bytes | None, str | None]:
    """Check the arguments of update() and encode its request (before any I/O)."""
    _body: dict[str, Any] = {
        "feature_id": feature_id if type(feature_id) is str else _args.text("feature_id", feature_id),
    }
    if name is not None:
        _body["name"] = _args.text("name", name, 1)
    if type_ is not None:
        _body["type"] = _args.choice("type_", type_, _UPDATE_TYPE_)
    if consumable is not None:
        _body["consumable"] = _args.boolean("consumable", consumable)
    if display is not None:
        _body["display"] = _args.structured("display", display, _UPDATE_DISPLAY, _VERSION)
    if credit_schema is not None:
        _body["credit_schema"] = _args.structured(
            "credit_schema", credit_schema, _UPDATE_CREDIT_SCHEMA, _VERSION
        )
    if model_markups is not UNSET:
        _body["model_markups"] = (
            None
            if model_markups is None
            else _args.structured("model_markups", model_markups, _UPDATE_MODEL_MARKUPS, _VERSION)
        )
    if default_markup is not None:
        _body["default_markup"] = _args.number("default_markup", default_markup)
    if provider_markups is not UNSET:
        _body["provider_markups"] = (
            None
            if provider_markups is None
            else _args.structured("provider_markups", provider_markups, _UPDATE_PROVIDER_MARKUPS, _VERSION)
        )
    if event_names is not None:
        _body["event_names"] = _args.structured("event_names", event_names, _UPDATE_EVENT_NAMES, _VERSION)
    if archived is not None:
        _body["archived"] = _args.boolean("archived", archived)
    if new_feature_id is not None:
        _body["new_feature_id"] = (
            new_feature_id if type(new_feature_id) is str else _args.text("new_feature_id", new_feature_id)
        )
    if idempotency_key is not None:
        idempotency_key = _args.header_value("idempotency_key", idempotency_key)
    else:
        idempotency_key = _args.idempotency_key()
    return _args.encode_body(_body), idempotency_key


class Features:
    """The features operations

    Reached as ``autumn.features``; it sends through the client's runtime.
    """

    __slots__ = ("_client",)

    def __init__(self, client: Autumn) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<autumn.features (API 2.3): create, delete, get, list, update>"

    def create(
        self,
        *,
        name: str,
        type_: Literal["boolean", "metered", "credit_system", "ai_credit_system"] | models.FeatureType,
        feature_id: str,
        consumable: bool | None = None,
        display: models.PlanItemDetailsFeatureDisplay
        | models.PlanItemDetailsFeatureDisplayDict
        | None = None,
        credit_schema: Sequence[models.CreditSchemaItem | models.CreditSchemaItemDict] | None = None,
        model_markups: Mapping[str, Any] | None | Unset = UNSET,
        default_markup: float | None = None,
        provider_markups: Mapping[str, Any] | None | Unset = UNSET,
        event_names: Sequence[str] | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.Feature:
        """Creates a new feature.

        Use this to programmatically create features for metering usage, managing access, or building credit
        systems.

        Args:
            name: The name of the feature.
            type_: Feature type: 'boolean' for on/off access, 'metered' for usage-tracked features,
                'credit_system' for unified credit pools, 'ai_credit_system' for model-based token
                pricing.
            feature_id: The ID of the feature to create.
            consumable: Whether this feature is consumable. A consumable feature is one that periodically resets
                and is consumed rather than allocated (like credits, API requests, etc.). Applicable only
                for 'metered' features.
            display: (undocumented)
            credit_schema: A schema that maps 'single_use' feature IDs to credit costs. For classic credit systems
                only — AI credit systems use model_markups instead.
            model_markups: Per-model markup overrides for AI credit systems. Maps model IDs to their markup
                configuration. ``None`` sends null; leave it out to send nothing.
            default_markup: Default percentage markup for this AI credit system. Used when no model or provider markup
                applies. Use -100 to make usage free.
            provider_markups: Per-provider default markup percentages for AI credit systems. Provider keys match the
                first segment of model_id. ``None`` sends null; leave it out to send nothing.
            event_names: (undocumented)
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
            name,
            type_,
            feature_id,
            consumable,
            display,
            credit_schema,
            model_markups,
            default_markup,
            provider_markups,
            event_names,
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
        name: str,
        type_: Literal["boolean", "metered", "credit_system", "ai_credit_system"] | models.FeatureType,
        feature_id: str,
        consumable: bool | None = None,
        display: models.PlanItemDetailsFeatureDisplay
        | models.PlanItemDetailsFeatureDisplayDict
        | None = None,
        credit_schema: Sequence[models.CreditSchemaItem | models.CreditSchemaItemDict] | None = None,
        model_markups: Mapping[str, Any] | None | Unset = UNSET,
        default_markup: float | None = None,
        provider_markups: Mapping[str, Any] | None | Unset = UNSET,
        event_names: Sequence[str] | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.Feature:
        """Creates a new feature. (async)

        Use this to programmatically create features for metering usage, managing access, or building credit
        systems.

        Args:
            name: The name of the feature.
            type_: Feature type: 'boolean' for on/off access, 'metered' for usage-tracked features,
                'credit_system' for unified credit pools, 'ai_credit_system' for model-based token
                pricing.
            feature_id: The ID of the feature to create.
            consumable: Whether this feature is consumable. A consumable feature is one that periodically resets
                and is consumed rather than allocated (like credits, API requests, etc.). Applicable only
                for 'metered' features.
            display: (undocumented)
            credit_schema: A schema that maps 'single_use' feature IDs to credit costs. For classic credit systems
                only — AI credit systems use model_markups instead.
            model_markups: Per-model markup overrides for AI credit systems. Maps model IDs to their markup
                configuration. ``None`` sends null; leave it out to send nothing.
            default_markup: Default percentage markup for this AI credit system. Used when no model or provider markup
                applies. Use -100 to make usage free.
            provider_markups: Per-provider default markup percentages for AI credit systems. Provider keys match the
                first segment of model_id. ``None`` sends null; leave it out to send nothing.
            event_names: (undocumented)
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
            name,
            type_,
            feature_id,
            consumable,
            display,
            credit_schema,
            model_markups,
            default_markup,
            provider_markups,
            event_names,
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
        feature_id: str,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.SuccessResponse:
        """Deletes a feature by its ID.

        Use this to permanently remove a feature. Note: features that are used in products cannot be deleted
        - archive them instead.

        Args:
            feature_id: The ID of the feature.
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
            feature_id,
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
        feature_id: str,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.SuccessResponse:
        """Deletes a feature by its ID. (async)

        Use this to permanently remove a feature. Note: features that are used in products cannot be deleted
        - archive them instead.

        Args:
            feature_id: The ID of the feature.
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
            feature_id,
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
        feature_id: str,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.Feature:
        """Retrieves a single feature by its ID.

        Use this when you need to fetch the details of a specific feature.

        Args:
            feature_id: The ID of the feature.
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
            feature_id,
        )
        return self._client._request(
            GET_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    async def get_async(
        self,
        *,
        feature_id: str,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.Feature:
        """Retrieves a single feature by its ID. (async)

        Use this when you need to fetch the details of a specific feature.

        Args:
            feature_id: The ID of the feature.
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
            feature_id,
        )
        return await self._client._request_async(
            GET_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    def list(
        self,
        *,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.ListFeaturesResponse:
        """Lists all features in the current environment.

        Use this to retrieve all features configured for your organization to display in dashboards or for
        feature management.

        Args:
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
        _content, _key = _list_request()
        return self._client._request(
            LIST_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    async def list_async(
        self,
        *,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.ListFeaturesResponse:
        """Lists all features in the current environment. (async)

        Use this to retrieve all features configured for your organization to display in dashboards or for
        feature management.

        Args:
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
        _content, _key = _list_request()
        return await self._client._request_async(
            LIST_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    def update(
        self,
        *,
        feature_id: str,
        name: str | None = None,
        type_: Literal["boolean", "metered", "credit_system", "ai_credit_system"]
        | models.FeatureType
        | None = None,
        consumable: bool | None = None,
        display: models.PlanItemDetailsFeatureDisplay
        | models.PlanItemDetailsFeatureDisplayDict
        | None = None,
        credit_schema: Sequence[models.CreditSchemaItem | models.CreditSchemaItemDict] | None = None,
        model_markups: Mapping[str, Any] | None | Unset = UNSET,
        default_markup: float | None = None,
        provider_markups: Mapping[str, Any] | None | Unset = UNSET,
        event_names: Sequence[str] | None = None,
        archived: bool | None = None,
        new_feature_id: str | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.Feature:
        """Updates an existing feature.

        Use this to modify feature properties like name, display settings, or to archive a feature.

        Args:
            feature_id: The ID of the feature to update.
            name: The name of the feature.
            type_: Feature type: 'boolean' for on/off access, 'metered' for usage-tracked features,
                'credit_system' for unified credit pools, 'ai_credit_system' for model-based token
                pricing.
            consumable: Whether this feature is consumable. A consumable feature is one that periodically resets
                and is consumed rather than allocated (like credits, API requests, etc.). Applicable only
                for 'metered' features.
            display: (undocumented)
            credit_schema: A schema that maps 'single_use' feature IDs to credit costs. For classic credit systems
                only — AI credit systems use model_markups instead.
            model_markups: Per-model markup overrides for AI credit systems. Maps model IDs to their markup
                configuration. ``None`` sends null; leave it out to send nothing.
            default_markup: Default percentage markup for this AI credit system. Used when no model or provider markup
                applies. Use -100 to make usage free.
            provider_markups: Per-provider default markup percentages for AI credit systems. Provider keys match the
                first segment of model_id. ``None`` sends null; leave it out to send nothing.
            event_names: (undocumented)
            archived: Whether the feature is archived. Archived features are hidden from the dashboard.
            new_feature_id: The new ID of the feature. Feature ID can only be updated if it's not being used by any
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
            feature_id,
            name,
            type_,
            consumable,
            display,
            credit_schema,
            model_markups,
            default_markup,
            provider_markups,
            event_names,
            archived,
            new_feature_id,
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
        feature_id: str,
        name: str | None = None,
        type_: Literal["boolean", "metered", "credit_system", "ai_credit_system"]
        | models.FeatureType
        | None = None,
        consumable: bool | None = None,
        display: models.PlanItemDetailsFeatureDisplay
        | models.PlanItemDetailsFeatureDisplayDict
        | None = None,
        credit_schema: Sequence[models.CreditSchemaItem | models.CreditSchemaItemDict] | None = None,
        model_markups: Mapping[str, Any] | None | Unset = UNSET,
        default_markup: float | None = None,
        provider_markups: Mapping[str, Any] | None | Unset = UNSET,
        event_names: Sequence[str] | None = None,
        archived: bool | None = None,
        new_feature_id: str | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.Feature:
        """Updates an existing feature. (async)

        Use this to modify feature properties like name, display settings, or to archive a feature.

        Args:
            feature_id: The ID of the feature to update.
            name: The name of the feature.
            type_: Feature type: 'boolean' for on/off access, 'metered' for usage-tracked features,
                'credit_system' for unified credit pools, 'ai_credit_system' for model-based token
                pricing.
            consumable: Whether this feature is consumable. A consumable feature is one that periodically resets
                and is consumed rather than allocated (like credits, API requests, etc.). Applicable only
                for 'metered' features.
            display: (undocumented)
            credit_schema: A schema that maps 'single_use' feature IDs to credit costs. For classic credit systems
                only — AI credit systems use model_markups instead.
            model_markups: Per-model markup overrides for AI credit systems. Maps model IDs to their markup
                configuration. ``None`` sends null; leave it out to send nothing.
            default_markup: Default percentage markup for this AI credit system. Used when no model or provider markup
                applies. Use -100 to make usage free.
            provider_markups: Per-provider default markup percentages for AI credit systems. Provider keys match the
                first segment of model_id. ``None`` sends null; leave it out to send nothing.
            event_names: (undocumented)
            archived: Whether the feature is archived. Archived features are hidden from the dashboard.
            new_feature_id: The new ID of the feature. Feature ID can only be updated if it's not being used by any
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
            feature_id,
            name,
            type_,
            consumable,
            display,
            credit_schema,
            model_markups,
            default_markup,
            provider_markups,
            event_names,
            archived,
            new_feature_id,
            idempotency_key,
        )
        return await self._client._request_async(
            UPDATE_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )
