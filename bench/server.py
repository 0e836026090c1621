"""A loopback server for the bench: canned check/track answers, as fast as uvicorn can send them.

    python bench/server.py PORT

Its own process, so the clients measured do not share a GIL with it.
"""

from __future__ import annotations

import socket
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from workload import CHECK_BODY, TRACK_BODY

HEADERS = [(b"content-type", b"application/json")]


async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] != "http":
        return
    while (await receive()).get("more_body"):
        pass
    body = CHECK_BODY if scope["path"].endswith("check") else TRACK_BODY
    await send(
        {"type": "http.response.start", "status": 200, "headers": [*HEADERS, (b"content-length", str(len(body)).encode())]}
    )
    await send({"type": "http.response.body", "body": body})


if __name__ == "__main__":
    import uvicorn

    # IPPROTO_TCP, so that asyncio turns on TCP_NODELAY for accepted connections.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", int(sys.argv[1])))
    sock.listen(1024)
    print("ready", flush=True)
    uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="off", access_log=False)).run(sockets=[sock])
