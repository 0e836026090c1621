"""Flask view decorators: gate a route on ``check``, receive Autumn's webhooks.

>>> from autumn_sdk.integrations.flask import require_feature, webhook_receiver
>>> @app.post("/messages")
... @require_feature(autumn, "messages", customer_id=lambda request: session["user_id"])
... def send():
...     flask.g.autumn_check  # the check's answer
>>> @app.post("/autumn/webhooks")
... @webhook_receiver("whsec_...")
... def hook(event: WebhookEvent): ...
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar, cast

import flask

from .._errors import WebhookVerificationError
from .._webhooks import WebhookEvent
from ._common import DEFAULT_TOLERANCE_S, Gate, Receiver, denial_body

if TYPE_CHECKING:
    from flask.typing import ResponseReturnValue

    from .. import Autumn

__all__ = ["require_feature", "webhook_receiver"]

F = TypeVar("F", bound=Callable[..., Any])


def require_feature(
    autumn: Autumn,
    feature_id: str,
    *,
    customer_id: Callable[[flask.Request], str],
    entity_id: Callable[[flask.Request], str | None] | None = None,
    required_balance: float | None = None,
    send_event: bool = False,
) -> Callable[[F], F]:
    """Run the view only when ``check`` allows it; the answer is ``flask.g.autumn_check``.

    ``customer_id`` (and ``entity_id``) take the request and return the ID. Denied: 402 with the
    paywall preview as JSON. A check that failed open (``Autumn(fail_open=True)`` while Autumn is
    unreachable) is allowed, with ``failed_open=True`` on the answer. ``send_event=True`` records
    ``required_balance`` (default 1) of usage in the same call. Errors of the call itself are raised.
    """
    gate = Gate(autumn, feature_id, customer_id, entity_id, required_balance, send_event)

    def decorator(view: F) -> F:
        @functools.wraps(view)
        def gated(*args: Any, **kwargs: Any) -> Any:
            res = gate.check(flask.request)
            if not res.allowed:
                return flask.jsonify(denial_body(res)), 402
            flask.g.autumn_check = res
            return view(*args, **kwargs)

        return cast(F, gated)

    return decorator


def webhook_receiver(
    secret: str | None = None, *, tolerance_s: int = DEFAULT_TOLERANCE_S
) -> Callable[[Callable[..., ResponseReturnValue | None]], Callable[..., ResponseReturnValue]]:
    """Verify the request as an Autumn webhook and call the view with the event first.

    ``secret`` is the endpoint's signing secret (default: ``AUTUMN_WEBHOOK_SECRET``); a missing or
    malformed one is a ``ValueError`` now. A request that does not verify is answered 400 with
    ``{"error": <why>}`` and the view is not called. A view that returns nothing answers 204.
    """
    receiver = Receiver(secret, tolerance_s)

    def decorator(view: Callable[..., ResponseReturnValue | None]) -> Callable[..., ResponseReturnValue]:
        @functools.wraps(view)
        def receive(*args: Any, **kwargs: Any) -> ResponseReturnValue:
            request = flask.request
            try:
                event: WebhookEvent = receiver.verify(request.get_data(), dict(request.headers.items()))
            except WebhookVerificationError as exc:
                return flask.jsonify(error=str(exc)), 400
            result = view(event, *args, **kwargs)
            return ("", 204) if result is None else result

        return receive

    return decorator
