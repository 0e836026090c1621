"""referrals.create_code and referrals.redeem_code.

``create_code`` gives a customer one code per program (asking again returns the same code).
A customer may redeem one code per program, never their own.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .._provision import load_customer
from .._registry import handles
from .._store import ApiError, ReferralCode, Store


@handles("createReferralCode")
def create_referral_code(store: Store, params: Mapping[str, Any]) -> dict[str, Any]:
    customer = load_customer(store, params["customer_id"])
    program_id = params["program_id"]
    code = next((c for c in store.referral_codes.values() if (c.customer_id, c.program_id) == (customer.id, program_id)), None)
    if code is None:
        code = ReferralCode(
            code=f"REF{len(store.referral_codes) + 1:04d}{customer.id.upper()[-4:]}",
            customer_id=customer.id,
            program_id=program_id,
            created_at=store.now(),
        )
        store.referral_codes[code.code] = code
    return {"code": code.code, "customer_id": code.customer_id, "created_at": code.created_at}


@handles("redeemReferralCode")
def redeem_referral_code(store: Store, params: Mapping[str, Any]) -> dict[str, Any]:
    customer = load_customer(store, params["customer_id"])
    code = store.referral_codes.get(params["code"])
    if code is None:
        raise ApiError(404, "referral_code_not_found", f"Referral code {params['code']} not found")
    if code.customer_id == customer.id:
        raise ApiError(400, "invalid_request", f"Customer {customer.id} cannot redeem their own referral code")
    if (code.program_id, customer.id) in store.redemptions:
        raise ApiError(
            400,
            "referral_code_already_redeemed",
            f"Customer {customer.id} has already redeemed a code of program {code.program_id}",
        )
    store.redemptions[(code.program_id, customer.id)] = code.code
    if code.customer_id in store.customers:
        referrer = load_customer(store, code.customer_id)
        referrer.referrals.append(
            {
                "program_id": code.program_id,
                "customer": {"id": customer.id, "name": customer.name, "email": customer.email},
                "reward_applied": True,
                "created_at": store.now(),
            }
        )
    return {"id": store.new_id("red"), "customer_id": customer.id, "reward_id": f"{code.program_id}_reward"}
