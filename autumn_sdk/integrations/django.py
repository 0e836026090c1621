"""Django view decorators: gate a view on ``check``, receive Autumn's webhooks. Sync and async views.

>>> from autumn_sdk.integrations.django import require_feature, webhook_receiver
>>> @require_feature(autumn, "messages", customer_id=lambda request: str(request.user.pk))
... def send(request): ...            # request.autumn_check is the check's answer
>>> @webhook_receiver("whsec_...")    # also csrf_exempt: Autumn sends no CSRF token
... def hook(request, event): ...

An ``async def`` view gets an async wrapper that uses the client's ``_async`` methods.
"""

from __future__ import annotations

import functools
import inspect
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar, cast

from django.http import HttpRequest, HttpResponse, HttpResponseBase, HttpResponseNotAllowed, JsonResponse
from django.views.decorators.csrf import csrf_exempt

from .._errors import WebhookVerificationError
from .._webhooks import WebhookEvent
from ._common import DEFAULT_TOLERANCE_S, Gate, Receiver, denial_body

if TYPE_CHECKING:
    from .. import Autumn
    from ..models import CheckResponse

__all__ = ["require_feature", "webhook_receiver"]

F = TypeVar("F", bound=Callable[..., Any])


def require_feature(
    autumn: Autumn,
    feature_id: str,
    *,
    customer_id: Callable[[HttpRequest], Any],
    entity_id: Callable[[HttpRequest], Any] | None = None,
    required_balance: float | None = None,
    send_event: bool = False,
) -> Callable[[F], F]:
    """Run the view only when ``check`` allows it; the answer is ``request.autumn_check``.

    ``customer_id`` (and ``entity_id``) take the request and return the ID; for an async view they
    may return an awaitable (``await request.auser()``). Denied: 402 with the paywall preview as
    JSON. A check that failed open (``Autumn(fail_open=True)`` while Autumn is unreachable) is
    allowed, with ``failed_open=True`` on the answer. ``send_event=True`` records
    ``required_balance`` (default 1) of usage in the same call. Errors of the call itself are raised.
    """
    gate = Gate(autumn, feature_id, customer_id, entity_id, required_balance, send_event)

    def decorator(view: F) -> F:
        if inspect.iscoroutinefunction(view):

            @functools.wraps(view)
            async def gated_async(request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
                res = await gate.check_async(request)
                if not res.allowed:
                    return _denied(res)
                request.autumn_check = res
                return await view(request, *args, **kwargs)

            return cast(F, gated_async)

        @functools.wraps(view)
        def gated(request: HttpRequest, *args: Any, **kwargs: Any) -> Any:
            res = gate.check(request)
            if not res.allowed:
                return _denied(res)
            request.autumn_check = res
            return view(request, *args, **kwargs)

        return cast(F, gated)

    return decorator


def _denied(res: CheckResponse) -> JsonResponse:
    return JsonResponse(denial_body(res), status=402)


def webhook_receiver(secret: str | None = None, *, tolerance_s: int = DEFAULT_TOLERANCE_S) -> Callable[[F], F]:
    """Verify a POST as an Autumn webhook and call ``view(request, event, ...)``; exempt from CSRF.

    ``secret`` is the endpoint's signing secret (default: ``AUTUMN_WEBHOOK_SECRET``); a missing or
    malformed one is a ``ValueError`` now. A request that does not verify is answered 400 with
    ``{"error": <why>}``, another method 405, and the view is not called. A view that returns
    ``None`` answers 204.
    """
    receiver = Receiver(secret, tolerance_s)

    def verified(request: HttpRequest) -> WebhookEvent | HttpResponseBase:
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        try:
            return receiver.verify(request.body, request.headers)
        except WebhookVerificationError as exc:
            return JsonResponse({"error": str(exc)}, status=400)

    def decorator(view: F) -> F:
        if inspect.iscoroutinefunction(view):

            @functools.wraps(view)
            async def receive_async(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
                event = verified(request)
                if isinstance(event, HttpResponseBase):
                    return event
                result = await view(request, event, *args, **kwargs)
                return HttpResponse(status=204) if result is None else result

            return cast(F, csrf_exempt(receive_async))

        @functools.wraps(view)
        def receive(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
            event = verified(request)
            if isinstance(event, HttpResponseBase):
                return event
            result = view(request, event, *args, **kwargs)
            return HttpResponse(status=204) if result is None else result

        return cast(F, csrf_exempt(receive))

    return decorator
