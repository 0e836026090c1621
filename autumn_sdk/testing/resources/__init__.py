"""One module per API resource; importing them registers their handlers (see ``_registry``)."""

from . import balances, billing, customers, entities, events, features, plans, referrals

__all__ = ["balances", "billing", "customers", "entities", "events", "features", "plans", "referrals"]
