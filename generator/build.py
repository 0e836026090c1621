"""Render every generated file into a staging folder: models, SDK modules and reference docs.

openapi.yaml (Autumn's document, as published) -> overlay.yaml applied -> inline shapes named
(normalize) -> openapi-python-client parses it and renders the models -> our templates render the
operations, settings, request tables and docs from its parse (spec).
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import jinja2
import yaml

from generator import normalize, overlay
from generator import spec as spec_module
from generator.errors import SpecError

GENERATED_PACKAGE = Path("autumn_sdk/_generated")
GENERATED_DOCS = Path("docs")
GENERATED_AREAS = (GENERATED_PACKAGE, GENERATED_DOCS)
HEADER = "generated from openapi.yaml — do not edit"
PACKAGE_DOC = '''"""Code generated from openapi.yaml (and generator/overlay.yaml) by ``make generate``.

Nothing in this folder is edited by hand: change generator/overlay.yaml, templates/ or generator/
(or copy in a newer document Autumn published) and run ``make generate``; ``make check-generated``
fails when this folder is stale. The public API is ``autumn_sdk`` (its ``Autumn`` class and the
``models``, ``errors`` and ``utils`` modules).
"""
'''
# Ruff runs with explicit options and --isolated so repository settings cannot change generated output.
RUFF_OPTIONS = ["--isolated", "--line-length", "110", "--target-version", "py311"]


# libyaml's loader when PyYAML was built with it: several times faster on Autumn's 2 MB document.
# Both build the same plain data (the safe subset of YAML).
_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def _load_yaml(path: Path) -> Any:
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)


def load_document(root: Path) -> dict[str, Any]:
    """openapi.yaml with generator/overlay.yaml applied and every object and enum shape named."""
    try:
        document = _load_yaml(root / "openapi.yaml")
        overlay_document = _load_yaml(root / "generator" / "overlay.yaml")
    except yaml.YAMLError as exc:
        raise SpecError("#", f"not valid YAML: {exc}") from None
    if not isinstance(document, dict) or "paths" not in document:
        raise SpecError("#", "not an OpenAPI document (no `paths`)")
    return normalize.normalize(overlay.apply(document, overlay_document or {"overlay": "1.0.0"}))


def generate(root: Path, staging: Path) -> Path:
    """Write the generated areas for the repository at ``root`` below ``staging``; return ``staging``."""
    from generator import models  # imported late: openapi-python-client is slow to import

    document = load_document(root)
    parsed = models.Parsed(root, document)
    try:
        api = spec_module.build(document, parsed.openapi)
        package = staging / GENERATED_PACKAGE
        roots = {op.response_model for op in api.operations if op.response_model}
        inputs: set[str] = set()
        for op in api.operations:
            for arg in op.arguments:
                if arg.enum_class:
                    roots.add(arg.enum_class)
                if arg.schema is not None:
                    inputs.update(_refs(arg.schema, api.schemas))
        marked = frozenset(op.response_model for op in api.operations if op.fail_open and op.response_model)
        data = models.write_models(parsed, package, roots | inputs, inputs, marked)
    finally:
        parsed.close()
    env = _sdk_environment(root)
    context = {"api": api, "models": data, "request_schemas": {op.operation_id: op.request_schema for op in api.operations}}
    (package / "__init__.py").write_text(PACKAGE_DOC, encoding="utf-8")
    _render(env, "sdk/settings.py.jinja", package / "settings.py", context)
    _render(env, "sdk/requests.py.jinja", package / "requests.py", context)
    _render(env, "sdk/responses.py.jinja", package / "responses.py", context)
    _render(env, "sdk/resources_init.py.jinja", package / "resources" / "__init__.py", context)
    resource = "sdk/resource.py.jinja"
    _render(env, resource, package / "resources" / "_root.py", {**context, "namespace": None, "operations": api.root_operations})
    for ns in api.namespaces:
        _render(env, resource, package / "resources" / f"{ns.name}.py", {**context, "namespace": ns, "operations": ns.operations})
    docs = staging / GENERATED_DOCS
    _render(env, "docs/operations.md.jinja", docs / "sdks" / "autumn" / "README.md", {**context, "namespace": None})
    for ns in api.namespaces:
        _render(env, "docs/operations.md.jinja", docs / "sdks" / ns.name / "README.md", {**context, "namespace": ns})
    _render(env, "docs/retryconfig.md.jinja", docs / "models" / "utils" / "retryconfig.md", context)
    for model in data.models:
        _render(env, "docs/model.md.jinja", docs / "models" / f"{model.name.lower()}.md", {**context, "model": model})
    for enum in data.enums:
        _render(env, "docs/enum.md.jinja", docs / "models" / f"{enum.name.lower()}.md", {**context, "enum": enum})
    _format(package)
    _stamp(staging)
    return staging


def _refs(schema: Any, schemas: dict[str, Any], seen: set[str] | None = None) -> set[str]:
    """The component names a compact schema refers to, transitively."""
    seen = set() if seen is None else seen
    if isinstance(schema, dict):
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref not in seen:
            seen.add(ref)
            _refs(schemas.get(ref), schemas, seen)
        for value in schema.values():
            _refs(value, schemas, seen)
    elif isinstance(schema, list):
        for value in schema:
            _refs(value, schemas, seen)
    return seen


def _sdk_environment(root: Path) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(root / "templates")),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters["pyrepr"] = repr
    env.filters["md_cell"] = lambda text: str(text).replace("|", "\\|").replace("\n", " ")
    return env


def _render(env: jinja2.Environment, template: str, target: Path, context: dict[str, Any]) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(env.get_template(template).render(**context), encoding="utf-8")


def _ruff(*args: str) -> None:
    from ruff.__main__ import find_ruff_bin

    result = subprocess.run([find_ruff_bin(), *args], capture_output=True, text=True)
    if result.returncode != 0:
        raise SpecError("#", f"the generated code does not parse (a template bug): {result.stdout}{result.stderr}")


def _format(package: Path) -> None:
    # Unused imports and import order first (the upstream model template imports generously), then layout.
    _ruff("check", *RUFF_OPTIONS, "--fix-only", "--select", "F401,I,UP", str(package))
    _ruff("format", *RUFF_OPTIONS, "--quiet", str(package))


def _stamp(staging: Path) -> None:
    for path in sorted(staging.rglob("*")):
        if path.suffix == ".py":
            prefix = f"# {HEADER}\n"
        elif path.suffix == ".md":
            prefix = f"<!-- {HEADER} -->\n\n"
        else:
            continue
        path.write_text(prefix + path.read_text(encoding="utf-8"), encoding="utf-8")
