"""Apply an OpenAPI Overlay 1.0 document (JSONPath targets, ``update``/``remove`` actions) to a spec.

The JSONPath matching is python-jsonpath's (RFC 9535); the two actions are the Overlay
specification's: ``update`` merges an object into every node the target selects (objects
recursively, arrays appended, anything else replaced) and ``remove: true`` deletes those nodes.

A target can select by pattern, which outlives a list of names when Autumn adds operations:
``$.paths[?search(@.post.operationId, '^(get|list)')].post``. RFC 9535's ``match()`` must match the
whole string (``match(@.post.operationId, '(get|list).*')``), ``search()`` any part of it.
"""

from __future__ import annotations

import copy
import re
import warnings
from typing import Any

import jsonpath
from jsonpath import function_extensions


class OverlayError(Exception):
    """The overlay itself is malformed (not a missing target: that is only a warning)."""


class OverlayTargetWarning(UserWarning):
    """An overlay action's target matched nothing: the document it was written for has changed."""


class _Environment(jsonpath.JSONPathEnvironment):
    """python-jsonpath's default one, except that a pattern that is not a regular expression is an
    error: RFC 9535 has match()/search() quietly select nothing, which would read as "no such node"."""

    def setup_function_extensions(self) -> None:
        super().setup_function_extensions()
        self.function_extensions["match"] = function_extensions.Match(debug=True)
        self.function_extensions["search"] = function_extensions.Search(debug=True)


_JSONPATH = _Environment()


def apply(document: dict[str, Any], overlay: dict[str, Any]) -> dict[str, Any]:
    """Return a copy of ``document`` with the overlay's actions applied in order."""
    if not str(overlay.get("overlay", "")).startswith("1."):
        raise OverlayError("not an Overlay 1.x document: the top-level `overlay` version is missing")
    result = copy.deepcopy(document)
    for index, action in enumerate(overlay.get("actions") or ()):
        target = action.get("target")
        if not isinstance(target, str):
            raise OverlayError(f"actions[{index}]: `target` must be a JSONPath string")
        try:
            matches = list(_JSONPATH.finditer(target, result))
        except (jsonpath.JSONPathError, re.error) as exc:
            raise OverlayError(f"actions[{index}]: invalid JSONPath {target!r}: {exc}") from None
        if not matches:
            # The likely slip with a pattern: match() is anchored at both ends, `^` or not.
            hint = " (match() must match the whole string; search() finds a part)" if "match(" in target else ""
            warnings.warn(
                f"overlay action {index} ({action.get('description') or target}) matched nothing in the document{hint}",
                OverlayTargetWarning,
                stacklevel=2,
            )
            continue
        if action.get("remove") is True:
            # Deepest and last first, so removing one node does not shift the index of another.
            for match in sorted(matches, key=lambda m: m.parts, reverse=True):
                parent = match.parent.obj if match.parent is not None else None
                if parent is None:
                    raise OverlayError(f"actions[{index}]: cannot remove the document's root")
                del parent[match.parts[-1]]
        elif "update" in action:
            for match in matches:
                _merge(match.obj, action["update"], match.path)
        else:
            raise OverlayError(f"actions[{index}]: needs `update` or `remove: true`")
    return result


def _merge(node: Any, update: Any, where: str) -> None:
    if isinstance(node, dict) and isinstance(update, dict):
        for key, value in update.items():
            if key in node and isinstance(node[key], (dict, list)) and isinstance(value, type(node[key])):
                _merge(node[key], value, f"{where}.{key}")
            else:
                node[key] = copy.deepcopy(value)
    elif isinstance(node, list) and isinstance(update, list):
        node.extend(copy.deepcopy(update))
    else:
        raise OverlayError(f"cannot merge {type(update).__name__} into the {type(node).__name__} at {where}")
