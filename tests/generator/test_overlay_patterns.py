"""Overlay targets that select by pattern (RFC 9535 match()/search()), which serve every version of the document."""

from __future__ import annotations

from typing import Any

import pytest

from generator.overlay import OverlayError, OverlayTargetWarning, apply


def _paths(*operation_ids: str) -> dict[str, Any]:
    return {"paths": {f"/v1/{op}": {"post": {"operationId": op}} for op in operation_ids}}


def _overlay(target: str) -> dict[str, Any]:
    return {"overlay": "1.0.0", "actions": [{"target": target, "update": {"x-sdk-idempotency-key": "never"}}]}


def _reads(result: dict[str, Any]) -> list[str]:
    return sorted(op for op, item in ((p[4:], i) for p, i in result["paths"].items()) if "x-sdk-idempotency-key" in item["post"])


DOCUMENT = _paths("getPlan", "listPlans", "createPlan", "forgetPlan", "list")


@pytest.mark.parametrize(
    "target",
    [
        "$.paths[?search(@.post.operationId, '^(get|list)')].post",
        "$.paths[?match(@.post.operationId, '(get|list).*')].post",
    ],
    ids=["search-anchored", "match-whole"],
)
def test_a_pattern_target_updates_every_operation_it_matches(target: str) -> None:
    assert _reads(apply(DOCUMENT, _overlay(target))) == ["getPlan", "list", "listPlans"]


def test_search_finds_a_part_of_the_name_and_match_the_whole_name() -> None:
    assert _reads(apply(DOCUMENT, _overlay("$.paths[?search(@.post.operationId, 'Plan')].post"))) == [
        "createPlan",
        "forgetPlan",
        "getPlan",
        "listPlans",
    ]
    assert _reads(apply(DOCUMENT, _overlay("$.paths[?match(@.post.operationId, 'list')].post"))) == ["list"]


def test_a_match_that_selects_nothing_warns_that_match_is_anchored() -> None:
    # RFC 9535: match() must match the whole string, so '^(get|list)' matches only "get" and "list" themselves.
    with pytest.warns(OverlayTargetWarning, match=r"match\(\) must match the whole string"):
        result = apply(_paths("getPlan", "listPlans"), _overlay("$.paths[?match(@.post.operationId, '^(get|list)')].post"))
    assert _reads(result) == []


def test_a_pattern_that_is_not_a_regular_expression_is_an_error() -> None:
    # RFC 9535 would have the filter quietly select nothing; for an overlay that hides a typo.
    with pytest.raises(OverlayError, match=r"actions\[0\]: invalid JSONPath"):
        apply(DOCUMENT, _overlay("$.paths[?search(@.post.operationId, '^(get')].post"))
