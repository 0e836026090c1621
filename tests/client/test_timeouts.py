"""timeout_ms bounds every wait of an attempt, and the body as a whole, even against a server that trickles it."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator

import httpx
import pytest

from autumn_sdk import Autumn, errors
from autumn_sdk.models import v2_1 as models
from autumn_sdk.utils import NO_RETRIES
from tests.doubles import VirtualClock, call
from tests.loopback import SECRET_KEY

BODY = b'{"allowed": true, "customer_id": "cus_123", "balance": null}' + b" " * 400


class TricklingServer:
    """Answers every request on 127.0.0.1 with complete headers, then its body one byte per ``gap`` s.

    Each byte arrives well within any read timeout, so only a deadline on the whole attempt ends it.
    """

    def __init__(self, gap: float) -> None:
        self.gap = gap
        self.requests = 0
        self.stopped = threading.Event()
        self._sock = socket.create_server(("127.0.0.1", 0))
        self._sock.settimeout(0.1)
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._sock.getsockname()[1]}"

    def _serve(self) -> None:
        while not self.stopped.is_set():
            try:
                conn, _ = self._sock.accept()
            except TimeoutError:
                continue
            threading.Thread(target=self._answer, args=(conn,), daemon=True).start()

    def _answer(self, conn: socket.socket) -> None:
        with conn:
            data = b""
            while b"\r\n\r\n" not in data:
                data += conn.recv(65536)
            head, _, rest = data.partition(b"\r\n\r\n")
            length = int(next(line.split(b":")[1] for line in head.split(b"\r\n") if line.lower().startswith(b"content-length")))
            while len(rest) < length:
                rest += conn.recv(65536)
            self.requests += 1
            conn.sendall(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n" % len(BODY))
            try:
                for i in range(len(BODY)):
                    if self.stopped.wait(self.gap):
                        return
                    conn.sendall(BODY[i : i + 1])
            except OSError:  # the client gave up and closed: what the SDK must do
                return

    def close(self) -> None:
        self.stopped.set()
        self._thread.join()
        self._sock.close()


@pytest.fixture
def trickling() -> Iterator[TricklingServer]:
    server = TricklingServer(gap=0.02)  # the whole body would take ~9 s
    yield server
    server.close()


def test_a_trickled_answer_is_cut_off_at_timeout_ms(trickling: TricklingServer, mode: str) -> None:
    autumn = Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=trickling.url, timeout_ms=300, retry_config=NO_RETRIES)
    result = call(autumn, mode, "check", customer_id="cus_123", feature_id="messages")
    assert isinstance(result, errors.RequestTimeoutError), result
    assert "timeout_ms" in str(result)
    autumn.close()


def test_a_per_call_timeout_ms_is_a_deadline_too(trickling: TricklingServer, mode: str) -> None:
    autumn = Autumn(
        x_api_version="2.1", secret_key=SECRET_KEY, server_url=trickling.url, timeout_ms=60_000, retry_config=NO_RETRIES
    )
    result = call(autumn, mode, "check", customer_id="cus_123", feature_id="messages", timeout_ms=300)
    assert isinstance(result, errors.RequestTimeoutError), result
    autumn.close()


def test_a_trickled_answer_is_retried_as_a_timeout(trickling: TricklingServer, mode: str) -> None:
    clock = VirtualClock()
    autumn = Autumn(x_api_version="2.1", secret_key=SECRET_KEY, server_url=trickling.url, timeout_ms=200, retry_clock=clock)
    result = call(autumn, mode, "check", customer_id="cus_123", feature_id="messages")
    assert isinstance(result, errors.RequestTimeoutError), result
    assert trickling.requests == 3 and clock.sleeps == [0.1, 0.2]  # two retries, then the last timeout
    autumn.close()


def test_an_answer_within_the_deadline_is_read_whole(mode: str) -> None:
    server = TricklingServer(gap=0.0)
    try:
        autumn = Autumn(
            x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url, timeout_ms=30_000, retry_config=NO_RETRIES
        )
        result = call(autumn, mode, "check", customer_id="cus_123", feature_id="messages")
        assert isinstance(result, models.CheckResponse) and result.allowed is True
        autumn.close()
    finally:
        server.close()


def test_waiting_for_a_pooled_connection_does_not_count_against_the_body_deadline() -> None:
    """Two calls share one connection: the second queues ~0.25 s, then its answer takes ~0.25 s more.

    Each wait is within timeout_ms, so both answers (each applied by the API) must be returned, not
    turned into timeouts because the whole call took longer than timeout_ms.
    """
    from tests.loopback import LoopbackServer, Reply, balance

    server = LoopbackServer()
    answer = {"customer_id": "cus_123", "value": 1, "balance": balance()}
    server.enqueue(Reply(200, answer, delay=0.25, apply=True), Reply(200, answer, delay=0.25, apply=True))
    http = httpx.Client(limits=httpx.Limits(max_connections=1))
    autumn = Autumn(
        x_api_version="2.1", secret_key=SECRET_KEY, server_url=server.url, timeout_ms=400, retry_config=NO_RETRIES, client=http
    )
    results: list[object] = []

    def track() -> None:
        try:
            results.append(autumn.track(customer_id="cus_123", feature_id="messages"))
        except errors.AutumnError as exc:  # recorded, so the assertion below names it
            results.append(exc)

    threads = [threading.Thread(target=track) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    try:
        assert [type(result) for result in results] == [models.TrackResponse, models.TrackResponse], results
        assert len(server.requests) == 2 and server.applied() == 2
    finally:
        autumn.close()
        http.close()
        server.close()


def test_a_callers_client_gets_the_sdks_timeout_and_a_per_call_one() -> None:
    # The SDK sends its timeouts as each request's extension, whatever the caller's client defaults to.
    seen: list[dict[str, float]] = []

    def reply(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return httpx.Response(200, json={"allowed": True, "customer_id": "c", "balance": None})

    own = httpx.Client(timeout=30.0, transport=httpx.MockTransport(reply))
    autumn = Autumn(x_api_version="2.1", secret_key=SECRET_KEY, client=own, timeout_ms=1500)
    autumn.check(customer_id="c", feature_id="f")
    autumn.check(customer_id="c", feature_id="f", timeout_ms=250)
    assert seen == [
        dict.fromkeys(("connect", "read", "write", "pool"), 1.5),
        dict.fromkeys(("connect", "read", "write", "pool"), 0.25),
    ]
    seen[0]["read"] = 99  # a hook changing one request's timeouts changes no other request's
    autumn.check(customer_id="c", feature_id="f")
    assert seen[-1]["read"] == 1.5
