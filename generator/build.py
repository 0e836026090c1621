"""Render every generated file into a staging folder: models, SDK modules and reference docs."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import jinja2

from generator import spec as spec_module

GENERATED_PACKAGE = Path("autumn_sdk/_generated")
GENERATED_DOCS = Path("docs")
GENERATED_AREAS = (GENERATED_PACKAGE, GENERATED_DOCS)
HEADER = "generated from openapi.yaml — do not edit"
# Ruff runs with explicit options and --isolated so repository settings cannot change generated output.
RUFF_OPTIONS = ["--isolated", "--line-length", "110", "--target-version", "py311"]


def generate(root: Path, staging: Path) -> Path:
    """Write the generated areas for the repository at ``root`` below ``staging``; return ``staging``."""
    api = spec_module.load(root / "openapi.yaml")
    package = staging / GENERATED_PACKAGE
    from generator import models  # imported late: openapi-python-client is slow to import

    data = models.write_models(root, package, frozenset(op.response_model for op in api.operations if op.fail_open))
    env = _sdk_environment(root)
    context = {"api": api, "models": data}
    _render(env, "sdk/generated_init.py.jinja", package / "__init__.py", context)
    _render(env, "sdk/settings.py.jinja", package / "settings.py", context)
    _render(env, "sdk/requests.py.jinja", package / "requests.py", context)
    _render(env, "sdk/operations_init.py.jinja", package / "operations" / "__init__.py", context)
    for operation in api.operations:
        _render(
            env, "sdk/operation.py.jinja", package / "operations" / f"{operation.name}.py", {**context, "operation": operation}
        )
    docs = staging / GENERATED_DOCS
    _render(env, "docs/operations.md.jinja", docs / "sdks" / "autumn" / "README.md", context)
    _render(env, "docs/retryconfig.md.jinja", docs / "models" / "utils" / "retryconfig.md", context)
    for model in data.models:
        _render(env, "docs/model.md.jinja", docs / "models" / f"{model.name.lower()}.md", {**context, "model": model})
    for enum in data.enums:
        _render(env, "docs/enum.md.jinja", docs / "models" / f"{enum.name.lower()}.md", {**context, "enum": enum})
    _format(package)
    _stamp(staging)
    return staging


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

    subprocess.run([find_ruff_bin(), *args], check=True, capture_output=True, text=True)


def _format(package: Path) -> None:
    # Unused imports and import order first (the upstream model template imports generously), then layout.
    _ruff("check", *RUFF_OPTIONS, "--fix-only", "--select", "F401,I,UP", "--quiet", str(package))
    _ruff("format", *RUFF_OPTIONS, "--quiet", str(package))


def _stamp(staging: Path) -> None:
    for path in sorted(staging.rglob("*")):
        if path.suffix == ".py":
            prefix = f"# {HEADER}\n"
        elif path.suffix == ".md":
            prefix = f"<!-- {HEADER} -->\n\n"
        elif path.name == "py.typed":
            continue
        else:
            continue
        path.write_text(prefix + path.read_text(encoding="utf-8"), encoding="utf-8")
