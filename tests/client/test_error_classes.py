"""Errors by status: each error answer is raised as its status's class, still an AutumnDefaultError."""

from __future__ import annotations

import asyncio
import pickle

import pytest

from autumn_sdk import Autumn, errors
from autumn_sdk.utils import NO_RETRIES
from tests.loopback import SECRET_KEY, LoopbackServer, Reply, error_body

CHECK = {"customer_id": "cus_123", "feature_id": "messages"}

STATUSES = [
    (400, "invalid_inputs", errors.BadRequestError),
    (401, "invalid_secret_key", errors.AuthenticationError),
    (403, "forbidden", errors.PermissionDeniedError),
    (404, "customer_not_found", errors.NotFoundError),
    (409, "conflict", errors.ConflictError),
    (422, "unprocessable", errors.UnprocessableEntityError),
    (429, "rate_limited", errors.RateLimitError),
    (500, "internal_error", errors.InternalServerError),
    (502, "bad_gateway", errors.InternalServerError),
    (503, "unavailable", errors.InternalServerError),
    (504, "gateway_timeout", errors.InternalServerError),
    (599, "odd", errors.InternalServerError),
    # Statuses without a class of their own stay the base class.
    (405, "invalid_request", errors.AutumnDefaultError),
    (408, "timeout", errors.AutumnDefaultError),
    (413, "payload_too_large", errors.AutumnDefaultError),
]


def _raised(server: LoopbackServer, mode: str, **call: object) -> errors.AutumnError:
    autumn = Autumn(secret_key=SECRET_KEY, server_url=server.url, retry_config=NO_RETRIES, x_api_version="2.1")
    try:
        if mode == "sync":
            autumn.check(**CHECK, **call)  # type: ignore[arg-type]
        else:
            asyncio.run(autumn.check_async(**CHECK, **call))  # type: ignore[arg-type]
    except errors.AutumnError as exc:
        return exc
    finally:
        autumn.close()
    raise AssertionError("no error raised")


@pytest.mark.parametrize("mode", ["sync", "async"])
@pytest.mark.parametrize(("status", "code", "cls"), STATUSES, ids=[str(s[0]) for s in STATUSES])
def test_each_status_has_its_class(server: LoopbackServer, mode: str, status: int, code: str, cls: type) -> None:
    server.enqueue(error_body(code, f"refused with {status}", status))
    error = _raised(server, mode)
    assert type(error) is cls
    assert isinstance(error, errors.AutumnDefaultError)  # the seed's contract: every 4XX/5XX is one
    assert error.status_code == status and error.code == code and error.message == f"refused with {status}"
    assert error.env == "sandbox"
    assert str(error).startswith(str(status)) and f"({code})" in str(error)
    request = server.requests[0]
    assert (request.method, request.path) == ("POST", "/v1/balances.check") and request.json == CHECK


@pytest.mark.parametrize(("status", "code", "cls"), STATUSES, ids=[str(s[0]) for s in STATUSES])
def test_each_class_pickles_without_the_secret(server: LoopbackServer, status: int, code: str, cls: type) -> None:
    server.enqueue(error_body(code, "nope", status))
    error = _raised(server, "sync")
    data = pickle.dumps(error)
    assert SECRET_KEY.encode() not in data
    restored = pickle.loads(data)
    assert type(restored) is cls and str(restored) == str(error)
    assert (restored.status_code, restored.code, restored.message, restored.body) == (status, code, "nope", error.body)
    assert restored.raw_response.status_code == status


def test_a_body_that_is_not_autumns_keeps_the_class_with_no_code(server: LoopbackServer) -> None:
    server.enqueue(Reply(404, "<html>not here</html>"))
    error = _raised(server, "sync")
    assert type(error) is errors.NotFoundError and error.code is None and error.message is None


def test_a_duplicate_key_is_already_applied_and_any_other_409_a_conflict(server: LoopbackServer) -> None:
    # With an Idempotency-Key (send_event=True sends one), the duplicate is AlreadyAppliedError: recorded
    # earlier, deliberately not an AutumnDefaultError (nor a ConflictError) so a failure handler skips it.
    server.enqueue(error_body("duplicate_idempotency_key", "used", 409))
    applied = _raised(server, "sync", send_event=True)
    assert type(applied) is errors.AlreadyAppliedError and not isinstance(applied, errors.AutumnDefaultError)
    assert applied.code == "duplicate_idempotency_key"
    # Another 409 on the same kind of call is a ConflictError.
    server.enqueue(error_body("entity_already_exists", "taken", 409))
    conflict = _raised(server, "sync", send_event=True)
    assert type(conflict) is errors.ConflictError and conflict.code == "entity_already_exists"
    # Without a key (a read-only check) even that code is only a conflict: nothing of this call was applied.
    server.enqueue(error_body("duplicate_idempotency_key", "used", 409))
    plain = _raised(server, "sync")
    assert type(plain) is errors.ConflictError
    assert "idempotency-key" not in server.requests[-1].headers


def test_server_errors_are_still_outages_for_fail_open(server: LoopbackServer) -> None:
    server.enqueue(error_body("internal_error", "boom", 500))
    with Autumn(secret_key=SECRET_KEY, server_url=server.url, retry_config=NO_RETRIES, fail_open=True) as autumn:
        res = autumn.check(**CHECK)
    assert res.allowed and res.failed_open
    server.enqueue(error_body("customer_not_found", "nope", 404))
    with (
        Autumn(secret_key=SECRET_KEY, server_url=server.url, retry_config=NO_RETRIES, fail_open=True) as autumn,
        pytest.raises(errors.NotFoundError),
    ):
        autumn.check(**CHECK)


def test_every_class_is_exported() -> None:
    for name in (
        "BadRequestError",
        "AuthenticationError",
        "PermissionDeniedError",
        "NotFoundError",
        "ConflictError",
        "UnprocessableEntityError",
        "RateLimitError",
        "InternalServerError",
        "WebhookVerificationError",
    ):
        assert name in errors.__all__ and issubclass(getattr(errors, name), errors.AutumnError)
