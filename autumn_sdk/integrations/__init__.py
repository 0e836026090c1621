"""Helpers for web frameworks: gate a route on ``check``, and receive Autumn's webhooks.

One module per framework, each importing its framework only when you import it (none is a
dependency of the SDK):

- ``autumn_sdk.integrations.fastapi``: dependencies for FastAPI, async;
- ``autumn_sdk.integrations.flask``: view decorators for Flask;
- ``autumn_sdk.integrations.django``: view decorators for Django, sync and async views.

Each has ``require_feature(autumn, feature_id, customer_id=...)``: a denied check answers 402 with
the paywall preview as JSON (a failed-open check lets the request through), and a webhook receiver
that answers 400 to a request that does not verify and hands your code the ``WebhookEvent``.
"""
