"""The SDK's demo: `make demo` (offline, against the local emulator) or `make demo ARGS=--live`.

Offline it starts autumn_sdk.testing.LocalAutumn on 127.0.0.1 with nothing in it, and tells the
onboarding story: create a feature and two plans, create a customer (who lands on Free), check and
track, run out and see the paywall, preview and buy Pro through the checkout, and chart the usage.
With --live it runs the same calls against the real API with AUTUMN_SECRET_KEY (a test key is
best): it creates the feature and plans only if they are missing, and stops at the payment URL.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Callable, Iterator

import httpx

from autumn_sdk import Autumn, errors, models

CUSTOMER = "cus_123"
FEATURE = "messages"


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
def client(live: bool) -> Iterator[tuple[Autumn, bool]]:
    if live:
        if not os.environ.get("AUTUMN_SECRET_KEY"):
            sys.exit("--live needs AUTUMN_SECRET_KEY (an am_sk_test_ key is best)")
        print("Running against the real Autumn API (api.useautumn.com) with AUTUMN_SECRET_KEY.")
        with Autumn() as autumn:
            yield autumn, True
        return
    from autumn_sdk.testing import LocalAutumn

    with LocalAutumn(seed={}) as server:
        print(f"Local Autumn emulator on {server.url}, empty: no features, plans or customers yet.")
        with Autumn(secret_key=server.secret_key, server_url=server.url) as autumn:
            yield autumn, False


def exists(lookup: Callable[[], object]) -> bool:
    """Whether a features.get / plans.get call finds its object (live runs reuse what is there)."""
    try:
        lookup()
    except errors.AutumnDefaultError as exc:
        if exc.status_code == 404:
            return False
        raise
    return True


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--live", action="store_true", help="use the real API with AUTUMN_SECRET_KEY")
    args = parser.parse_args(argv)

    with client(args.live) as (autumn, live):
        step(1, "The catalog: a metered feature, a Free plan every new customer gets, and a paid Pro plan.")
        call(f'autumn.features.create(feature_id="{FEATURE}", name="Messages", type_="metered", consumable=True)')
        if not exists(lambda: autumn.features.get(feature_id=FEATURE)):
            autumn.features.create(feature_id=FEATURE, name="Messages", type_="metered", consumable=True)
        call('autumn.plans.create(plan_id="free", name="Free", auto_enable=True, items=[5 messages a month])')
        if not exists(lambda: autumn.plans.get(plan_id="free")):
            autumn.plans.create(
                plan_id="free",
                name="Free",
                auto_enable=True,
                items=[{"feature_id": FEATURE, "included": 5, "reset": {"interval": "month"}}],
            )
        call('autumn.plans.create(plan_id="pro", name="Pro", price=$20 a month, items=[100 messages a month])')
        if not exists(lambda: autumn.plans.get(plan_id="pro")):
            autumn.plans.create(
                plan_id="pro",
                name="Pro",
                price={"amount": 20, "interval": "month"},
                items=[{"feature_id": FEATURE, "included": 100, "reset": {"interval": "month"}}],
            )
        result(f"plans: {', '.join(p.name for p in autumn.plans.list().list_)}")

        step(2, "A user signs up: get_or_create makes the customer, who is on Free.")
        call(f'autumn.customers.get_or_create(customer_id="{CUSTOMER}", name="Ada", email="ada@example.com")')
        customer = autumn.customers.get_or_create(customer_id=CUSTOMER, name="Ada", email="ada@example.com")
        balance = customer.balances.additional_properties.get(FEATURE)
        result(f"plans: {', '.join(s.plan_id for s in customer.subscriptions)}; {FEATURE}: {left(balance)}")

        step(3, "The seed's check and track examples: may they send a message? They sent one.")
        call(f'autumn.check(customer_id="{CUSTOMER}", feature_id="{FEATURE}")')
        res = autumn.check(customer_id=CUSTOMER, feature_id=FEATURE)
        result(f"allowed={res.allowed}, {left(res.balance)}")
        call(f'autumn.track(customer_id="{CUSTOMER}", feature_id="{FEATURE}", value=1)')
        tracked = autumn.track(customer_id=CUSTOMER, feature_id=FEATURE, value=1)
        result(f"recorded {tracked.value:g}; {left(tracked.balance)}")

        step(4, "They keep chatting until Free runs out; check then denies and brings the paywall.")
        balance = tracked.balance
        while balance is not None and not balance.unlimited and balance.remaining > 0:
            balance = autumn.track(customer_id=CUSTOMER, feature_id=FEATURE, value=1, properties={"model": "small"}).balance
            result(f"track(value=1) -> {left(balance)}")
        call(f'autumn.check(customer_id="{CUSTOMER}", feature_id="{FEATURE}", with_preview=True)')
        denied = autumn.check(customer_id=CUSTOMER, feature_id=FEATURE, with_preview=True)
        result(f"allowed={denied.allowed}, {left(denied.balance)}")
        if denied.preview:
            result(f'paywall: "{denied.preview.title}" ({denied.preview.scenario}); upgrade to:')
            for product in denied.preview.products:
                offer = ", ".join(f"{i.included_usage} {i.feature_id} per {i.interval}" for i in product.items if i.feature_id)
                result(f"         {product.name} ({offer})")

        step(5, "They choose Pro: preview the charge, attach, pay at the payment URL, check again.")
        call(f'autumn.billing.preview_attach(customer_id="{CUSTOMER}", plan_id="pro")')
        preview = autumn.billing.preview_attach(customer_id=CUSTOMER, plan_id="pro")
        lines = "; ".join(f"{line.description} {line.total:g}" for line in preview.line_items)
        result(f"{lines}; total {preview.total:g} {preview.currency}")
        call(f'autumn.billing.attach(customer_id="{CUSTOMER}", plan_id="pro")')
        attached = autumn.billing.attach(customer_id=CUSTOMER, plan_id="pro")
        if attached.payment_url:
            result(f"payment_url: {attached.payment_url}")
            if live:
                result("Open it to pay with a test card, then run the demo again.")
                return
            page = httpx.get(attached.payment_url)  # the emulator's checkout: opening it pays
            result(f"opened it: {page.status_code}, paid")
        customer = autumn.customers.get_or_create(customer_id=CUSTOMER)
        invoices = ", ".join(f"{i.total:g} {i.currency} {i.status}" for i in customer.invoices or [])
        result(f"plans: {', '.join(s.plan_id for s in customer.subscriptions)}; invoices: {invoices or 'none'}")
        call(f'autumn.check(customer_id="{CUSTOMER}", feature_id="{FEATURE}")')
        res = autumn.check(customer_id=CUSTOMER, feature_id=FEATURE)
        result(f"allowed={res.allowed}, {left(res.balance)}")
        autumn.track(customer_id=CUSTOMER, feature_id=FEATURE, value=3, properties={"model": "large"})

        step(6, "The usage chart: events.aggregate totals every track, by day and by model.")
        call(
            f'autumn.events.aggregate(customer_id="{CUSTOMER}", feature_id="{FEATURE}", range="7d", group_by="properties.model")'
        )
        chart = autumn.events.aggregate(customer_id=CUSTOMER, feature_id=FEATURE, range="7d", group_by="properties.model")
        total = chart.total[FEATURE]
        result(f"{total.sum_:g} {FEATURE} in {total.count:g} events over {len(chart.list_)} days")
        for row in chart.list_:
            if row.values[FEATURE]:
                groups = row.grouped_values[FEATURE].additional_properties if row.grouped_values else {}
                named = {("no model" if model == "null" else model): value for model, value in groups.items()}
                by_model = ", ".join(f"{model} {value:g}" for model, value in sorted(named.items()))
                result(f"today: {row.values[FEATURE]:g} ({by_model})")
    print("\nDone. Use the emulator in your own tests: see README, 'Testing your code offline'.")


if __name__ == "__main__":
    main()
