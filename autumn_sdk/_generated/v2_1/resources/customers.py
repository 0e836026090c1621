# generated from openapi*.yaml — do not edit
"""autumn.customers (API 2.1): delete, get_or_create, list, update."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .... import _arguments as _args
from .... import _pagination as _pages
from ...._operation import CallOptions as _CallOptions
from ...._operation import Endpoint, Route
from .. import models as _models
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from collections.abc import AsyncIterator, Iterator, Sequence
    from typing import Literal

    from ...._retries import RetryConfig
    from ...client import Autumn
    from .. import models

_VERSION = "v2_1"
DELETE_ENDPOINT: Endpoint[models.SuccessResponse] = Endpoint(
    Route("deleteCustomer", "POST", "/v1/customers.delete"),
    _models,
    "SuccessResponse",
)
GET_OR_CREATE_ENDPOINT: Endpoint[models.Customer] = Endpoint(
    Route("getOrCreateCustomer", "POST", "/v1/customers.get_or_create"),
    _models,
    "Customer",
    retry="unsent-without:customer_id",
)
LIST_ENDPOINT: Endpoint[models.ListCustomersResponse] = Endpoint(
    Route("listCustomers", "POST", "/v1/customers.list"),
    _models,
    "ListCustomersResponse",
)
UPDATE_ENDPOINT: Endpoint[models.CustomerListItem] = Endpoint(
    Route("updateCustomer", "POST", "/v1/customers.update"),
    _models,
    "CustomerListItem",
)

_GET_OR_CREATE_BILLING_CONTROLS: dict[str, Any] = {"$ref": "BillingControls"}
_GET_OR_CREATE_EXPAND: dict[str, Any] = {"type": "array", "items": {"$ref": "CustomerExpand"}}

_LIST_SUBSCRIPTION_STATUS = frozenset(["active", "scheduled"])
_LIST_PLANS: dict[str, Any] = {"type": "array", "items": {"$ref": "PlanFilter"}}

_UPDATE_BILLING_CONTROLS: dict[str, Any] = {"$ref": "BillingControls"}


def _delete_request(
    customer_id: Any,
    delete_in_stripe: Any,
    idempotency_key: Any,
) -> tuple[bytes | None, str | None]:
    """Check the arguments of delete() and encode its request (before any I/O)."""
    _body: dict[str, Any] = {
        "customer_id": customer_id if type(customer_id) is str else _args.text("customer_id", customer_id),
    }
    if delete_in_stripe is not None:
        _body["delete_in_stripe"] = _args.boolean("delete_in_stripe", delete_in_stripe)
    if idempotency_key is not None:
        idempotency_key = _args.header_value("idempotency_key", idempotency_key)
    else:
        idempotency_key = _args.idempotency_key()
    return _args.encode_body(_body), idempotency_key


def _get_or_create_request(
    customer_id: Any,
    name: Any,
    email: Any,
    fingerprint: Any,
    metadata: Any,
    stripe_id: Any,
    create_in_stripe: Any,
    auto_enable_plan_id: Any,
    send_email_receipts: Any,
    billing_controls: Any,
    expand: Any,
) -> tuple[bytes | None, str | None]:
    """Check the arguments of get_or_create() and encode its request (before any I/O)."""
    _body: dict[str, Any] = {
        "customer_id": None
        if customer_id is None
        else customer_id
        if type(customer_id) is str
        else _args.text("customer_id", customer_id),
    }
    if name is not UNSET:
        _body["name"] = None if name is None else name if type(name) is str else _args.text("name", name)
    if email is not UNSET:
        _body["email"] = (
            None if email is None else email if type(email) is str else _args.text("email", email)
        )
    if fingerprint is not UNSET:
        _body["fingerprint"] = (
            None
            if fingerprint is None
            else fingerprint
            if type(fingerprint) is str
            else _args.text("fingerprint", fingerprint)
        )
    if metadata is not UNSET:
        _body["metadata"] = None if metadata is None else _args.json_object("metadata", metadata)
    if stripe_id is not UNSET:
        _body["stripe_id"] = (
            None
            if stripe_id is None
            else stripe_id
            if type(stripe_id) is str
            else _args.text("stripe_id", stripe_id)
        )
    if create_in_stripe is not None:
        _body["create_in_stripe"] = _args.boolean("create_in_stripe", create_in_stripe)
    if auto_enable_plan_id is not None:
        _body["auto_enable_plan_id"] = (
            auto_enable_plan_id
            if type(auto_enable_plan_id) is str
            else _args.text("auto_enable_plan_id", auto_enable_plan_id)
        )
    if send_email_receipts is not None:
        _body["send_email_receipts"] = _args.boolean("send_email_receipts", send_email_receipts)
    if billing_controls is not None:
        _body["billing_controls"] = _args.structured(
            "billing_controls", billing_controls, _GET_OR_CREATE_BILLING_CONTROLS, _VERSION
        )
    if expand is not None:
        _body["expand"] = _args.structured("expand", expand, _GET_OR_CREATE_EXPAND, _VERSION)
    return _args.encode_body(_body), None


def _list_request(
    offset: Any,
    limit: Any,
    plans: Any,
    subscription_status: Any,
    search: Any,
) -> tuple[bytes | None, str | None]:
    """Check the arguments of list() and encode its request (before any I/O)."""
    _body: dict[str, Any] = {}
    if offset is not None:
        _body["offset"] = _args.number("offset", offset)
    if limit is not None:
        _body["limit"] = _args.number("limit", limit)
    if plans is not None:
        _body["plans"] = _args.structured("plans", plans, _LIST_PLANS, _VERSION)
    if subscription_status is not None:
        _body["subscription_status"] = _args.choice(
            "subscription_status", subscription_status, _LIST_SUBSCRIPTION_STATUS
        )
    if search is not None:
        _body["search"] = search if type(search) is str else _args.text("search", search)
    return _args.encode_body(_body), None


def _update_request(
    customer_id: Any,
    name: Any,
    email: Any,
    fingerprint: Any,
    metadata: Any,
    stripe_id: Any,
    send_email_receipts: Any,
    billing_controls: Any,
    new_customer_id: Any,
    idempotency_key: Any,
) -> tuple[bytes | None, str | None]:
    """Check the arguments of update() and encode its request (before any I/O)."""
    _body: dict[str, Any] = {
        "customer_id": customer_id if type(customer_id) is str else _args.text("customer_id", customer_id),
    }
    if name is not UNSET:
        _body["name"] = None if name is None else name if type(name) is str else _args.text("name", name)
    if email is not UNSET:
        _body["email"] = (
            None if email is None else email if type(email) is str else _args.text("email", email)
        )
    if fingerprint is not UNSET:
        _body["fingerprint"] = (
            None
            if fingerprint is None
            else fingerprint
            if type(fingerprint) is str
            else _args.text("fingerprint", fingerprint)
        )
    if metadata is not UNSET:
        _body["metadata"] = None if metadata is None else _args.json_object("metadata", metadata)
    if stripe_id is not UNSET:
        _body["stripe_id"] = (
            None
            if stripe_id is None
            else stripe_id
            if type(stripe_id) is str
            else _args.text("stripe_id", stripe_id)
        )
    if send_email_receipts is not None:
        _body["send_email_receipts"] = _args.boolean("send_email_receipts", send_email_receipts)
    if billing_controls is not None:
        _body["billing_controls"] = _args.structured(
            "billing_controls", billing_controls, _UPDATE_BILLING_CONTROLS, _VERSION
        )
    if new_customer_id is not None:
        _body["new_customer_id"] = (
            new_customer_id
            if type(new_customer_id) is str
            else _args.text("new_customer_id", new_customer_id)
        )
    if idempotency_key is not None:
        idempotency_key = _args.header_value("idempotency_key", idempotency_key)
    else:
        idempotency_key = _args.idempotency_key()
    return _args.encode_body(_body), idempotency_key


class Customers:
    """The customers operations

    Reached as ``autumn.customers``; it sends through the client's runtime.
    """

    __slots__ = ("_client",)

    def __init__(self, client: Autumn) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<autumn.customers (API 2.1): delete, get_or_create, list, update>"

    def delete(
        self,
        *,
        customer_id: str,
        delete_in_stripe: bool | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.SuccessResponse:
        """Deletes a customer by ID.

        Args:
            customer_id: ID of the customer to delete
            delete_in_stripe: Whether to also delete the customer in Stripe
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
            customer_id,
            delete_in_stripe,
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
        customer_id: str,
        delete_in_stripe: bool | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.SuccessResponse:
        """Deletes a customer by ID. (async)

        Args:
            customer_id: ID of the customer to delete
            delete_in_stripe: Whether to also delete the customer in Stripe
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
            customer_id,
            delete_in_stripe,
            idempotency_key,
        )
        return await self._client._request_async(
            DELETE_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    def get_or_create(
        self,
        *,
        customer_id: str | None,
        name: str | None | Unset = UNSET,
        email: str | None | Unset = UNSET,
        fingerprint: str | None | Unset = UNSET,
        metadata: Any | None | Unset = UNSET,
        stripe_id: str | None | Unset = UNSET,
        create_in_stripe: bool | None = None,
        auto_enable_plan_id: str | None = None,
        send_email_receipts: bool | None = None,
        billing_controls: models.BillingControls | models.BillingControlsDict | None = None,
        expand: Sequence[
            Literal[
                "invoices",
                "trials_used",
                "rewards",
                "entities",
                "referrals",
                "payment_method",
                "subscriptions.plan",
                "purchases.plan",
                "balances.feature",
            ]
            | models.CustomerExpand
        ]
        | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.Customer:
        """Creates a customer if they do not exist, or returns the existing customer by your external customer ID.

        Use this as the primary entrypoint before billing operations so the customer record is always
        present and up to date.

        Args:
            customer_id: (undocumented) ``None`` sends null; leave it out to send nothing.
            name: Customer's name ``None`` sends null; leave it out to send nothing.
            email: Customer's email address ``None`` sends null; leave it out to send nothing.
            fingerprint: Unique identifier (eg, serial number) to detect duplicate customers and prevent free trial
                abuse ``None`` sends null; leave it out to send nothing.
            metadata: Additional metadata for the customer ``None`` sends null; leave it out to send nothing.
            stripe_id: Stripe customer ID if you already have one ``None`` sends null; leave it out to send nothing.
            create_in_stripe: Whether to create the customer in Stripe
            auto_enable_plan_id: The ID of the free plan to auto-enable for the customer
            send_email_receipts: Whether to send email receipts to this customer
            billing_controls: Billing controls for the customer (auto top-ups, etc.)
            expand: Customer expand options
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
        _content, _key = _get_or_create_request(
            customer_id,
            name,
            email,
            fingerprint,
            metadata,
            stripe_id,
            create_in_stripe,
            auto_enable_plan_id,
            send_email_receipts,
            billing_controls,
            expand,
        )
        return self._client._request(
            GET_OR_CREATE_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    async def get_or_create_async(
        self,
        *,
        customer_id: str | None,
        name: str | None | Unset = UNSET,
        email: str | None | Unset = UNSET,
        fingerprint: str | None | Unset = UNSET,
        metadata: Any | None | Unset = UNSET,
        stripe_id: str | None | Unset = UNSET,
        create_in_stripe: bool | None = None,
        auto_enable_plan_id: str | None = None,
        send_email_receipts: bool | None = None,
        billing_controls: models.BillingControls | models.BillingControlsDict | None = None,
        expand: Sequence[
            Literal[
                "invoices",
                "trials_used",
                "rewards",
                "entities",
                "referrals",
                "payment_method",
                "subscriptions.plan",
                "purchases.plan",
                "balances.feature",
            ]
            | models.CustomerExpand
        ]
        | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.Customer:
        """Creates a customer if they do not exist, or returns the existing customer by your external customer ID. (async)

        Use this as the primary entrypoint before billing operations so the customer record is always
        present and up to date.

        Args:
            customer_id: (undocumented) ``None`` sends null; leave it out to send nothing.
            name: Customer's name ``None`` sends null; leave it out to send nothing.
            email: Customer's email address ``None`` sends null; leave it out to send nothing.
            fingerprint: Unique identifier (eg, serial number) to detect duplicate customers and prevent free trial
                abuse ``None`` sends null; leave it out to send nothing.
            metadata: Additional metadata for the customer ``None`` sends null; leave it out to send nothing.
            stripe_id: Stripe customer ID if you already have one ``None`` sends null; leave it out to send nothing.
            create_in_stripe: Whether to create the customer in Stripe
            auto_enable_plan_id: The ID of the free plan to auto-enable for the customer
            send_email_receipts: Whether to send email receipts to this customer
            billing_controls: Billing controls for the customer (auto top-ups, etc.)
            expand: Customer expand options
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
        _content, _key = _get_or_create_request(
            customer_id,
            name,
            email,
            fingerprint,
            metadata,
            stripe_id,
            create_in_stripe,
            auto_enable_plan_id,
            send_email_receipts,
            billing_controls,
            expand,
        )
        return await self._client._request_async(
            GET_OR_CREATE_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    def list(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        plans: Sequence[models.PlanFilter | models.PlanFilterDict] | None = None,
        subscription_status: Literal["active", "scheduled"] | models.SubscriptionStatus | None = None,
        search: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.ListCustomersResponse:
        """Lists customers with pagination and optional filters.

        Args:
            offset: Number of items to skip
            limit: Number of items to return. Default 10, max 1000.
            plans: Filter by plan ID and version. Returns customers with active subscriptions to this plan.
            subscription_status: Current status of the subscription.
            search: Search customers by id, name, or email
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
            offset,
            limit,
            plans,
            subscription_status,
            search,
        )
        return self._client._request(
            LIST_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    async def list_async(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
        plans: Sequence[models.PlanFilter | models.PlanFilterDict] | None = None,
        subscription_status: Literal["active", "scheduled"] | models.SubscriptionStatus | None = None,
        search: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.ListCustomersResponse:
        """Lists customers with pagination and optional filters. (async)

        Args:
            offset: Number of items to skip
            limit: Number of items to return. Default 10, max 1000.
            plans: Filter by plan ID and version. Returns customers with active subscriptions to this plan.
            subscription_status: Current status of the subscription.
            search: Search customers by id, name, or email
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
            offset,
            limit,
            plans,
            subscription_status,
            search,
        )
        return await self._client._request_async(
            LIST_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    def list_all(
        self,
        *,
        limit: int | None = None,
        plans: Sequence[models.PlanFilter | models.PlanFilterDict] | None = None,
        subscription_status: Literal["active", "scheduled"] | models.SubscriptionStatus | None = None,
        search: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> Iterator[models.CustomerListItem]:
        """Every item of list(), page after page, fetched as the iteration needs them.

        Takes list()'s arguments except ``offset``; ``limit`` is the page size. The
        arguments are checked now, before any I/O; each page is one list() call.
        """
        _list_request(
            0,
            limit,
            plans,
            subscription_status,
            search,
        )

        def _page(_position: Any) -> Any:
            return self.list(
                offset=_position,
                limit=limit,
                plans=plans,
                subscription_status=subscription_status,
                search=search,
                retries=retries,
                server_url=server_url,
                timeout_ms=timeout_ms,
                http_headers=http_headers,
                deadline_ms=deadline_ms,
            )

        return _pages.iterate(_page, _pages.by_offset("list_", "has_more"))

    def list_all_async(
        self,
        *,
        limit: int | None = None,
        plans: Sequence[models.PlanFilter | models.PlanFilterDict] | None = None,
        subscription_status: Literal["active", "scheduled"] | models.SubscriptionStatus | None = None,
        search: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> AsyncIterator[models.CustomerListItem]:
        """Every item of list_async(), page after page, fetched as the iteration needs them.

        Takes list_async()'s arguments except ``offset``; ``limit`` is the page size. The
        arguments are checked now, before any I/O; each page is one list_async() call.
        """
        _list_request(
            0,
            limit,
            plans,
            subscription_status,
            search,
        )

        async def _page(_position: Any) -> Any:
            return await self.list_async(
                offset=_position,
                limit=limit,
                plans=plans,
                subscription_status=subscription_status,
                search=search,
                retries=retries,
                server_url=server_url,
                timeout_ms=timeout_ms,
                http_headers=http_headers,
                deadline_ms=deadline_ms,
            )

        return _pages.iterate_async(_page, _pages.by_offset("list_", "has_more"))

    def update(
        self,
        *,
        customer_id: str,
        name: str | None | Unset = UNSET,
        email: str | None | Unset = UNSET,
        fingerprint: str | None | Unset = UNSET,
        metadata: Any | None | Unset = UNSET,
        stripe_id: str | None | Unset = UNSET,
        send_email_receipts: bool | None = None,
        billing_controls: models.BillingControls | models.BillingControlsDict | None = None,
        new_customer_id: str | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.CustomerListItem:
        """Updates an existing customer by ID.

        Args:
            customer_id: ID of the customer to update
            name: Customer's name ``None`` sends null; leave it out to send nothing.
            email: Customer's email address ``None`` sends null; leave it out to send nothing.
            fingerprint: Unique identifier (eg, serial number) to detect duplicate customers and prevent free trial
                abuse ``None`` sends null; leave it out to send nothing.
            metadata: Additional metadata for the customer ``None`` sends null; leave it out to send nothing.
            stripe_id: Stripe customer ID if you already have one ``None`` sends null; leave it out to send nothing.
            send_email_receipts: Whether to send email receipts to this customer
            billing_controls: Billing controls for the customer (auto top-ups, etc.)
            new_customer_id: Your unique identifier for the customer
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
            customer_id,
            name,
            email,
            fingerprint,
            metadata,
            stripe_id,
            send_email_receipts,
            billing_controls,
            new_customer_id,
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
        customer_id: str,
        name: str | None | Unset = UNSET,
        email: str | None | Unset = UNSET,
        fingerprint: str | None | Unset = UNSET,
        metadata: Any | None | Unset = UNSET,
        stripe_id: str | None | Unset = UNSET,
        send_email_receipts: bool | None = None,
        billing_controls: models.BillingControls | models.BillingControlsDict | None = None,
        new_customer_id: str | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.CustomerListItem:
        """Updates an existing customer by ID. (async)

        Args:
            customer_id: ID of the customer to update
            name: Customer's name ``None`` sends null; leave it out to send nothing.
            email: Customer's email address ``None`` sends null; leave it out to send nothing.
            fingerprint: Unique identifier (eg, serial number) to detect duplicate customers and prevent free trial
                abuse ``None`` sends null; leave it out to send nothing.
            metadata: Additional metadata for the customer ``None`` sends null; leave it out to send nothing.
            stripe_id: Stripe customer ID if you already have one ``None`` sends null; leave it out to send nothing.
            send_email_receipts: Whether to send email receipts to this customer
            billing_controls: Billing controls for the customer (auto top-ups, etc.)
            new_customer_id: Your unique identifier for the customer
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
            customer_id,
            name,
            email,
            fingerprint,
            metadata,
            stripe_id,
            send_email_receipts,
            billing_controls,
            new_customer_id,
            idempotency_key,
        )
        return await self._client._request_async(
            UPDATE_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )
