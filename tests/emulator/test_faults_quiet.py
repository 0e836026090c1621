"""The emulator's connection faults: what the client sees, and that the server stays quiet about them."""

from __future__ import annotations

import socket
from collections.abc import Iterator

import pytest

from autumn_sdk import Autumn, errors
from autumn_sdk.testing import LocalAutumn
from autumn_sdk.utils import NO_RETRIES

SEED = {
    "features": [{"feature_id": "messages", "type": "metered", "consumable": True}],
    "plans": [{"plan_id": "pro", "items": [{"feature_id": "messages", "included": 100, "reset": {"interval": "month"}}]}],
    "customers": [{"id": "cus_1", "plans": ["pro"]}],
}


@pytest.fixture
def server() -> Iterator[LocalAutumn]:
    with LocalAutumn(SEED) as running:
        yield running


def client(server: LocalAutumn, **options: object) -> Autumn:
    return Autumn(secret_key=server.secret_key, server_url=server.url, x_api_version="2.1", **options)  # type: ignore[arg-type]


# capfd comes before server: uvicorn binds its log handler to the stderr of the moment it starts.
@pytest.mark.parametrize("apply", [False, True])
def test_a_dropped_answer_prints_no_traceback(
    capfd: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture, server: LocalAutumn, apply: bool
) -> None:
    with client(server, retry_config=NO_RETRIES) as autumn:
        capfd.readouterr()
        server.fail_next(1, drop=True, apply=apply)
        with pytest.raises(errors.AutumnError):
            autumn.check(customer_id="cus_1", feature_id="messages")
        assert autumn.check(customer_id="cus_1", feature_id="messages").allowed  # the server carries on
    err = capfd.readouterr().err
    assert "Traceback" not in err and "Exception in ASGI application" not in err and "without completing" not in err, err
    assert [r.getMessage() for r in caplog.records if r.name.startswith("uvicorn")] == []  # nor logged at all


def test_a_reset_fault_is_a_connection_error_for_the_sdk(capfd: pytest.CaptureFixture[str], server: LocalAutumn) -> None:
    with client(server, retry_config=NO_RETRIES) as autumn:
        capfd.readouterr()
        server.fail_next(1, reset=True)
        with pytest.raises(errors.APIConnectionError):
            autumn.check(customer_id="cus_1", feature_id="messages")
        server.fail_next(1, reset=True)
    with client(server) as retrying:  # check is safe to retry: the default policy gets past one reset
        assert retrying.check(customer_id="cus_1", feature_id="messages").allowed
    assert server.balance("cus_1", "messages")["remaining"] == 100  # type: ignore[index]
    assert "Traceback" not in capfd.readouterr().err


def test_a_reset_arrives_as_rst_before_any_byte(server: LocalAutumn) -> None:
    """On a raw socket: the request is read, then the connection is reset (no status line, no FIN)."""
    server.fail_next(1, reset=True)
    body = b'{"customer_id": "cus_1", "feature_id": "messages"}'
    request = (
        b"POST /v1/balances.check HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\n"
        + f"authorization: Bearer {server.secret_key}\r\ncontent-length: {len(body)}\r\n\r\n".encode()
        + body
    )
    with socket.create_connection(("127.0.0.1", server.port), timeout=10) as conn:
        conn.sendall(request)
        with pytest.raises(ConnectionResetError):
            conn.recv(1024)


def test_a_reset_with_apply_applies_then_resets(server: LocalAutumn) -> None:
    with client(server, retry_config=NO_RETRIES) as autumn:
        server.fail_next(1, reset=True, apply=True)
        with pytest.raises(errors.APIConnectionError):
            autumn.track(customer_id="cus_1", feature_id="messages", value=3)
    assert server.balance("cus_1", "messages")["remaining"] == 97  # type: ignore[index]


def test_drop_and_reset_together_are_refused(server: LocalAutumn) -> None:
    with pytest.raises(ValueError, match="drop or reset"):
        server.fail_next(1, drop=True, reset=True)
