"""Give every object and enum shape of a document one name: inline schemas become named components.

Autumn's document repeats shapes inline (the plan in every ``plans.*`` answer, plan items nine
times). openapi-python-client would make a class per occurrence, named after its path
(``ListCustomersResponse200ListItemSubscriptionsItem``). Here each inline object or enum is moved to
``components/schemas`` and replaced by a ``$ref``; occurrences with the same shape (ignoring
descriptions, titles and examples) share one component. Names come from, in order: an existing
component, the schema's ``title`` (Autumn's, or one the overlay adds), and else the parent's name
plus the property (``Customer`` + ``subscriptions[]`` -> ``CustomerSubscription``).
"""

from __future__ import annotations

import copy
import hashlib
import json
import re
import warnings
from typing import Any

from generator.errors import SpecError

_COMPONENTS = "#/components/schemas/"
# Keys that do not change what a value may be: two schemas differing only in these are one shape.
_COSMETIC = frozenset({"description", "title", "example", "examples", "default", "deprecated", "readOnly", "writeOnly"})


class NamingWarning(UserWarning):
    """Two different shapes wanted the same derived name; the later one got a numbered name."""


def normalize(document: dict[str, Any]) -> dict[str, Any]:
    """Return a copy of ``document`` in which every object and enum schema is a named component."""
    doc = copy.deepcopy(document)
    schemas: dict[str, Any] = doc.setdefault("components", {}).setdefault("schemas", {})
    namer = _Namer(doc, schemas)
    namer.collect_titles(doc.get("paths") or {})
    namer.collect_titles(schemas)
    for name in list(schemas):
        schema = schemas[name]
        if _is_named_shape(schema):
            namer.claim(name, namer.fingerprint(schema))
    for name in list(schemas):
        schemas[name] = _titled(namer.hoist_children(schemas[name], name, f"{_COMPONENTS}{name}"), name)
    for path, item in (doc.get("paths") or {}).items():
        for method, operation in item.items():
            if not isinstance(operation, dict) or method.startswith("x-") or method == "parameters":
                continue
            pointer = f"#/paths/{_escape(path)}/{method}"
            base = _pascal(operation.get("operationId") or f"{method}_{path}")
            body = operation.get("requestBody")
            if isinstance(body, dict):
                for media, content in (body.get("content") or {}).items():
                    if "schema" in content:
                        where = f"{pointer}/requestBody/content/{_escape(media)}/schema"
                        content["schema"] = namer.hoist(content["schema"], f"{base}Params", where)
            for status, response in (operation.get("responses") or {}).items():
                if not isinstance(response, dict):
                    continue
                for media, content in (response.get("content") or {}).items():
                    if "schema" in content:
                        suffix = "Response" if str(status).startswith("2") else f"Error{status}"
                        where = f"{pointer}/responses/{status}/content/{_escape(media)}/schema"
                        content["schema"] = namer.hoist(content["schema"], f"{base}{suffix}", where)
            for index, parameter in enumerate(operation.get("parameters") or ()):
                if isinstance(parameter, dict) and "schema" in parameter:
                    where = f"{pointer}/parameters/{index}/schema"
                    parameter["schema"] = namer.hoist(parameter["schema"], base + _pascal(parameter.get("name", "")), where)
    return doc


def _is_named_shape(schema: Any) -> bool:
    """Objects with properties, maps of a typed value, and enums become classes; other schemas stay inline."""
    if not isinstance(schema, dict) or "$ref" in schema:
        return False
    if "enum" in schema:
        return True
    if schema.get("type") == "object" or "properties" in schema:
        extra = schema.get("additionalProperties")
        return bool(schema.get("properties")) or (isinstance(extra, dict) and bool(extra))
    return False


def _is_free_form(schema: dict[str, Any]) -> bool:
    """An object that declares no properties and takes any value for any key."""
    if schema.get("type") != "object" or schema.get("properties"):
        return False
    extra = schema.get("additionalProperties", True)
    return extra is True or extra == {}


class _Namer:
    def __init__(self, doc: dict[str, Any], schemas: dict[str, Any]) -> None:
        self.doc = doc
        self.schemas = schemas
        self.by_shape: dict[str, str] = {}
        self.taken: set[str] = set(schemas)
        self.titles: dict[str, str] = {}

    def collect_titles(self, node: Any) -> None:
        """Remember each shape's title wherever it appears, so that a title on any occurrence names them all."""
        if isinstance(node, dict):
            title = node.get("title")
            if isinstance(title, str) and title.strip() and _is_named_shape(node):
                self.titles.setdefault(self.fingerprint(node), _pascal(title))
            for value in node.values():
                self.collect_titles(value)
        elif isinstance(node, list):
            for value in node:
                self.collect_titles(value)

    def claim(self, name: str, shape: str) -> None:
        self.by_shape.setdefault(shape, name)
        self.taken.add(name)

    def hoist(self, schema: Any, hint: str, pointer: str) -> Any:
        """The schema to use at ``pointer``: a ``$ref`` for a named shape, else the schema with its parts hoisted."""
        if not isinstance(schema, dict):
            raise SpecError(pointer, f"expected a schema object, found {type(schema).__name__}")
        if _is_free_form(schema):
            # openapi-python-client would make a class of an object with no declared properties; a
            # plain dict serves better (metadata, properties). The mark keeps "it is an object" for
            # argument checks.
            kept = {k: v for k, v in schema.items() if k in _COSMETIC or str(k).startswith("x-")}
            return {**kept, "x-sdk-free-form-object": True}
        if not _is_named_shape(schema):
            return self.hoist_children(schema, hint, pointer)
        shape = self.fingerprint(schema)
        name = self.by_shape.get(shape)
        if name is None:
            title = self.titles.get(shape)
            # A title another shape already has (Autumn titles seven different plan items `PlanItem`)
            # names nothing: this shape takes the name its place derives instead.
            name = title if title and title not in self.taken else self._unique(hint, pointer)
            self.claim(name, shape)
            self.schemas[name] = {}  # reserved before the children, which may derive their names from it
            self.schemas[name] = _titled(self.hoist_children(schema, name, pointer), name)
        ref: dict[str, Any] = {"$ref": f"{_COMPONENTS}{name}"}
        if isinstance(schema.get("description"), str):
            ref["description"] = schema["description"]
        return ref

    def hoist_children(self, schema: Any, name: str, pointer: str) -> Any:
        if not isinstance(schema, dict) or "$ref" in schema:
            return schema
        out = dict(schema)
        properties = schema.get("properties")
        if isinstance(properties, dict):
            out["properties"] = {
                prop: self.hoist(sub, name + _pascal(prop), f"{pointer}/properties/{_escape(prop)}")
                for prop, sub in properties.items()
            }
        if isinstance(schema.get("items"), dict):
            out["items"] = self.hoist(schema["items"], _singular(name), f"{pointer}/items")
        prefix = schema.get("prefixItems")
        if isinstance(prefix, list):
            # A tuple's leading items (JSON Schema 2020-12): named like `items`, so that a leading item
            # of the same shape as the rest is the same class, and then `prefixItems` says nothing more.
            out["prefixItems"] = [
                self.hoist(item, _singular(name), f"{pointer}/prefixItems/{index}") for index, item in enumerate(prefix)
            ]
            if "items" in out and all(_same_ref(item, out["items"]) for item in out["prefixItems"]):
                del out["prefixItems"]
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict) and extra:
            out["additionalProperties"] = self.hoist(extra, f"{name}Value", f"{pointer}/additionalProperties")
        for keyword in ("anyOf", "oneOf"):
            branches = schema.get(keyword)
            if isinstance(branches, list):
                # One shaped branch (the usual `X | null`) takes the property's name; several are numbered.
                several = sum(1 for b in branches if _is_named_shape(b)) > 1
                out[keyword] = [
                    self.hoist(branch, f"{name}{index + 1}" if several else name, f"{pointer}/{keyword}/{index}")
                    for index, branch in enumerate(branches)
                ]
        if "allOf" in schema:
            raise SpecError(f"{pointer}/allOf", "allOf is not supported: merge the schemas (in the overlay) first")
        return out

    def fingerprint(self, schema: Any) -> str:
        return hashlib.sha1(json.dumps(self._essence(schema, ()), sort_keys=True).encode()).hexdigest()

    def _essence(self, schema: Any, seen: tuple[str, ...]) -> Any:
        """The schema with $refs expanded (a cycle stays a ref) and cosmetic keys dropped."""
        if isinstance(schema, dict):
            ref = schema.get("$ref")
            if isinstance(ref, str):
                if ref in seen or not ref.startswith(_COMPONENTS):
                    return {"$ref": ref}
                return self._essence(self.schemas.get(ref[len(_COMPONENTS) :], {}), (*seen, ref))
            if schema.get("x-sdk-free-form-object") or _is_free_form(schema):
                # One essence before and after hoisting (which rewrites free-form objects), so a title
                # collected on a shape still names it once the components it refers to are hoisted.
                return {"type": "object"}
            return {k: self._essence(v, seen) for k, v in schema.items() if k not in _COSMETIC and not str(k).startswith("x-")}
        if isinstance(schema, list):
            return [self._essence(v, seen) for v in schema]
        return schema

    def _unique(self, name: str, pointer: str) -> str:
        """A free derived name. A title of another shape is not free: titles name first."""
        if not name or not name[0].isalpha():
            name = f"Schema{name}"
        reserved = self.taken | set(self.titles.values())
        if name not in reserved:
            return name
        number = 2
        while f"{name}{number}" in reserved:
            number += 1
        owner = "taken by" if name in self.taken else "the title of"
        warnings.warn(
            f"{pointer}: the name {name} is {owner} another shape; using {name}{number}. "
            "Give this schema a `title` in generator/overlay.yaml to choose a better one.",
            NamingWarning,
            stacklevel=2,
        )
        return f"{name}{number}"


def _titled(schema: Any, name: str) -> Any:
    """The component with its ``title`` (if any) set to its name.

    openapi-python-client names a class by its schema's title before the component's name: a title
    left as it was (``PlanItem`` on a shape renamed ``CreatePlanParamsItem``) would make two classes of
    one name, and it drops all but one, and every reference to the others.
    """
    if isinstance(schema, dict) and "title" in schema and schema["title"] != name and _is_named_shape(schema):
        return {**schema, "title": name}
    return schema


def _same_ref(a: Any, b: Any) -> bool:
    return isinstance(a, dict) and isinstance(b, dict) and "$ref" in a and a.get("$ref") == b.get("$ref")


def _pascal(text: str) -> str:
    words = re.split(r"[^0-9A-Za-z]+|(?<=[a-z0-9])(?=[A-Z])", text)
    return "".join(w[:1].upper() + w[1:] for w in words if w)


def _singular(name: str) -> str:
    if name.endswith("ies") and len(name) > 3:
        return name[:-3] + "y"
    if name.endswith(("sses", "xes", "ches", "shes")):
        return name[:-2]
    if name.endswith("s") and not name.endswith("ss"):
        return name[:-1]
    return name


def _escape(segment: str) -> str:
    """A JSON pointer segment (RFC 6901)."""
    return str(segment).replace("~", "~0").replace("/", "~1")
