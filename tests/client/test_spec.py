"""openapi.yaml is Autumn's published document, and the SDK offers every operation of it by its published name."""

from __future__ import annotations

import inspect
from typing import Any

import pytest
from openapi_spec_validator import validate

from autumn_sdk import Autumn
from autumn_sdk._generated.v2_1.requests import OPERATIONS
from autumn_sdk.models import v2_1 as models
from tests.conftest import ROOT

PUBLISHED = ROOT.parent / "shared" / "reference" / "autumn-openapi-2.1.0.yml"

# The names Autumn's published SDK gives (x-speakeasy-name-override, snake_cased).
EXPECTED = {
    None: {"check", "track"},
    "customers": {"get_or_create", "list", "update", "delete"},
    "plans": {"create", "get", "list", "update", "delete"},
    "features": {"create", "get", "list", "update", "delete"},
    "billing": {
        "attach",
        "multi_attach",
        "preview_attach",
        "preview_multi_attach",
        "update",
        "preview_update",
        "open_customer_portal",
        "setup_payment",
    },
    "balances": {"create", "update", "delete"},
    "events": {"list", "aggregate"},
    "entities": {"create", "get", "delete"},
    "referrals": {"create_code", "redeem_code"},
}


def test_each_version_is_autumns_document_byte_for_byte() -> None:
    if not PUBLISHED.exists():
        pytest.skip("shared/reference is not beside this checkout")
    assert (ROOT / "openapi-2.1.yaml").read_bytes() == PUBLISHED.read_bytes()
    assert (ROOT / "openapi.yaml").read_bytes() == (PUBLISHED.parent / "autumn-openapi-2.3.0.yml").read_bytes()


def test_spec_is_valid_openapi_3_1(spec: dict[str, Any]) -> None:
    validate(spec)
    assert spec["openapi"].startswith("3.1")


def test_every_operation_is_a_method_named_as_published() -> None:
    found: dict[str | None, set[str]] = {}
    for _op_id, _method, namespace, name in OPERATIONS.values():
        found.setdefault(namespace, set()).add(name)
    assert found == EXPECTED
    assert len(OPERATIONS) == 34
    autumn = Autumn(x_api_version="2.1", secret_key="am_sk_test_x", server_url="http://127.0.0.1:9")
    for namespace, names in EXPECTED.items():
        target = autumn if namespace is None else getattr(autumn, namespace)
        for name in names:
            for method in (getattr(target, name), getattr(target, f"{name}_async")):
                parameters = inspect.signature(method).parameters.values()
                assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for p in parameters), method
            assert inspect.iscoroutinefunction(getattr(target, f"{name}_async"))


@pytest.mark.parametrize("version", ["2.1", "2.3"])
def test_the_docs_list_every_operation_of_each_version_with_a_link(version: str) -> None:
    """README links docs/README.md, which links every operation's section in its version's pages."""
    import importlib

    assert "(docs/README.md)" in (ROOT / "README.md").read_text(encoding="utf-8")
    index = (ROOT / "docs" / "README.md").read_text(encoding="utf-8")
    module = "v" + version.replace(".", "_")
    operations = importlib.import_module(f"autumn_sdk._generated.{module}.requests").OPERATIONS
    for _op_id, _method, namespace, name in operations.values():
        page = namespace or "autumn"
        assert f"](./{version}/sdks/{page}/README.md#{name})" in index, (namespace, name)
        assert f"## {name}\n" in (ROOT / "docs" / version / "sdks" / page / "README.md").read_text(encoding="utf-8")


def test_namespaces_are_created_on_first_use_and_share_the_client() -> None:
    autumn = Autumn(x_api_version="2.1", secret_key="am_sk_test_x", server_url="http://127.0.0.1:9")
    assert "customers" not in vars(autumn)
    customers = autumn.customers
    assert autumn.customers is customers and customers._client is autumn


def test_published_argument_spellings() -> None:
    autumn = Autumn(x_api_version="2.1", secret_key="am_sk_test_x", server_url="http://127.0.0.1:9")
    create = inspect.signature(autumn.features.create).parameters
    assert "type_" in create and "type" not in create
    aggregate = inspect.signature(autumn.events.aggregate).parameters
    assert "range" in aggregate
    update = inspect.signature(autumn.customers.update).parameters
    assert update["name"].default is not None  # UNSET: None is an explicit null


def test_one_model_per_shape_with_the_seed_names() -> None:
    for name in ("CheckResponse", "TrackResponse", "Balance", "Plan", "Customer", "Feature", "FeatureQuantity", "PlanItem"):
        assert isinstance(getattr(models, name), type)
    exported = set(models.__all__)
    assert not any(len(name) > 40 or "Type0" in name or "Response200" in name for name in exported), sorted(exported)
    assert "CheckParams" not in exported and "AttachParams" not in exported  # no method takes them
    assert "FeatureQuantityDict" in exported  # a method takes FeatureQuantity: it has a TypedDict twin
