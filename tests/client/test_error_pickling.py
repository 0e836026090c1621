"""Every SDK exception survives pickle, without the secret, also across a process pool."""

from __future__ import annotations

import asyncio
import math
import multiprocessing
import pickle
from concurrent.futures import ProcessPoolExecutor

import httpx
import pytest

from autumn_sdk import Autumn, errors
from autumn_sdk.models import v2_1 as models
from autumn_sdk.utils import NO_RETRIES
from tests.loopback import SECRET_KEY, LoopbackServer, Reply, error_body, unused_port

CHECK = {"customer_id": "cus_123", "feature_id": "messages"}
TRACK = {"customer_id": "cus_123", "feature_id": "messages", "value": 7}


# -- every SDK exception survives pickle, without the secret -------------------------------------------------


def _errors_from_the_wire(server: LoopbackServer) -> list[errors.AutumnError]:
    caught: list[errors.AutumnError] = []
    autumn = Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url, retry_config=NO_RETRIES, timeout_ms=200)
    server.enqueue(
        error_body("customer_not_found", "Customer cus_123 not found", 404),
        error_body("duplicate_idempotency_key", "used", 409),
        Reply(200, "<html>maintenance</html>"),
        Reply(200, {"allowed": True}),
        Reply(delay=0.5),
        Reply(fault="reset"),
    )
    for _ in range(6):
        try:
            autumn.track(**TRACK, idempotency_key="job-1")
        except errors.AutumnError as exc:
            caught.append(exc)
    down = Autumn(
        x_api_version="2.1", secret_key=SECRET_KEY, server_url=f"http://127.0.0.1:{unused_port()}", retry_config=NO_RETRIES
    )
    try:
        down.check(**CHECK)
    except errors.AutumnError as exc:
        caught.append(exc)
    autumn.close()
    return caught


def test_every_error_survives_pickle_without_the_secret(server: LoopbackServer) -> None:
    caught = _errors_from_the_wire(server)
    kinds = [type(e) for e in caught]
    assert kinds == [
        errors.NotFoundError,
        errors.AlreadyAppliedError,
        errors.ResponseValidationError,
        errors.ResponseValidationError,
        errors.RequestTimeoutError,
        errors.ResponseLostError,
        errors.ConnectionFailedError,
    ]
    for error in caught:
        data = pickle.dumps(error)
        assert SECRET_KEY.encode() not in data, type(error)
        restored = pickle.loads(data)
        assert type(restored) is type(error) and str(restored) == str(error)
        for field in ("status_code", "message", "code", "body", "field", "idempotency_key"):
            assert getattr(restored, field, None) == getattr(error, field, None), field
        if isinstance(error, errors.APIConnectionError):
            assert type(restored.cause) is type(error.cause) and str(restored.cause) == str(error.cause)
        if hasattr(error, "raw_response"):
            assert restored.raw_response.status_code == error.raw_response.status_code
            assert restored.raw_response.text == error.raw_response.text
            assert "authorization" not in restored.raw_response.request.headers


def _fail_in_a_worker(url: str) -> models.TrackResponse:
    with Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=url, retry_config=NO_RETRIES) as autumn:
        return autumn.track(**TRACK)


def test_an_error_raised_in_a_process_pool_reaches_the_parent(server: LoopbackServer) -> None:
    server.enqueue(error_body("customer_not_found", "Customer cus_123 not found", 404))
    with (
        ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork")) as pool,
        pytest.raises(errors.AutumnDefaultError) as caught,
    ):
        pool.submit(_fail_in_a_worker, server.url).result(timeout=30)
    assert caught.value.status_code == 404 and caught.value.code == "customer_not_found"


def test_pickled_error_fields_are_plain() -> None:
    # A response httpx never read (a caller's hook raised first) still pickles: its body is empty.
    response = httpx.Response(503, stream=httpx.ByteStream(b"x"), request=httpx.Request("POST", "http://127.0.0.1/"))
    error = errors.AutumnDefaultError(response)
    assert error.body == "" and error.status_code == 503
    restored = pickle.loads(pickle.dumps(error))
    assert restored.status_code == 503 and not math.isnan(restored.status_code)


def test_async_errors_pickle_too(server: LoopbackServer) -> None:
    server.enqueue(error_body("customer_not_found", "nope", 404))

    async def main() -> errors.AutumnError:
        async with Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url, retry_config=NO_RETRIES) as autumn:
            try:
                await autumn.track_async(**TRACK)
            except errors.AutumnError as exc:
                return exc
        raise AssertionError("no error")

    error = asyncio.run(main())
    data = pickle.dumps(error)
    assert SECRET_KEY.encode() not in data
    assert pickle.loads(data).code == "customer_not_found"
