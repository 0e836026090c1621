"""Whether replacing one main plan with another is an upgrade (at once) or a downgrade (at period end).

Follows Autumn's ``shared/utils/productUtils/isProductUpgrade.ts``: prices compare as monthly
rates (an annual $240 is $20 a month), a longer billing interval is always an upgrade, prepaid and
seat prices count toward the total, and pay-per-use prices do not.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ._store import Item, Plan, Store

# Months per interval (``intervalToValue``); the emulator's shorter intervals scale the same way.
_MONTHS = {
    "one_off": 0.0,
    "minute": 1 / 43_200,
    "hour": 1 / 720,
    "day": 1 / 30,
    "week": 0.25,
    "month": 1.0,
    "quarter": 3.0,
    "semi_annual": 6.0,
    "year": 12.0,
}


def _months(price: Mapping[str, Any]) -> float:
    return _MONTHS.get(str(price.get("interval") or "month"), 1.0) * float(price.get("interval_count") or 1)


def _amount(price: Mapping[str, Any]) -> float:
    tiers = price.get("tiers")
    if isinstance(tiers, list):
        return float(tiers[0].get("amount") or 0) if tiers else 0.0
    return float(price.get("amount") or 0)


def _prices(store: Store, plan: Plan) -> list[tuple[Mapping[str, Any], bool]]:
    """Each price of the plan, with whether it is pay-per-use (billed in arrear for what was used)."""
    prices: list[tuple[Mapping[str, Any], bool]] = [] if plan.price is None else [(plan.price, False)]
    prices.extend((i.price, _pay_per_use(store, i)) for i in plan.items if i.price is not None)
    return prices


def _pay_per_use(store: Store, item: Item) -> bool:
    # A usage-based price on a consumable feature is in-arrear usage; on a continuous one (seats)
    # it is prorated allocation, which the server counts like a fixed price.
    feature = store.features.get(item.feature_id)
    return item.billing_method == "usage_based" and (feature is None or feature.consumable)


def is_upgrade(store: Store, current: Plan, new: Plan) -> bool:
    old_prices, new_prices = _prices(store, current), _prices(store, new)
    old_free, new_free = _free(old_prices), _free(new_prices)
    if old_free != new_free:
        return old_free
    if _one_off(old_prices) or _one_off(new_prices):
        return True
    if all(ppu for _, ppu in old_prices) and all(ppu for _, ppu in new_prices):
        return True  # usage-only plans (and two free ones) always count as upgrades
    old_span, new_span = _largest(old_prices), _largest(new_prices)
    if old_span is not None and new_span is not None and new_span > old_span:
        return True
    return _monthly_total(old_prices) <= _monthly_total(new_prices)


def _free(prices: list[tuple[Mapping[str, Any], bool]]) -> bool:
    return sum(_amount(p) for p, _ in prices) == 0


def _one_off(prices: list[tuple[Mapping[str, Any], bool]]) -> bool:
    return all(p.get("interval") == "one_off" for p, _ in prices) and any(_amount(p) > 0 for p, _ in prices)


def _largest(prices: list[tuple[Mapping[str, Any], bool]]) -> float | None:
    return max((_months(p) for p, _ in prices), default=None)


def _monthly_total(prices: list[tuple[Mapping[str, Any], bool]]) -> float:
    total = 0.0
    for price, pay_per_use in prices:
        if not pay_per_use:
            months = _months(price)
            total += _amount(price) / months if months else _amount(price)
    return round(total, 6)
