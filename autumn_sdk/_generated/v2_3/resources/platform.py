# generated from openapi*.yaml — do not edit
"""autumn.platform (API 2.3): get_revenue_cat_keys, link_revenue_cat, sync_revenue_cat."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .... import _arguments as _args
from ...._operation import CallOptions as _CallOptions
from ...._operation import Endpoint, Route
from .. import models as _models

if TYPE_CHECKING:
    from collections.abc import Sequence
    from typing import Literal

    from ...._retries import RetryConfig
    from ...client import Autumn
    from .. import models

_VERSION = "v2_3"
GET_REVENUE_CAT_KEYS_ENDPOINT: Endpoint[models.GetRevenueCatKeysResponse] = Endpoint(
    Route("getRevenueCatKeys", "POST", "/v1/platform.get_revenuecat_keys"),
    _models,
    "GetRevenueCatKeysResponse",
)
LINK_REVENUE_CAT_ENDPOINT: Endpoint[models.LinkRevenueCatResponse] = Endpoint(
    Route("linkRevenueCat", "POST", "/v1/platform.link_revenuecat"),
    _models,
    "LinkRevenueCatResponse",
)
SYNC_REVENUE_CAT_ENDPOINT: Endpoint[models.SyncRevenueCatResponse] = Endpoint(
    Route("syncRevenueCat", "POST", "/v1/platform.sync_revenuecat"),
    _models,
    "SyncRevenueCatResponse",
)
_GET_REVENUE_CAT_KEYS_ENV = frozenset(["test", "sandbox", "live"])

_LINK_REVENUE_CAT_ENV = frozenset(["test", "live"])

_SYNC_REVENUE_CAT_ENV = frozenset(["test", "sandbox", "live"])
_SYNC_REVENUE_CAT_PRODUCT_IDS: dict[str, Any] = {"type": "array", "items": {"type": "string"}}


def _get_revenue_cat_keys_request(
    organization_slug: Any,
    env: Any,
) -> tuple[bytes | None, str | None]:
    """Check the arguments of get_revenue_cat_keys() and encode its request (before any I/O)."""
    _body: dict[str, Any] = {
        "organization_slug": _args.text("organization_slug", organization_slug, 1),
        "env": _args.choice("env", env, _GET_REVENUE_CAT_KEYS_ENV),
    }
    return _args.encode_body(_body), None


def _link_revenue_cat_request(
    organization_slug: Any,
    env: Any,
    project_name: Any,
    redirect_url: Any,
    idempotency_key: Any,
) -> tuple[bytes | None, str | None]:
    """Check the arguments of link_revenue_cat() and encode its request (before any I/O)."""
    _body: dict[str, Any] = {
        "organization_slug": _args.text("organization_slug", organization_slug, 1),
        "env": _args.choice("env", env, _LINK_REVENUE_CAT_ENV),
        "project_name": _args.text("project_name", project_name, 1),
        "redirect_url": redirect_url
        if type(redirect_url) is str
        else _args.text("redirect_url", redirect_url),
    }
    if idempotency_key is not None:
        idempotency_key = _args.header_value("idempotency_key", idempotency_key)
    else:
        idempotency_key = _args.idempotency_key()
    return _args.encode_body(_body), idempotency_key


def _sync_revenue_cat_request(
    organization_slug: Any,
    env: Any,
    product_ids: Any,
    idempotency_key: Any,
) -> tuple[bytes | None, str | None]:
    """Check the arguments of sync_revenue_cat() and encode its request (before any I/O)."""
    _body: dict[str, Any] = {
        "organization_slug": _args.text("organization_slug", organization_slug, 1),
        "env": _args.choice("env", env, _SYNC_REVENUE_CAT_ENV),
    }
    if product_ids is not None:
        _body["product_ids"] = _args.structured(
            "product_ids", product_ids, _SYNC_REVENUE_CAT_PRODUCT_IDS, _VERSION
        )
    if idempotency_key is not None:
        idempotency_key = _args.header_value("idempotency_key", idempotency_key)
    else:
        idempotency_key = _args.idempotency_key()
    return _args.encode_body(_body), idempotency_key


class Platform:
    """The platform operations

    Reached as ``autumn.platform``; it sends through the client's runtime.
    """

    __slots__ = ("_client",)

    def __init__(self, client: Autumn) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<autumn.platform (API 2.3): get_revenue_cat_keys, link_revenue_cat, sync_revenue_cat>"

    def get_revenue_cat_keys(
        self,
        *,
        organization_slug: str,
        env: Literal["test", "sandbox", "live"] | models.SyncRevenueCatParamsEnv,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.GetRevenueCatKeysResponse:
        """Retrieve a managed organization's RevenueCat public (SDK) API keys, grouped by app — for the test store, App Store, and Google Play Store. Use these to configure the RevenueCat SDK in the org's mobile app.

        Args:
            organization_slug: (undocumented)
            env: "test" and "sandbox" both target the sandbox environment
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
        _content, _key = _get_revenue_cat_keys_request(
            organization_slug,
            env,
        )
        return self._client._request(
            GET_REVENUE_CAT_KEYS_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    async def get_revenue_cat_keys_async(
        self,
        *,
        organization_slug: str,
        env: Literal["test", "sandbox", "live"] | models.SyncRevenueCatParamsEnv,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.GetRevenueCatKeysResponse:
        """Retrieve a managed organization's RevenueCat public (SDK) API keys, grouped by app — for the test store, App Store, and Google Play Store. Use these to configure the RevenueCat SDK in the org's mobile app. (async)

        Args:
            organization_slug: (undocumented)
            env: "test" and "sandbox" both target the sandbox environment
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
        _content, _key = _get_revenue_cat_keys_request(
            organization_slug,
            env,
        )
        return await self._client._request_async(
            GET_REVENUE_CAT_KEYS_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    def link_revenue_cat(
        self,
        *,
        organization_slug: str,
        env: Literal["test", "live"] | models.LinkRevenueCatParamsEnv,
        project_name: str,
        redirect_url: str,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.LinkRevenueCatResponse:
        """Generate a RevenueCat OAuth URL for linking a project to an organization.

        Args:
            organization_slug: (undocumented)
            env: (undocumented)
            project_name: (undocumented)
            redirect_url: (undocumented)
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
        _content, _key = _link_revenue_cat_request(
            organization_slug,
            env,
            project_name,
            redirect_url,
            idempotency_key,
        )
        return self._client._request(
            LINK_REVENUE_CAT_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    async def link_revenue_cat_async(
        self,
        *,
        organization_slug: str,
        env: Literal["test", "live"] | models.LinkRevenueCatParamsEnv,
        project_name: str,
        redirect_url: str,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.LinkRevenueCatResponse:
        """Generate a RevenueCat OAuth URL for linking a project to an organization. (async)

        Args:
            organization_slug: (undocumented)
            env: (undocumented)
            project_name: (undocumented)
            redirect_url: (undocumented)
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
        _content, _key = _link_revenue_cat_request(
            organization_slug,
            env,
            project_name,
            redirect_url,
            idempotency_key,
        )
        return await self._client._request_async(
            LINK_REVENUE_CAT_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    def sync_revenue_cat(
        self,
        *,
        organization_slug: str,
        env: Literal["test", "sandbox", "live"] | models.SyncRevenueCatParamsEnv,
        product_ids: Sequence[str] | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.SyncRevenueCatResponse:
        """Push an organization's plans into RevenueCat as products (creating or renaming them across the project's apps) and set test-store prices from each plan's price. Requires the org to have linked RevenueCat via OAuth.

        Args:
            organization_slug: (undocumented)
            env: "test" and "sandbox" both target the sandbox environment
            product_ids: Plans to push. Omit to sync every plan in the org/env.
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
        _content, _key = _sync_revenue_cat_request(
            organization_slug,
            env,
            product_ids,
            idempotency_key,
        )
        return self._client._request(
            SYNC_REVENUE_CAT_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    async def sync_revenue_cat_async(
        self,
        *,
        organization_slug: str,
        env: Literal["test", "sandbox", "live"] | models.SyncRevenueCatParamsEnv,
        product_ids: Sequence[str] | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.SyncRevenueCatResponse:
        """Push an organization's plans into RevenueCat as products (creating or renaming them across the project's apps) and set test-store prices from each plan's price. Requires the org to have linked RevenueCat via OAuth. (async)

        Args:
            organization_slug: (undocumented)
            env: "test" and "sandbox" both target the sandbox environment
            product_ids: Plans to push. Omit to sync every plan in the org/env.
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
        _content, _key = _sync_revenue_cat_request(
            organization_slug,
            env,
            product_ids,
            idempotency_key,
        )
        return await self._client._request_async(
            SYNC_REVENUE_CAT_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )
