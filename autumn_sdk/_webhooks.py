"""Verifying Autumn's webhooks (sent through Svix) and turning them into typed events.

Svix signs ``"{svix-id}.{svix-timestamp}.{body}"`` with HMAC-SHA256, keyed by the base64 part of the
endpoint's ``whsec_…`` secret, and sends the base64 signature as ``v1,<sig>`` in ``svix-signature``
(several, space-separated, while a secret is being rotated: any one may match).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import logging
import secrets
import time
from collections.abc import Callable, Mapping
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

import attrs

from ._errors import ResponseValidationError, WebhookVerificationError
from ._generated import events as _events

if TYPE_CHECKING:
    from ._generated.events import WebhookEventData

__all__ = ["DEFAULT_TOLERANCE_S", "WebhookEvent", "decode_secret", "sign", "verify"]

DEFAULT_TOLERANCE_S = 300  # Svix's own libraries allow five minutes either way
_PREFIX = "whsec_"
_logger = logging.getLogger("autumn_sdk")

# The wall clock verify() compares svix-timestamp with; tests pin it.
_now: Callable[[], float] = time.time


# Event type -> parser of its ``data`` (a dict) into a typed model: the models generated from the
# webhooks section of Autumn's document (_generated/events.py), each imported on first use.
def _parser(name: str) -> Callable[[dict[str, Any]], Any]:
    def parse(data: dict[str, Any]) -> Any:
        event = getattr(_events.models, name).from_dict(data)
        event.to_dict()  # builds (and checks) the fields models build when first read: a mismatch shows now
        return event

    return parse


_EVENT_PARSERS: dict[str, Callable[[dict[str, Any]], Any]] = {t: _parser(n) for t, n in _events.EVENT_MODELS.items()}


@attrs.frozen
class WebhookEvent:
    """One verified webhook: ``type`` (``"billing.updated"``, …) and its ``data``.

    ``data`` is the event type's model (``models.BalancesLimitReachedData`` for
    ``balances.limit_reached``; narrow it with ``isinstance``), or the JSON object as a dict for an
    event type this SDK does not know, or whose data does not match its model (never refused: Autumn
    signed it). ``id`` is the Svix message id (the same on every redelivery: use it to process an
    event once) and ``timestamp`` when it was sent (UTC).
    """

    type: str
    data: WebhookEventData | dict[str, Any]
    id: str
    timestamp: datetime


def decode_secret(secret: str) -> bytes:
    """The HMAC key in a ``whsec_…`` secret; ``WebhookVerificationError`` when it is not one."""
    if not isinstance(secret, str) or not secret.startswith(_PREFIX):
        raise WebhookVerificationError("the webhook secret is malformed: it must start with 'whsec_'")
    try:
        key = base64.b64decode(secret[len(_PREFIX) :], validate=True)
    except (binascii.Error, ValueError):
        raise WebhookVerificationError("the webhook secret is malformed: the part after 'whsec_' is not base64") from None
    if not key:
        raise WebhookVerificationError("the webhook secret is malformed: it is empty after 'whsec_'")
    return key


def _signature(key: bytes, msg_id: str, timestamp: str, body: bytes) -> bytes:
    return hmac.new(key, f"{msg_id}.{timestamp}.".encode() + body, hashlib.sha256).digest()


def _header(headers: Mapping[str, str], name: str) -> str:
    # Frameworks spell header names differently (Svix-Id, svix-id, SVIX-ID): compare case-insensitively.
    for key, value in headers.items():
        if isinstance(key, str) and key.lower() == name:
            if not isinstance(value, str) or not value.strip():
                raise WebhookVerificationError(f"the {name} header is empty")
            return value.strip()
    raise WebhookVerificationError(f"the {name} header is missing")


def verify(
    payload: bytes | str, headers: Mapping[str, str], secret: str, *, tolerance_s: int = DEFAULT_TOLERANCE_S
) -> WebhookEvent:
    """Check that ``payload`` is a webhook Autumn sent, and return it as a :class:`WebhookEvent`.

    ``payload`` is the raw request body, exactly as received (re-serialised JSON does not verify);
    ``headers`` the request's headers (any case); ``secret`` the endpoint's signing secret
    (``whsec_…``). A timestamp more than ``tolerance_s`` seconds old or ahead is refused, so a
    captured request cannot be replayed later. Raises ``errors.WebhookVerificationError`` saying what
    failed, before the body is parsed.
    """
    if isinstance(payload, str):
        payload = payload.encode()
    if not isinstance(payload, bytes):
        raise TypeError(f"payload must be the raw body (bytes or str), not {type(payload).__name__}")
    if isinstance(tolerance_s, bool) or not isinstance(tolerance_s, int) or tolerance_s < 0:
        raise ValueError(f"tolerance_s must be a whole number of seconds >= 0, not {tolerance_s!r}")
    key = decode_secret(secret)
    msg_id = _header(headers, "svix-id")
    stamp = _header(headers, "svix-timestamp")
    signatures = _header(headers, "svix-signature")
    if not stamp.isascii() or not stamp.isdigit():
        raise WebhookVerificationError("the svix-timestamp header is not a Unix time in seconds")
    sent_at = int(stamp)
    now = _now()
    if sent_at < now - tolerance_s:
        raise WebhookVerificationError(f"the svix-timestamp is more than {tolerance_s} s old (a replayed or delayed request?)")
    if sent_at > now + tolerance_s:
        raise WebhookVerificationError(f"the svix-timestamp is more than {tolerance_s} s in the future (check the clock)")
    expected = _signature(key, msg_id, stamp, payload)
    if not any(hmac.compare_digest(expected, given) for given in _v1_signatures(signatures)):
        raise WebhookVerificationError("no signature in svix-signature matches the body (wrong secret, or a changed body?)")
    return _event(payload, msg_id, sent_at)


def _v1_signatures(header: str) -> list[bytes]:
    """The decoded ``v1`` signatures of the header; other versions and undecodable entries are skipped."""
    found = []
    for entry in header.split():
        version, _, value = entry.partition(",")
        if version != "v1":
            continue
        try:
            found.append(base64.b64decode(value, validate=True))
        except (binascii.Error, ValueError):
            continue
    return found


def _event(payload: bytes, msg_id: str, sent_at: int) -> WebhookEvent:
    try:
        body: Any = json.loads(payload)
    except ValueError:
        raise WebhookVerificationError("the body is not JSON") from None
    if not isinstance(body, dict) or not isinstance(body.get("type"), str) or not isinstance(body.get("data"), dict):
        raise WebhookVerificationError('the body is not a webhook event: expected a JSON object with "type" and "data"')
    event_type: str = body["type"]
    data: Any = body["data"]
    parser = _EVENT_PARSERS.get(event_type)
    if parser is not None:
        try:
            data = parser(data)
        except (KeyError, TypeError, ValueError, ResponseValidationError) as exc:
            # Signed by Autumn, so never refused: a shape the models do not know yet stays a dict.
            _logger.warning("webhook %s (%s): data kept as a dict, it does not match the model: %s", msg_id, event_type, exc)
    return WebhookEvent(type=event_type, data=data, id=msg_id, timestamp=datetime.fromtimestamp(sent_at, tz=UTC))


def sign(payload: bytes | str, secret: str, *, msg_id: str | None = None, timestamp: int | None = None) -> dict[str, str]:
    """The ``svix-*`` headers that make ``payload`` verify with ``secret``, as Svix would send them.

    For tests of your own webhook receiver. ``msg_id`` defaults to a new ``msg_…`` id and
    ``timestamp`` to now.
    """
    key = decode_secret(secret)
    body = payload.encode() if isinstance(payload, str) else payload
    msg_id = msg_id if msg_id is not None else new_message_id()
    stamp = str(int(_now()) if timestamp is None else timestamp)
    signature = base64.b64encode(_signature(key, msg_id, stamp, body)).decode()
    return {"svix-id": msg_id, "svix-timestamp": stamp, "svix-signature": f"v1,{signature}"}


def new_message_id() -> str:
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    return "msg_" + "".join(secrets.choice(alphabet) for _ in range(27))


def new_secret() -> str:
    """A new signing secret in Svix's form: ``whsec_`` and 24 random bytes in base64."""
    return _PREFIX + base64.b64encode(secrets.token_bytes(24)).decode()
