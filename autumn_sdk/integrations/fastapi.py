"""FastAPI dependencies: gate a route on ``check``, receive Autumn's webhooks.

>>> from fastapi import Depends, FastAPI
>>> from autumn_sdk.integrations.fastapi import require_feature, webhook_event
>>> messages = require_feature(autumn, "messages", customer_id=lambda request: request.state.user_id)
>>> @app.post("/messages")
... async def send(check: Annotated[CheckResponse, Depends(messages)]): ...
>>> @app.post("/autumn/webhooks")
... async def hook(event: Annotated[WebhookEvent, Depends(webhook_event("whsec_..."))]): ...

Both are async and use the client's ``_async`` methods, so they never block the event loop.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from fastapi import HTTPException, Request

from .._errors import WebhookVerificationError
from .._webhooks import WebhookEvent
from ..models import CheckResponse  # at run time: FastAPI reads the dependencies' annotations
from ._common import DEFAULT_TOLERANCE_S, Gate, Receiver, denial_body

if TYPE_CHECKING:
    from .. import Autumn

__all__ = ["require_feature", "webhook_event"]


def require_feature(
    autumn: Autumn,
    feature_id: str,
    *,
    customer_id: Callable[[Request], str | Awaitable[str]],
    entity_id: Callable[[Request], str | Awaitable[str | None] | None] | None = None,
    required_balance: float | None = None,
    send_event: bool = False,
) -> Callable[[Request], Awaitable[CheckResponse]]:
    """A dependency that lets the request through only when ``check`` allows it, and returns the answer.

    ``customer_id`` (and ``entity_id``) take the request and return the ID (or an awaitable of it).
    Denied: ``HTTPException(402)``, which FastAPI answers as ``{"detail": <paywall preview>}``. A
    check that failed open (``Autumn(fail_open=True)`` while Autumn is unreachable) is allowed, with
    ``failed_open=True`` on the answer. ``send_event=True`` records ``required_balance`` (default 1) of
    usage in the same call. Errors of the call itself (an unknown customer: ``errors.NotFoundError``)
    are raised as they are.
    """
    gate = Gate(autumn, feature_id, customer_id, entity_id, required_balance, send_event)

    async def autumn_check(request: Request) -> CheckResponse:
        res = await gate.check_async(request)
        if not res.allowed:
            raise HTTPException(status_code=402, detail=denial_body(res))
        return res

    return autumn_check


def webhook_event(
    secret: str | None = None, *, tolerance_s: int = DEFAULT_TOLERANCE_S
) -> Callable[[Request], Awaitable[WebhookEvent]]:
    """A dependency that verifies the request as an Autumn webhook and returns the event.

    ``secret`` is the endpoint's signing secret (default: ``AUTUMN_WEBHOOK_SECRET``); a missing or
    malformed one is a ``ValueError`` now. A request that does not verify: ``HTTPException(400)``
    saying why.
    """
    receiver = Receiver(secret, tolerance_s)

    async def autumn_webhook(request: Request) -> WebhookEvent:
        body = await request.body()
        try:
            return receiver.verify(body, request.headers)
        except WebhookVerificationError as exc:
            raise HTTPException(status_code=400, detail=str(exc)) from None

    return autumn_webhook
