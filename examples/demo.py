"""The SDK's demo: `make demo` (offline, against the local emulator) or `make demo ARGS=--live`.

Offline it starts autumn_sdk.testing.LocalAutumn on 127.0.0.1 with a demo customer and runs the
seed's two examples, then shows a balance going down, a denied check with its paywall and a
credit back. With --live it runs the same calls against the real API with AUTUMN_SECRET_KEY,
on a customer and feature of yours (--customer, --feature): they record real usage.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Iterator
from typing import Any

from autumn_sdk import Autumn, models

SEED: dict[str, Any] = {
    "features": [
        {"id": "messages", "name": "Messages", "type": "metered", "consumable": True},
        {"id": "sso", "name": "SSO", "type": "boolean"},
    ],
    "plans": [
        {"id": "free", "name": "Free", "items": [{"feature_id": "messages", "included_usage": 5, "interval": "month"}]},
        {
            "id": "pro",
            "name": "Pro",
            "items": [{"feature_id": "messages", "included_usage": 100, "interval": "month"}, {"feature_id": "sso"}],
        },
    ],
    "customers": [{"id": "cus_123", "plans": ["free"]}],
}


def left(balance: models.Balance | None) -> str:
    if balance is None:
        return "no balance"
    if balance.unlimited:
        return "unlimited"
    return f"{balance.remaining:g} of {balance.granted:g} left"


def step(number: int, title: str) -> None:
    print(f"\n{number}. {title}")


def call(code: str) -> None:
    print(f"   >>> {code}")


def result(text: str) -> None:
    print(f"   {text}")


@contextlib.contextmanager
def client(live: bool) -> Iterator[Autumn]:
    if live:
        if not os.environ.get("AUTUMN_SECRET_KEY"):
            sys.exit("--live needs AUTUMN_SECRET_KEY (an am_sk_test_ key is best)")
        print("Running against the real Autumn API (api.useautumn.com) with AUTUMN_SECRET_KEY.")
        with Autumn() as autumn:
            yield autumn
        return
    from autumn_sdk.testing import LocalAutumn

    with LocalAutumn(SEED) as server:
        print(f"Local Autumn emulator on {server.url}: cus_123 is on the Free plan (5 messages a month).")
        with Autumn(x_api_version="2.1", secret_key=server.secret_key, server_url=server.url) as autumn:
            yield autumn


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--live", action="store_true", help="use the real API with AUTUMN_SECRET_KEY")
    parser.add_argument("--customer", default="cus_123", help="customer ID (default cus_123)")
    parser.add_argument("--feature", default="messages", help="metered feature ID (default messages)")
    args = parser.parse_args(argv)
    customer, feature = args.customer, args.feature

    with client(args.live) as autumn:
        step(1, "The seed's check example: may the customer send a message?")
        call(f'autumn.check(customer_id="{customer}", feature_id="{feature}")')
        res = autumn.check(customer_id=customer, feature_id=feature)
        result(f"allowed={res.allowed}, {left(res.balance)}")

        step(2, "The seed's track example: they sent one.")
        call(f'autumn.track(customer_id="{customer}", feature_id="{feature}", value=1)')
        tracked = autumn.track(customer_id=customer, feature_id=feature, value=1)
        result(f"recorded {tracked.value:g}; {left(tracked.balance)}")

        step(3, "The balance goes down with every track.")
        balance = tracked.balance
        while balance is not None and not balance.unlimited and balance.remaining > 0:
            balance = autumn.track(customer_id=customer, feature_id=feature, value=1).balance
            result(f"track(value=1) -> {left(balance)}")

        step(4, "Out of messages: check denies, and with_preview brings the paywall.")
        call(f'autumn.check(customer_id="{customer}", feature_id="{feature}", with_preview=True)')
        denied = autumn.check(customer_id=customer, feature_id=feature, with_preview=True)
        result(f"allowed={denied.allowed}, {left(denied.balance)}")
        if denied.preview:
            result(f'paywall: "{denied.preview.title}" ({denied.preview.scenario})')
            result(f"         {denied.preview.message}")
            for product in denied.preview.products:
                offer = ", ".join(
                    f"{item.included_usage} {item.feature_id} per {item.interval}" if item.interval else str(item.feature_id)
                    for item in product.items
                )
                result(f"         upgrade: {product.name} ({offer})")

        step(5, "A negative value credits balance back (a refund, a removed seat).")
        call(f'autumn.track(customer_id="{customer}", feature_id="{feature}", value=-2)')
        credited = autumn.track(customer_id=customer, feature_id=feature, value=-2)
        result(f"recorded {credited.value:g}; {left(credited.balance)}")
        again = autumn.check(customer_id=customer, feature_id=feature)
        result(f"check -> allowed={again.allowed}")
    print("\nDone. Use the emulator in your own tests: see README, 'Testing your code offline'.")


if __name__ == "__main__":
    main()
