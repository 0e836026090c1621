# generated from openapi*.yaml — do not edit
"""The Autumn client of API 2.3: batch_track, check, track, track_tokens on the client, the rest in namespaces.

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
    from .invoices import Invoices
    from .keys import Keys
    from .licenses import Licenses
    from .plans import Plans
    from .platform import Platform
    from .referrals import Referrals
    from .rewards import Rewards

# Every route of this version: operationId -> (method, path).
ROUTES: dict[str, tuple[str, str]] = {
    "batchTrack": ("POST", "/v1/balances.batch_track"),
    "check": ("POST", "/v1/balances.check"),
    "track": ("POST", "/v1/balances.track"),
    "trackTokens": ("POST", "/v1/balances.track_tokens"),
    "createBalance": ("POST", "/v1/balances.create"),
    "deleteBalance": ("POST", "/v1/balances.delete"),
    "finalizeLock": ("POST", "/v1/balances.finalize"),
    "updateBalance": ("POST", "/v1/balances.update"),
    "attach": ("POST", "/v1/billing.attach"),
    "createSchedule": ("POST", "/v1/billing.create_schedule"),
    "import": ("POST", "/v1/billing.import"),
    "multiAttach": ("POST", "/v1/billing.multi_attach"),
    "multiUpdate": ("POST", "/v1/billing.multi_update"),
    "openCustomerPortal": ("POST", "/v1/billing.open_customer_portal"),
    "previewAttach": ("POST", "/v1/billing.preview_attach"),
    "previewMultiAttach": ("POST", "/v1/billing.preview_multi_attach"),
    "previewMultiUpdate": ("POST", "/v1/billing.preview_multi_update"),
    "previewUpdate": ("POST", "/v1/billing.preview_update"),
    "setupPayment": ("POST", "/v1/billing.setup_payment"),
    "billingUpdate": ("POST", "/v1/billing.update"),
    "deleteCustomer": ("POST", "/v1/customers.delete"),
    "getCustomer": ("POST", "/v1/customers.get"),
    "getOrCreateCustomer": ("POST", "/v1/customers.get_or_create"),
    "listCustomers": ("POST", "/v1/customers.list"),
    "updateCustomer": ("POST", "/v1/customers.update"),
    "createEntity": ("POST", "/v1/entities.create"),
    "deleteEntity": ("POST", "/v1/entities.delete"),
    "getEntity": ("POST", "/v1/entities.get"),
    "listEntities": ("POST", "/v1/entities.list"),
    "updateEntity": ("POST", "/v1/entities.update"),
    "aggregateEvents": ("POST", "/v1/events.aggregate"),
    "listEvents": ("POST", "/v1/events.list"),
    "createFeature": ("POST", "/v1/features.create"),
    "deleteFeature": ("POST", "/v1/features.delete"),
    "getFeature": ("POST", "/v1/features.get"),
    "listFeatures": ("POST", "/v1/features.list"),
    "updateFeature": ("POST", "/v1/features.update"),
    "insertInvoices": ("POST", "/v1/invoices.insert"),
    "listInvoices": ("POST", "/v1/invoices.list"),
    "mintKey": ("POST", "/v1/keys.mint"),
    "refreshKey": ("POST", "/v1/keys.refresh"),
    "revokeKey": ("POST", "/v1/keys.revoke"),
    "attachLicense": ("POST", "/v1/licenses.attach"),
    "listLicenses": ("POST", "/v1/licenses.list"),
    "listLicenseAssignments": ("POST", "/v1/licenses.list_assignments"),
    "releaseLicense": ("POST", "/v1/licenses.release"),
    "createPlan": ("POST", "/v1/plans.create"),
    "deletePlan": ("POST", "/v1/plans.delete"),
    "getPlan": ("POST", "/v1/plans.get"),
    "listPlans": ("POST", "/v1/plans.list"),
    "updatePlan": ("POST", "/v1/plans.update"),
    "getRevenueCatKeys": ("POST", "/v1/platform.get_revenuecat_keys"),
    "linkRevenueCat": ("POST", "/v1/platform.link_revenuecat"),
    "syncRevenueCat": ("POST", "/v1/platform.sync_revenuecat"),
    "createReferralCode": ("POST", "/v1/referrals.create_code"),
    "createReferralProgram": ("POST", "/v1/referral_programs.create"),
    "deleteReferralProgram": ("POST", "/v1/referral_programs.delete"),
    "getReferralProgram": ("POST", "/v1/referral_programs.get"),
    "listReferralPrograms": ("POST", "/v1/referral_programs.list"),
    "redeemReferralCode": ("POST", "/v1/referrals.redeem_code"),
    "updateReferralProgram": ("POST", "/v1/referral_programs.update"),
    "createReward": ("POST", "/v1/rewards.create"),
    "deleteReward": ("POST", "/v1/rewards.delete"),
    "getReward": ("POST", "/v1/rewards.get"),
    "listRewards": ("POST", "/v1/rewards.list"),
    "redeemRewardCode": ("POST", "/v1/rewards.redeem"),
    "updateReward": ("POST", "/v1/rewards.update"),
}


class AutumnV2_3(RootOperations):
    """A client of Autumn's API 2.3: what ``Autumn(x_api_version='2.3')`` returns.

    Its answers are this version's models (``autumn_sdk.models.v2_3``).
    """

    API_VERSION: ClassVar[str] = "2.3"

    @cached_property
    def balances(self) -> Balances:
        """create, delete, finalize, update (and ``_async`` twins)."""
        from .balances import Balances

        return Balances(self)

    @cached_property
    def billing(self) -> Billing:
        """attach, create_schedule, import_, multi_attach, multi_update, open_customer_portal, preview_attach, preview_multi_attach, preview_multi_update, preview_update, setup_payment, update (and ``_async`` twins)."""
        from .billing import Billing

        return Billing(self)

    @cached_property
    def customers(self) -> Customers:
        """delete, get, get_or_create, list, update (and ``_async`` twins)."""
        from .customers import Customers

        return Customers(self)

    @cached_property
    def entities(self) -> Entities:
        """create, delete, get, list, update (and ``_async`` twins)."""
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
    def invoices(self) -> Invoices:
        """insert, list (and ``_async`` twins)."""
        from .invoices import Invoices

        return Invoices(self)

    @cached_property
    def keys(self) -> Keys:
        """mint, refresh, revoke (and ``_async`` twins)."""
        from .keys import Keys

        return Keys(self)

    @cached_property
    def licenses(self) -> Licenses:
        """attach, list, list_assignments, release (and ``_async`` twins)."""
        from .licenses import Licenses

        return Licenses(self)

    @cached_property
    def plans(self) -> Plans:
        """create, delete, get, list, update (and ``_async`` twins)."""
        from .plans import Plans

        return Plans(self)

    @cached_property
    def platform(self) -> Platform:
        """get_revenue_cat_keys, link_revenue_cat, sync_revenue_cat (and ``_async`` twins)."""
        from .platform import Platform

        return Platform(self)

    @cached_property
    def referrals(self) -> Referrals:
        """create_code, create_program, delete_program, get_program, list_programs, redeem_code, update_program (and ``_async`` twins)."""
        from .referrals import Referrals

        return Referrals(self)

    @cached_property
    def rewards(self) -> Rewards:
        """create, delete, get, list, redeem_code, update (and ``_async`` twins)."""
        from .rewards import Rewards

        return Rewards(self)


__all__ = ["ROUTES", "AutumnV2_3"]
