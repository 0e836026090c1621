"""A loopback server for the bench: canned check/track answers, as fast as uvicorn can send them.

    python bench/server.py PORT

Its own process, so the clients measured do not share a GIL with it. It claims each track's
Idempotency-Key once and answers a repeat 409, as Autumn does; ``GET /stats`` says how many tracks
it applied and refused as repeats, so the bench can check every change was counted exactly once.
A path under ``/rtt<N>/`` answers after N ms (an asyncio sleep): a network round trip, simulated.
"""

from __future__ import annotations

import asyncio
import json
import socket
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from workload import CHECK_BODY, TRACK_BODY

HEADERS = [(b"content-type", b"application/json")]
DUPLICATE = json.dumps(
    {"message": "Idempotency key already used", "code": "duplicate_idempotency_key", "env": "sandbox"}
).encode()
CLAIMED: set[bytes] = set()
STATS = {"applied": 0, "duplicates": 0}


async def app(scope: dict[str, Any], receive: Any, send: Any) -> None:
    if scope["type"] != "http":
        return
    while (await receive()).get("more_body"):
        pass
    path: str = scope["path"]
    if path.startswith("/rtt"):
        prefix, _, path = path[1:].partition("/")
        await asyncio.sleep(int(prefix[3:]) / 1000)
    status, body = 200, CHECK_BODY if path.endswith("check") else TRACK_BODY
    if path == "/stats":
        body = json.dumps(STATS).encode()
    elif path.endswith("track"):
        key = dict(scope["headers"]).get(b"idempotency-key")
        if key is not None and key in CLAIMED:
            status, body = 409, DUPLICATE
            STATS["duplicates"] += 1
        else:
            if key is not None:
                CLAIMED.add(key)
            STATS["applied"] += 1
    await send(
        {"type": "http.response.start", "status": status, "headers": [*HEADERS, (b"content-length", str(len(body)).encode())]}
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
