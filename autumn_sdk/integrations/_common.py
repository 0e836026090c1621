"""What the framework helpers share: the check they make, the 402 body, the webhook secret."""

from __future__ import annotations

import inspect
import os
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING, Any, TypeVar

from .._errors import WebhookVerificationError
from .._webhooks import DEFAULT_TOLERANCE_S, WebhookEvent, decode_secret, verify

if TYPE_CHECKING:
    from collections.abc import Mapping

    from .. import Autumn
    from ..models import CheckResponse

__all__ = ["DEFAULT_TOLERANCE_S", "Gate", "Receiver", "denial_body", "resolved"]

R = TypeVar("R")
T = TypeVar("T")
SECRET_ENV = "AUTUMN_WEBHOOK_SECRET"


async def resolved(value: T | Awaitable[T]) -> T:
    """``value``, awaited when a callable of yours returned an awaitable (an async lookup)."""
    if inspect.isawaitable(value):
        return await value
    return value


class Gate:
    """``check`` for one feature, with the customer (and entity) taken from each request."""

    def __init__(
        self,
        autumn: Autumn,
        feature_id: str,
        customer_id: Callable[[Any], Any],
        entity_id: Callable[[Any], Any] | None,
        required_balance: float | None,
        send_event: bool,
    ) -> None:
        if not isinstance(feature_id, str) or not feature_id:
            raise ValueError("feature_id must be a non-empty string")
        if not callable(customer_id):
            raise TypeError("customer_id must be a callable that takes the request and returns the customer's ID")
        if entity_id is not None and not callable(entity_id):
            raise TypeError("entity_id must be a callable that takes the request, or None")
        self.autumn = autumn
        self.feature_id = feature_id
        self.customer_id = customer_id
        self.entity_id = entity_id
        self.required_balance = required_balance
        self.send_event = send_event

    def _arguments(self, customer_id: Any, entity_id: Any) -> dict[str, Any]:
        arguments: dict[str, Any] = {"customer_id": customer_id, "feature_id": self.feature_id, "with_preview": True}
        if entity_id is not None:
            arguments["entity_id"] = entity_id
        if self.required_balance is not None:
            arguments["required_balance"] = self.required_balance
        if self.send_event:
            arguments["send_event"] = True
        return arguments

    def check(self, request: Any) -> CheckResponse:
        entity_id = self.entity_id(request) if self.entity_id is not None else None
        client: Any = self.autumn  # any version's client: each has check() with these arguments
        answer: CheckResponse = client.check(**self._arguments(self.customer_id(request), entity_id))
        return answer

    async def check_async(self, request: Any) -> CheckResponse:
        customer_id = await resolved(self.customer_id(request))
        entity_id = await resolved(self.entity_id(request)) if self.entity_id is not None else None
        client: Any = self.autumn
        answer: CheckResponse = await client.check_async(**self._arguments(customer_id, entity_id))
        return answer


def denial_body(res: CheckResponse) -> dict[str, Any]:
    """The 402 body: the paywall preview (``scenario``, ``title``, ``message``, ``products``, …).

    The whole check answer when the API sent no preview.
    """
    preview = res.to_dict().get("preview")
    return preview if isinstance(preview, dict) else res.to_dict()


class Receiver:
    """Verifies webhook requests with one secret, checked when the receiver is made."""

    def __init__(self, secret: str | None, tolerance_s: int) -> None:
        if secret is None:
            secret = os.environ.get(SECRET_ENV)
            if not secret:
                raise ValueError(f"no webhook secret: pass secret='whsec_...' or set {SECRET_ENV}")
        try:
            decode_secret(secret)
        except WebhookVerificationError as exc:
            # A configuration error, found at start-up: not a 400 on every webhook later.
            raise ValueError(exc.reason) from None
        self._secret = secret
        self.tolerance_s = tolerance_s

    def __repr__(self) -> str:
        return f"Receiver(tolerance_s={self.tolerance_s})"

    def verify(self, body: bytes, headers: Mapping[str, str]) -> WebhookEvent:
        return verify(body, headers, self._secret, tolerance_s=self.tolerance_s)
