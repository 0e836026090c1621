"""Render every generated file into a staging folder: per API version, models, SDK modules and docs.

Each version's document (``openapi.yaml`` is the default version's, ``openapi-<version>.yaml`` the
others', all byte for byte as Autumn publishes them) -> generator/overlay.yaml and then
generator/overlay-<version>.yaml applied -> inline shapes named (normalize) -> openapi-python-client
parses it and renders the models -> our templates render the operations, settings, request tables
and docs from its parse (spec). The versions share one hand-written runtime and one ``types.py``.
"""

from __future__ import annotations

import re
import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import jinja2
import yaml

from generator import normalize, overlay, webhooks
from generator import spec as spec_module
from generator.errors import SpecError

GENERATED_PACKAGE = Path("autumn_sdk/_generated")
GENERATED_DOCS = Path("docs")
GENERATED_AREAS = (GENERATED_PACKAGE, GENERATED_DOCS)
DEFAULT_DOCUMENT = "openapi.yaml"
HEADER = "generated from openapi*.yaml — do not edit"
PACKAGE_DOC = '''"""Code generated from openapi*.yaml (and generator/overlay*.yaml) by ``make generate``.

One subpackage per API version (``v2_1``, ``v2_3``, …), each with its models, operations and
request tables; ``types.py`` and ``settings.py`` are shared. Nothing in this folder is edited by
hand: change the overlays, templates/ or generator/ (or add a newer document Autumn published) and
run ``make generate``; ``make check-generated`` fails when this folder is stale. The public API is
``autumn_sdk`` (its ``Autumn`` class and the ``models``, ``errors`` and ``utils`` modules).
"""
'''
# Ruff runs with explicit options and --isolated so repository settings cannot change generated output.
RUFF_OPTIONS = ["--isolated", "--line-length", "110", "--target-version", "py311"]


@dataclass(frozen=True)
class Version:
    """One API version the SDK ships: its document and where its generated code goes."""

    name: str  # "2.3": what x_api_version takes
    document: Path  # relative to the repository root
    default: bool

    @property
    def module(self) -> str:
        return "v" + self.name.replace(".", "_")

    @property
    def class_name(self) -> str:
        return "AutumnV" + self.name.replace(".", "_")


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml parses Autumn's documents ~10x faster


def _read_yaml(path: Path) -> Any:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
    except yaml.YAMLError as exc:
        raise SpecError("#", f"{path.name} is not valid YAML: {exc}") from None


def read_versions(root: Path) -> list[tuple[Version, dict[str, Any]]]:
    """Every shipped version with its raw document, the default (openapi.yaml) first."""
    paths = [root / DEFAULT_DOCUMENT, *sorted(root.glob("openapi-*.yaml"))]
    found: list[tuple[Version, dict[str, Any]]] = []
    for path in paths:
        if not path.exists():
            raise SpecError("#", f"{path.name} is missing: it is the default version's document")
        document = _read_yaml(path)
        if not isinstance(document, dict) or "paths" not in document:
            raise SpecError("#", f"{path.name} is not an OpenAPI document (no `paths`)")
        match = re.fullmatch(r"(\d+)(?:\.(\d+))?(?:\.\d+)?", str((document.get("info") or {}).get("version", "")))
        if match is None:
            raise SpecError("#/info/version", f"{path.name}: the version must be MAJOR[.MINOR[.PATCH]]")
        name = f"{match[1]}.{match[2] or 0}"
        named = re.fullmatch(r"openapi-(.+)\.yaml", path.name)
        if named is not None and named[1] != name:
            raise SpecError("#/info/version", f"{path.name} holds version {name}: name it openapi-{name}.yaml")
        if any(v.name == name for v, _ in found):
            raise SpecError("#/info/version", f"two documents describe version {name}")
        found.append((Version(name, path.relative_to(root), default=path.name == DEFAULT_DOCUMENT), document))
    return found


def _overlaid(root: Path, version: Version, document: dict[str, Any]) -> dict[str, Any]:
    """A version's document with the overlays applied (every version's, then its own), every shape named."""
    for path in (root / "generator" / "overlay.yaml", root / "generator" / f"overlay-{version.name}.yaml"):
        if path.exists():
            document = overlay.apply(document, _read_yaml(path) or {"overlay": "1.0.0"})
    return normalize.normalize(webhooks.lift(document))


def load_document(root: Path, name: str | None = None) -> dict[str, Any]:
    """The overlaid, normalized document of version ``name`` ("2.1"; None: the default), as the generator reads it."""
    for version, document in read_versions(root):
        if version.name == name or (name is None and version.default):
            return _overlaid(root, version, document)
    raise SpecError("#", f"no document describes version {name}")


def generate(root: Path, staging: Path) -> Path:
    """Write the generated areas for the repository at ``root`` below ``staging``; return ``staging``."""
    versions = read_versions(root)
    env = _sdk_environment(root)
    package = staging / GENERATED_PACKAGE
    package.mkdir(parents=True)
    apis = []
    for version, document in versions:
        api, data = _generate_version(root, staging, env, version, _overlaid(root, version, document))
        apis.append((version, api, data, webhooks.events(document)))
    default_version, default_api, default_data, _ = apis[0]
    # Webhooks are not versioned: verify() types them by the first document (the default first) that has them.
    events_version = next((v for v, _, _, events in apis if events), default_version)
    (package / "__init__.py").write_text(PACKAGE_DOC, encoding="utf-8")
    shared = {"versions": [v for v, *_ in apis], "default": default_version, "api": default_api, "models": default_data}
    _render(env, "sdk/settings.py.jinja", package / "settings.py", shared)
    _render(env, "sdk/versions.py.jinja", package / "versions.py", shared)
    _render(env, "sdk/models.py.jinja", package / "models.py", shared)
    _render(env, "sdk/client.py.jinja", package / "client.py", shared)
    _render(env, "sdk/events.py.jinja", package / "events.py", {**shared, "events_version": events_version})
    _render(env, "docs/versions.md.jinja", staging / GENERATED_DOCS / "README.md", {**shared, "apis": [a[:3] for a in apis]})
    _format(package)
    _stamp(staging)
    return staging


def _generate_version(
    root: Path, staging: Path, env: jinja2.Environment, version: Version, document: dict[str, Any]
) -> tuple[spec_module.Api, Any]:
    from generator import models  # imported late: openapi-python-client is slow to import

    parsed = models.Parsed(root, document, version.document)
    package = staging / GENERATED_PACKAGE / version.module
    try:
        api = spec_module.build(document, parsed.openapi)
        events = webhooks.events(document)
        roots = {op.response_model for op in api.operations if op.response_model} | {e.model for e in events}
        inputs: set[str] = set()
        for op in api.operations:
            for arg in op.arguments:
                if arg.enum_class:
                    roots.add(arg.enum_class)
                if arg.schema is not None:
                    inputs.update(_refs(arg.schema, api.schemas))
        marked = frozenset(op.response_model for op in api.operations if op.marks_answers and op.response_model)
        answers = frozenset(op.response_model for op in api.operations if op.response_model)
        data = models.write_models(parsed, package, roots | inputs, inputs, marked, answers)
    finally:
        parsed.close()
    # One UNSET for every version, so a value from one version's models means the same in another's.
    (package.parent / "types.py").write_text((package / "types.py").read_text(encoding="utf-8"), encoding="utf-8")
    (package / "types.py").write_text(_SHARED_TYPES, encoding="utf-8")
    context = {
        "api": api,
        "version": version,
        "models": data,
        "request_schemas": {op.operation_id: op.request_schema for op in api.operations},
        "events": events,
    }
    (package / "__init__.py").write_text(
        f'"""API {version.name}: generated from {version.document}; see autumn_sdk/_generated/__init__.py."""\n',
        encoding="utf-8",
    )
    _render(env, "sdk/requests.py.jinja", package / "requests.py", context)
    _render(env, "sdk/responses.py.jinja", package / "responses.py", context)
    _render(env, "sdk/cli.py.jinja", package / "cli.py", context)
    _render(env, "sdk/webhooks.py.jinja", package / "webhooks.py", context)
    _render(env, "sdk/resources_init.py.jinja", package / "resources" / "__init__.py", context)
    resource = "sdk/resource.py.jinja"
    _render(env, resource, package / "resources" / "_root.py", {**context, "namespace": None, "operations": api.root_operations})
    for ns in api.namespaces:
        _render(env, resource, package / "resources" / f"{ns.name}.py", {**context, "namespace": ns, "operations": ns.operations})
    docs = staging / GENERATED_DOCS / version.name
    _render(env, "docs/operations.md.jinja", docs / "sdks" / "autumn" / "README.md", {**context, "namespace": None})
    for ns in api.namespaces:
        _render(env, "docs/operations.md.jinja", docs / "sdks" / ns.name / "README.md", {**context, "namespace": ns})
    _render(env, "docs/retryconfig.md.jinja", docs / "models" / "utils" / "retryconfig.md", context)
    for model in data.models:
        _render(env, "docs/model.md.jinja", docs / "models" / f"{model.name.lower()}.md", {**context, "model": model})
    for enum in data.enums:
        _render(env, "docs/enum.md.jinja", docs / "models" / f"{enum.name.lower()}.md", {**context, "enum": enum})
    return api, data


_SHARED_TYPES = '''"""UNSET and Unset, shared by every API version."""

from ..types import UNSET, Unset

__all__ = ["UNSET", "Unset"]
'''


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
