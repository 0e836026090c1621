"""python -m autumn_sdk.testing [--port 8080] [--seed seed.yaml] [--secret-key KEY]"""

from __future__ import annotations

import argparse
import contextlib
import threading

from ._server import LocalAutumn


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(prog="python -m autumn_sdk.testing", description="Run a local Autumn API emulator.")
    parser.add_argument("--port", type=int, default=8080, help="port on 127.0.0.1 (default 8080; 0 picks a free one)")
    parser.add_argument(
        "--seed", help="a JSON or YAML file of features, plans and customers (default: a demo; an empty file starts empty)"
    )
    parser.add_argument("--secret-key", help="the key clients must send (default: a random am_sk_test_ key)")
    args = parser.parse_args(argv)
    with LocalAutumn(args.seed, port=args.port, secret_key=args.secret_key) as server:
        print(f"Autumn emulator on {server.url}")
        print(f"  AUTUMN_SECRET_KEY={server.secret_key}")
        print(f"  customers: {', '.join(sorted(server.store.customers)) or 'none'}")
        print("Ctrl-C to stop.", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            threading.Event().wait()


if __name__ == "__main__":
    main()
