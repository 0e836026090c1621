# generated from openapi*.yaml — do not edit
"""autumn.referrals (API 2.3): create_code, create_program, delete_program, get_program, list_programs, redeem_code, update_program."""

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
CREATE_CODE_ENDPOINT: Endpoint[models.ReferralCode] = Endpoint(
    Route("createReferralCode", "POST", "/v1/referrals.create_code"),
    _models,
    "ReferralCode",
)
CREATE_PROGRAM_ENDPOINT: Endpoint[models.CreateReferralProgramResponse] = Endpoint(
    Route("createReferralProgram", "POST", "/v1/referral_programs.create"),
    _models,
    "CreateReferralProgramResponse",
)
DELETE_PROGRAM_ENDPOINT: Endpoint[models.SuccessResponse] = Endpoint(
    Route("deleteReferralProgram", "POST", "/v1/referral_programs.delete"),
    _models,
    "SuccessResponse",
)
GET_PROGRAM_ENDPOINT: Endpoint[models.CreateReferralProgramResponse] = Endpoint(
    Route("getReferralProgram", "POST", "/v1/referral_programs.get"),
    _models,
    "CreateReferralProgramResponse",
)
LIST_PROGRAMS_ENDPOINT: Endpoint[models.ListReferralProgramsResponse] = Endpoint(
    Route("listReferralPrograms", "POST", "/v1/referral_programs.list"),
    _models,
    "ListReferralProgramsResponse",
)
REDEEM_CODE_ENDPOINT: Endpoint[models.ReferralRedemption] = Endpoint(
    Route("redeemReferralCode", "POST", "/v1/referrals.redeem_code"),
    _models,
    "ReferralRedemption",
)
UPDATE_PROGRAM_ENDPOINT: Endpoint[models.CreateReferralProgramResponse] = Endpoint(
    Route("updateReferralProgram", "POST", "/v1/referral_programs.update"),
    _models,
    "CreateReferralProgramResponse",
)

_CREATE_PROGRAM_REDEEM_ON = frozenset(["customer_creation", "checkout"])
_CREATE_PROGRAM_RECEIVED_BY = frozenset(["referrer", "all"])
_CREATE_PROGRAM_PLAN_IDS: dict[str, Any] = {
    "anyOf": [{"type": "array", "items": {"type": "string", "minLength": 1}}, {"type": "null"}]
}


_UPDATE_PROGRAM_REDEEM_ON = frozenset(["customer_creation", "checkout"])
_UPDATE_PROGRAM_RECEIVED_BY = frozenset(["referrer", "all"])
_UPDATE_PROGRAM_PLAN_IDS: dict[str, Any] = {"type": "array", "items": {"type": "string", "minLength": 1}}


def _create_code_request(
    customer_id: Any,
    program_id: Any,
    idempotency_key: Any,
) -> tuple[bytes | None, str | None]:
    """Check the arguments of create_code() and encode its request (before any I/O)."""
    _body: dict[str, Any] = {
        "customer_id": customer_id if type(customer_id) is str else _args.text("customer_id", customer_id),
        "program_id": program_id if type(program_id) is str else _args.text("program_id", program_id),
    }
    if idempotency_key is not None:
        idempotency_key = _args.header_value("idempotency_key", idempotency_key)
    else:
        idempotency_key = _args.idempotency_key()
    return _args.encode_body(_body), idempotency_key


def _create_program_request(
    id: Any,
    reward_id: Any,
    redeem_on: Any,
    received_by: Any,
    max_redemptions: Any,
    plan_ids: Any,
    exclude_trial: Any,
    idempotency_key: Any,
) -> tuple[bytes | None, str | None]:
    """Check the arguments of create_program() and encode its request (before any I/O)."""
    _body: dict[str, Any] = {
        "id": _args.text("id", id, 1),
        "reward_id": _args.text("reward_id", reward_id, 1),
        "redeem_on": _args.choice("redeem_on", redeem_on, _CREATE_PROGRAM_REDEEM_ON),
        "received_by": _args.choice("received_by", received_by, _CREATE_PROGRAM_RECEIVED_BY),
    }
    if max_redemptions is not UNSET:
        _body["max_redemptions"] = (
            None if max_redemptions is None else _args.number("max_redemptions", max_redemptions)
        )
    if plan_ids is not UNSET:
        _body["plan_ids"] = (
            None
            if plan_ids is None
            else _args.structured("plan_ids", plan_ids, _CREATE_PROGRAM_PLAN_IDS, _VERSION)
        )
    if exclude_trial is not UNSET:
        _body["exclude_trial"] = (
            None if exclude_trial is None else _args.boolean("exclude_trial", exclude_trial)
        )
    if idempotency_key is not None:
        idempotency_key = _args.header_value("idempotency_key", idempotency_key)
    else:
        idempotency_key = _args.idempotency_key()
    return _args.encode_body(_body), idempotency_key


def _delete_program_request(
    referral_program_id: Any,
    idempotency_key: Any,
) -> tuple[bytes | None, str | None]:
    """Check the arguments of delete_program() and encode its request (before any I/O)."""
    _body: dict[str, Any] = {
        "referral_program_id": _args.text("referral_program_id", referral_program_id, 1),
    }
    if idempotency_key is not None:
        idempotency_key = _args.header_value("idempotency_key", idempotency_key)
    else:
        idempotency_key = _args.idempotency_key()
    return _args.encode_body(_body), idempotency_key


def _get_program_request(
    referral_program_id: Any,
) -> tuple[bytes | None, str | None]:
    """Check the arguments of get_program() and encode its request (before any I/O)."""
    _body: dict[str, Any] = {
        "referral_program_id": _args.text("referral_program_id", referral_program_id, 1),
    }
    return _args.encode_body(_body), None


def _list_programs_request() -> tuple[bytes | None, str | None]:
    """Check the arguments of list_programs() and encode its request (before any I/O)."""
    _body: dict[str, Any] = {}
    return _args.encode_body(_body), None


def _redeem_code_request(
    code: Any,
    customer_id: Any,
    idempotency_key: Any,
) -> tuple[bytes | None, str | None]:
    """Check the arguments of redeem_code() and encode its request (before any I/O)."""
    _body: dict[str, Any] = {
        "code": code if type(code) is str else _args.text("code", code),
        "customer_id": customer_id if type(customer_id) is str else _args.text("customer_id", customer_id),
    }
    if idempotency_key is not None:
        idempotency_key = _args.header_value("idempotency_key", idempotency_key)
    else:
        idempotency_key = _args.idempotency_key()
    return _args.encode_body(_body), idempotency_key


def _update_program_request(
    referral_program_id: Any,
    reward_id: Any,
    redeem_on: Any,
    received_by: Any,
    max_redemptions: Any,
    plan_ids: Any,
    exclude_trial: Any,
    idempotency_key: Any,
) -> tuple[bytes | None, str | None]:
    """Check the arguments of update_program() and encode its request (before any I/O)."""
    _body: dict[str, Any] = {
        "referral_program_id": _args.text("referral_program_id", referral_program_id, 1),
    }
    if reward_id is not None:
        _body["reward_id"] = _args.text("reward_id", reward_id, 1)
    if redeem_on is not None:
        _body["redeem_on"] = _args.choice("redeem_on", redeem_on, _UPDATE_PROGRAM_REDEEM_ON)
    if received_by is not None:
        _body["received_by"] = _args.choice("received_by", received_by, _UPDATE_PROGRAM_RECEIVED_BY)
    if max_redemptions is not None:
        _body["max_redemptions"] = _args.number("max_redemptions", max_redemptions)
    if plan_ids is not None:
        _body["plan_ids"] = _args.structured("plan_ids", plan_ids, _UPDATE_PROGRAM_PLAN_IDS, _VERSION)
    if exclude_trial is not None:
        _body["exclude_trial"] = _args.boolean("exclude_trial", exclude_trial)
    if idempotency_key is not None:
        idempotency_key = _args.header_value("idempotency_key", idempotency_key)
    else:
        idempotency_key = _args.idempotency_key()
    return _args.encode_body(_body), idempotency_key


class Referrals:
    """The referrals operations

    Reached as ``autumn.referrals``; it sends through the client's runtime.
    """

    __slots__ = ("_client",)

    def __init__(self, client: Autumn) -> None:
        self._client = client

    def __repr__(self) -> str:
        return f"<autumn.referrals (API 2.3): create_code, create_program, delete_program, get_program, list_programs, redeem_code, update_program>"

    def create_code(
        self,
        *,
        customer_id: str,
        program_id: str,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.ReferralCode:
        """Create or fetch a referral code for a customer in a referral program.

        Args:
            customer_id: The unique identifier of the customer
            program_id: ID of your referral program
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
        _content, _key = _create_code_request(
            customer_id,
            program_id,
            idempotency_key,
        )
        return self._client._request(
            CREATE_CODE_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    async def create_code_async(
        self,
        *,
        customer_id: str,
        program_id: str,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.ReferralCode:
        """Create or fetch a referral code for a customer in a referral program. (async)

        Args:
            customer_id: The unique identifier of the customer
            program_id: ID of your referral program
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
        _content, _key = _create_code_request(
            customer_id,
            program_id,
            idempotency_key,
        )
        return await self._client._request_async(
            CREATE_CODE_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    def create_program(
        self,
        *,
        id: str,
        reward_id: str,
        redeem_on: Literal["customer_creation", "checkout"] | models.CreateReferralProgramParamsRedeemOn,
        received_by: Literal["referrer", "all"] | models.CreateReferralProgramParamsReceivedBy,
        max_redemptions: int | None | Unset = UNSET,
        plan_ids: Sequence[str] | None | Unset = UNSET,
        exclude_trial: bool | None | Unset = UNSET,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.CreateReferralProgramResponse:
        """Create a referral program linked to an existing reward.

        Args:
            id: (undocumented)
            reward_id: (undocumented)
            redeem_on: When the reward is granted: on redemption, or when the redeemer checks out.
            received_by: Who receives the reward: the referrer only, or both parties.
            max_redemptions: A positive redemption limit, or null for unlimited redemptions. ``None`` sends null; leave it out to send nothing.
            plan_ids: Required when redeem_on is checkout. Plan IDs must be unique. ``None`` sends null; leave it out to send nothing.
            exclude_trial: Whether checkouts that start a trial should skip granting the reward. ``None`` sends null; leave it out to send nothing.
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
        _content, _key = _create_program_request(
            id,
            reward_id,
            redeem_on,
            received_by,
            max_redemptions,
            plan_ids,
            exclude_trial,
            idempotency_key,
        )
        return self._client._request(
            CREATE_PROGRAM_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    async def create_program_async(
        self,
        *,
        id: str,
        reward_id: str,
        redeem_on: Literal["customer_creation", "checkout"] | models.CreateReferralProgramParamsRedeemOn,
        received_by: Literal["referrer", "all"] | models.CreateReferralProgramParamsReceivedBy,
        max_redemptions: int | None | Unset = UNSET,
        plan_ids: Sequence[str] | None | Unset = UNSET,
        exclude_trial: bool | None | Unset = UNSET,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.CreateReferralProgramResponse:
        """Create a referral program linked to an existing reward. (async)

        Args:
            id: (undocumented)
            reward_id: (undocumented)
            redeem_on: When the reward is granted: on redemption, or when the redeemer checks out.
            received_by: Who receives the reward: the referrer only, or both parties.
            max_redemptions: A positive redemption limit, or null for unlimited redemptions. ``None`` sends null; leave it out to send nothing.
            plan_ids: Required when redeem_on is checkout. Plan IDs must be unique. ``None`` sends null; leave it out to send nothing.
            exclude_trial: Whether checkouts that start a trial should skip granting the reward. ``None`` sends null; leave it out to send nothing.
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
        _content, _key = _create_program_request(
            id,
            reward_id,
            redeem_on,
            received_by,
            max_redemptions,
            plan_ids,
            exclude_trial,
            idempotency_key,
        )
        return await self._client._request_async(
            CREATE_PROGRAM_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    def delete_program(
        self,
        *,
        referral_program_id: str,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.SuccessResponse:
        """Delete a referral program.

        Args:
            referral_program_id: The ID of the referral program.
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
        _content, _key = _delete_program_request(
            referral_program_id,
            idempotency_key,
        )
        return self._client._request(
            DELETE_PROGRAM_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    async def delete_program_async(
        self,
        *,
        referral_program_id: str,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.SuccessResponse:
        """Delete a referral program. (async)

        Args:
            referral_program_id: The ID of the referral program.
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
        _content, _key = _delete_program_request(
            referral_program_id,
            idempotency_key,
        )
        return await self._client._request_async(
            DELETE_PROGRAM_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    def get_program(
        self,
        *,
        referral_program_id: str,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.CreateReferralProgramResponse:
        """Fetch a referral program by ID.

        Args:
            referral_program_id: The ID of the referral program.
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
        _content, _key = _get_program_request(
            referral_program_id,
        )
        return self._client._request(
            GET_PROGRAM_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    async def get_program_async(
        self,
        *,
        referral_program_id: str,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.CreateReferralProgramResponse:
        """Fetch a referral program by ID. (async)

        Args:
            referral_program_id: The ID of the referral program.
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
        _content, _key = _get_program_request(
            referral_program_id,
        )
        return await self._client._request_async(
            GET_PROGRAM_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    def list_programs(
        self,
        *,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.ListReferralProgramsResponse:
        """List the referral programs configured for the org.

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
        _content, _key = _list_programs_request()
        return self._client._request(
            LIST_PROGRAMS_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    async def list_programs_async(
        self,
        *,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.ListReferralProgramsResponse:
        """List the referral programs configured for the org. (async)

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
        _content, _key = _list_programs_request()
        return await self._client._request_async(
            LIST_PROGRAMS_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    def redeem_code(
        self,
        *,
        code: str,
        customer_id: str,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.ReferralRedemption:
        """Redeem a referral code for a customer.

        Args:
            code: The referral code to redeem
            customer_id: The unique identifier of the customer redeeming the code
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
        _content, _key = _redeem_code_request(
            code,
            customer_id,
            idempotency_key,
        )
        return self._client._request(
            REDEEM_CODE_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    async def redeem_code_async(
        self,
        *,
        code: str,
        customer_id: str,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.ReferralRedemption:
        """Redeem a referral code for a customer. (async)

        Args:
            code: The referral code to redeem
            customer_id: The unique identifier of the customer redeeming the code
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
        _content, _key = _redeem_code_request(
            code,
            customer_id,
            idempotency_key,
        )
        return await self._client._request_async(
            REDEEM_CODE_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    def update_program(
        self,
        *,
        referral_program_id: str,
        reward_id: str | None = None,
        redeem_on: Literal["customer_creation", "checkout"]
        | models.CreateReferralProgramParamsRedeemOn
        | None = None,
        received_by: Literal["referrer", "all"] | models.CreateReferralProgramParamsReceivedBy | None = None,
        max_redemptions: int | None = None,
        plan_ids: Sequence[str] | None = None,
        exclude_trial: bool | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.CreateReferralProgramResponse:
        """Update a referral program. Omitted fields keep their current value.

        Args:
            referral_program_id: The ID of the referral program.
            reward_id: The ID of the reward granted when a code is redeemed.
            redeem_on: When the reward is granted: on redemption, or when the redeemer checks out.
            received_by: Who receives the reward: the referrer only, or both parties.
            max_redemptions: A positive redemption limit.
            plan_ids: Required when redeem_on is checkout. Plan IDs must be unique.
            exclude_trial: (undocumented)
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
        _content, _key = _update_program_request(
            referral_program_id,
            reward_id,
            redeem_on,
            received_by,
            max_redemptions,
            plan_ids,
            exclude_trial,
            idempotency_key,
        )
        return self._client._request(
            UPDATE_PROGRAM_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )

    async def update_program_async(
        self,
        *,
        referral_program_id: str,
        reward_id: str | None = None,
        redeem_on: Literal["customer_creation", "checkout"]
        | models.CreateReferralProgramParamsRedeemOn
        | None = None,
        received_by: Literal["referrer", "all"] | models.CreateReferralProgramParamsReceivedBy | None = None,
        max_redemptions: int | None = None,
        plan_ids: Sequence[str] | None = None,
        exclude_trial: bool | None = None,
        idempotency_key: str | None = None,
        retries: RetryConfig | None = None,
        server_url: str | None = None,
        timeout_ms: float | None = None,
        http_headers: Mapping[str, str] | None = None,
        deadline_ms: float | None = None,
    ) -> models.CreateReferralProgramResponse:
        """Update a referral program. Omitted fields keep their current value. (async)

        Args:
            referral_program_id: The ID of the referral program.
            reward_id: The ID of the reward granted when a code is redeemed.
            redeem_on: When the reward is granted: on redemption, or when the redeemer checks out.
            received_by: Who receives the reward: the referrer only, or both parties.
            max_redemptions: A positive redemption limit.
            plan_ids: Required when redeem_on is checkout. Plan IDs must be unique.
            exclude_trial: (undocumented)
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
        _content, _key = _update_program_request(
            referral_program_id,
            reward_id,
            redeem_on,
            received_by,
            max_redemptions,
            plan_ids,
            exclude_trial,
            idempotency_key,
        )
        return await self._client._request_async(
            UPDATE_PROGRAM_ENDPOINT,
            _content,
            _CallOptions(_key, retries, server_url, timeout_ms, http_headers, deadline_ms),
        )
