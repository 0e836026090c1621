"""Each version's 200 answers (openapi.yaml: 2.3, openapi-2.1.yaml) as JSON Schema validators, for the emulator's tests."""

from __future__ import annotations

import functools
import json
from typing import Any

import jsonschema
import yaml

from tests.conftest import ROOT

# Autumn's error body ({message, code, env}); the document declares no error schema.
ERROR_BODY: dict[str, Any] = {
    "type": "object",
    "properties": {"message": {"type": "string"}, "code": {"type": "string"}, "env": {"enum": ["sandbox", "live"]}},
    "required": ["message", "code", "env"],
}


DOCUMENTS = {"2.1": "openapi-2.1.yaml", "2.3": "openapi.yaml"}


@functools.cache
def _spec(version: str) -> dict[str, Any]:
    text = (ROOT / DOCUMENTS[version]).read_text(encoding="utf-8")
    spec: dict[str, Any] = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return spec


@functools.cache
def response_validator(path: str, version: str = "2.1") -> jsonschema.protocols.Validator:
    """A validator of the 200 answer of ``path`` in ``version``; component refs resolve inside one document."""
    spec = _spec(version)
    operation = next(iter(spec["paths"][path].values()))
    schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    text = json.dumps({"$defs": spec["components"]["schemas"], **schema}).replace("#/components/schemas/", "#/$defs/")
    document = json.loads(text)
    validator_class = jsonschema.validators.validator_for(document, default=jsonschema.Draft202012Validator)
    return validator_class(document, format_checker=validator_class.FORMAT_CHECKER)
