"""What user_code.py marks as errors fails at run time too, before any I/O; the public UNSET imports work."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from autumn_sdk import Autumn, AutumnV2_1, AutumnV2_3, models
from tests.loopback import SECRET_KEY, unused_port

URL = f"http://127.0.0.1:{unused_port()}"  # nothing listens: a call that got as far as I/O would be a connection error
NEW: AutumnV2_3 = Autumn(secret_key=SECRET_KEY, server_url=URL)
OLD: AutumnV2_1 = Autumn(secret_key=SECRET_KEY, server_url=URL, x_api_version="2.1")
ANY_NEW: Any = NEW
ANY_OLD: Any = OLD

REFUSED: dict[str, Callable[[], object]] = {
    "feature type typo": lambda: ANY_NEW.features.create(feature_id="s", name="S", type_="meterd"),
    "range typo": lambda: ANY_NEW.events.aggregate(customer_id="c", feature_id="m", range="7days"),
    "2.1 range typo": lambda: ANY_OLD.events.aggregate(customer_id="c", feature_id="m", range="7days"),
    "2.1 bin size": lambda: ANY_OLD.events.aggregate(customer_id="c", feature_id="m", range="7d", bin_size="week"),
    "finalize action typo": lambda: ANY_NEW.balances.finalize(lock_id="l1", action="confrim"),
    "plan schedule typo": lambda: ANY_NEW.billing.attach(customer_id="c", plan_id="p", plan_schedule="end_of_cylce"),
    "misspelt key": lambda: ANY_NEW.billing.attach(
        customer_id="c", plan_id="p", feature_quantities=[{"feature_id": "s", "quantiy": 3}]
    ),
    "misspelt argument": lambda: ANY_NEW.check(customer_id="c", feture_id="m"),
    "string value": lambda: ANY_NEW.track(customer_id="c", feature_id="m", value="1"),
    "unknown version": lambda: Autumn(secret_key=SECRET_KEY, x_api_version="2.2"),  # type: ignore[call-overload]
}


@pytest.mark.parametrize("name", REFUSED)
def test_refused_before_any_io(name: str) -> None:
    with pytest.raises((TypeError, ValueError)):
        REFUSED[name]()


def test_missing_names_and_operations_are_missing() -> None:
    assert not hasattr(models, "FeatureQuantty")
    assert not hasattr(OLD, "licenses") and not hasattr(OLD, "batch_track")


def test_unset_is_public() -> None:
    from autumn_sdk.models import UNSET, Unset
    from autumn_sdk.utils import UNSET as UTILS_UNSET
    from autumn_sdk.utils import Unset as UtilsUnset

    assert UTILS_UNSET is UNSET and UtilsUnset is Unset and isinstance(UNSET, Unset) and not UNSET
    assert models.CheckResponse(allowed=True, customer_id="c", balance=None, flag=None).preview is UNSET
