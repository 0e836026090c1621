"""API 2.3's invoices.list: every invoice the emulator issued (attach, update, renewals), cursor-paged.

An invoice's Autumn id is ``inv_`` + its Stripe-style id; ``amount_paid`` is its total once paid
(0 while open); the emulator refunds nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from .. import _cursor
from .._store import Store, number
from .._versions import handles_in


def _invoice_json(customer_id: str, invoice: Mapping[str, Any]) -> dict[str, Any]:
    return {
        "id": f"inv_{invoice['stripe_id']}",
        "customer_id": customer_id,
        "entity_id": invoice.get("entity_id"),
        "plan_ids": list(invoice["plan_ids"]),
        "stripe_id": invoice["stripe_id"],
        "processor_type": "stripe",
        "status": invoice["status"],
        "total": invoice["total"],
        "amount_paid": invoice["total"] if invoice["status"] == "paid" else number(0),
        "refunded_amount": 0,
        "currency": invoice["currency"],
        "created_at": invoice["created_at"],
        "hosted_invoice_url": invoice.get("hosted_invoice_url"),
    }


@handles_in("2.3", "listInvoices")
def list_invoices(store: Store, params: Mapping[str, Any]) -> dict[str, Any]:
    if "customer_id" in params:
        store.customer(params["customer_id"])
    statuses = set(params.get("status") or ())
    processors = set(params.get("processor_types") or ())
    found = [
        (customer.id, invoice)
        for customer in store.customers.values()
        if params.get("customer_id") in (None, customer.id)
        for invoice in customer.invoices
        if params.get("entity_id") in (None, invoice.get("entity_id"))
        and (not statuses or invoice["status"] in statuses)
        and (not processors or "stripe" in processors)
    ]
    return _cursor.page(found, lambda pair: (pair[1]["created_at"], pair[1]["stripe_id"]), params, lambda p: _invoice_json(*p))
