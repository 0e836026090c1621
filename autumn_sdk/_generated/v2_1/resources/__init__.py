# generated from openapi*.yaml — do not edit
"""The Autumn client of API 2.1: check, track on the client, the rest in namespaces.

A namespace (``autumn.balances``) is created, and its module imported, on first use.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, ClassVar

from ._root import RootOperations

if TYPE_CHECKING:
    from .balances import Balances
    from .billing import Billing
    from .customers import Customers
    from .entities import Entities
    from .events import Events
    from .features import Features
    from .plans import Plans
    from .referrals import Referrals

# Every route of this version: operationId -> (method, path).
ROUTES: dict[str, tuple[str, str]] = {
    "check": ("POST", "/v1/balances.check"),
    "track": ("POST", "/v1/balances.track"),
    "createBalance": ("POST", "/v1/balances.create"),
    "deleteBalance": ("POST", "/v1/balances.delete"),
    "updateBalance": ("POST", "/v1/balances.update"),
    "attach": ("POST", "/v1/billing.attach"),
    "multiAttach": ("POST", "/v1/billing.multi_attach"),
    "openCustomerPortal": ("POST", "/v1/billing.open_customer_portal"),
    "previewAttach": ("POST", "/v1/billing.preview_attach"),
    "previewMultiAttach": ("POST", "/v1/billing.preview_multi_attach"),
    "previewUpdate": ("POST", "/v1/billing.preview_update"),
    "setupPayment": ("POST", "/v1/billing.setup_payment"),
    "billingUpdate": ("POST", "/v1/billing.update"),
    "deleteCustomer": ("POST", "/v1/customers.delete"),
    "getOrCreateCustomer": ("POST", "/v1/customers.get_or_create"),
    "listCustomers": ("POST", "/v1/customers.list"),
    "updateCustomer": ("POST", "/v1/customers.update"),
    "createEntity": ("POST", "/v1/entities.create"),
    "deleteEntity": ("POST", "/v1/entities.delete"),
    "getEntity": ("POST", "/v1/entities.get"),
    "aggregateEvents": ("POST", "/v1/events.aggregate"),
    "listEvents": ("POST", "/v1/events.list"),
    "createFeature": ("POST", "/v1/features.create"),
    "deleteFeature": ("POST", "/v1/features.delete"),
    "getFeature": ("POST", "/v1/features.get"),
    "listFeatures": ("POST", "/v1/features.list"),
    "updateFeature": ("POST", "/v1/features.update"),
    "createPlan": ("POST", "/v1/plans.create"),
    "deletePlan": ("POST", "/v1/plans.delete"),
    "getPlan": ("POST", "/v1/plans.get"),
    "listPlans": ("POST", "/v1/plans.list"),
    "updatePlan": ("POST", "/v1/plans.update"),
    "createReferralCode": ("POST", "/v1/referrals.create_code"),
    "redeemReferralCode": ("POST", "/v1/referrals.redeem_code"),
}


class AutumnV2_1(RootOperations):
    """A client of Autumn's API 2.1: what ``Autumn(x_api_version='2.1')`` returns.

    Its answers are this version's models (``autumn_sdk.models.v2_1``).
    """

    API_VERSION: ClassVar[str] = "2.1"

    @cached_property
    def balances(self) -> Balances:
        """create, delete, update (and ``_async`` twins)."""
        from .balances import Balances

        return Balances(self)

    @cached_property
    def billing(self) -> Billing:
        """attach, multi_attach, open_customer_portal, preview_attach, preview_multi_attach, preview_update, setup_payment, update (and ``_async`` twins)."""
        from .billing import Billing

        return Billing(self)

    @cached_property
    def customers(self) -> Customers:
        """delete, get_or_create, list, update (and ``_async`` twins)."""
        from .customers import Customers

        return Customers(self)

    @cached_property
    def entities(self) -> Entities:
        """create, delete, get (and ``_async`` twins)."""
        from .entities import Entities

        return Entities(self)

    @cached_property
    def events(self) -> Events:
        """aggregate, list (and ``_async`` twins)."""
        from .events import Events

        return Events(self)

    @cached_property
    def features(self) -> Features:
        """create, delete, get, list, update (and ``_async`` twins)."""
        from .features import Features

        return Features(self)

    @cached_property
    def plans(self) -> Plans:
        """create, delete, get, list, update (and ``_async`` twins)."""
        from .plans import Plans

        return Plans(self)

    @cached_property
    def referrals(self) -> Referrals:
        """create_code, redeem_code (and ``_async`` twins)."""
        from .referrals import Referrals

        return Referrals(self)


__all__ = ["ROUTES", "AutumnV2_1"]
