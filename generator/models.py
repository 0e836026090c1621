"""Drive openapi-python-client: the attrs models and enums of autumn_sdk/_generated/models/.

Only its models and ``types.py`` are kept; the SDK's transport, errors and operations come from our
own templates (templates/sdk/), so the ``client.py``/``api/`` it would emit are never rendered.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml
from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError


@dataclass(frozen=True)
class Field:
    name: str
    type: str
    required: bool
    description: str


@dataclass(frozen=True)
class ModelInfo:
    name: str
    module: str
    description: str
    fields: tuple[Field, ...]
    additional_properties: str | None  # the type of extra keys, or None when the schema closes the object


@dataclass(frozen=True)
class EnumInfo:
    name: str
    module: str
    description: str
    values: tuple[str, ...]


@dataclass(frozen=True)
class ModelData:
    models: tuple[ModelInfo, ...]
    enums: tuple[EnumInfo, ...]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(sorted([m.name for m in self.models] + [e.name for e in self.enums]))

    def module_of(self, name: str) -> str:
        return next(x.module for x in (*self.models, *self.enums) if x.name == name)


class GenerationError(Exception):
    """openapi-python-client could not turn openapi.yaml into models."""


def _text(value: object) -> str:
    """Unwrap openapi-python-client's string types (UntrustedString, PythonCode) into plain text."""
    if hasattr(value, "get_untrusted_value"):
        value = value.get_untrusted_value()
    elif hasattr(value, "as_unembedded_code"):
        value = value.as_unembedded_code()
    return " ".join(str(value or "").split())


def write_models(root: Path, package: Path, marked_models: frozenset[str]) -> ModelData:
    """Render models/, models/__init__.py and types.py below ``package``; describe them for the docs."""
    config = Config.from_sources(
        ConfigFile.load_from_path(root / "generator" / "openapi-python-client.yaml"),
        MetaType.NONE,
        root / "openapi.yaml",
        "utf-8",
        overwrite=True,
        output_path=package,
    )
    document = yaml.safe_load((root / "openapi.yaml").read_text(encoding="utf-8"))
    openapi = GeneratorData.from_dict(document, config=config)
    if isinstance(openapi, GeneratorError):
        raise GenerationError(f"{openapi.header}: {openapi.detail}")
    project = Project(openapi=openapi, config=config, custom_template_path=root / "templates" / "openapi-python-client")
    problems = [e for c in openapi.endpoint_collections_by_tag.values() for e in c.parse_errors] + list(openapi.errors)
    if problems:
        raise GenerationError("\n".join(f"{p.header}: {p.detail}" for p in problems))

    # The response models of operations that can fail open get a `failed_open` marker (model.py.jinja).
    project.env.globals["failed_open_models"] = marked_models
    models_dir = package / "models"
    models_dir.mkdir(parents=True)
    env = project.env
    (package / "types.py").write_text(env.get_template("types.py.jinja").render(), encoding="utf-8")
    model_template = env.get_template("model.py.jinja")
    infos: list[ModelInfo] = []
    for model in openapi.models:
        (models_dir / f"{model.class_info.module_name}.py").write_text(model_template.render(model=model), encoding="utf-8")
        extra = model.additional_properties
        infos.append(
            ModelInfo(
                name=_text(model.class_info.name),
                module=_text(model.class_info.module_name),
                description=_text(model.description),
                fields=tuple(
                    Field(_text(p.name), _text(p.get_type_string(no_optional=True)), p.required, _text(p.description))
                    for p in model.required_properties + model.optional_properties
                ),
                additional_properties=None if not extra else ("Any" if extra is True else _text(extra.get_type_string())),
            )
        )
    enum_template = env.get_template("str_enum.py.jinja")
    enums: list[EnumInfo] = []
    for enum in openapi.enums:
        (models_dir / f"{enum.class_info.module_name}.py").write_text(enum_template.render(enum=enum), encoding="utf-8")
        enums.append(
            EnumInfo(
                name=_text(enum.class_info.name),
                module=_text(enum.class_info.module_name),
                description=_text(enum.description),
                values=tuple(_text(v) for v in enum.values.values()),
            )
        )
    data = ModelData(tuple(sorted(infos, key=lambda m: m.name)), tuple(sorted(enums, key=lambda e: e.name)))
    init = env.get_template("models_init.py.jinja").render(exports=[(name, data.module_of(name)) for name in data.names])
    (models_dir / "__init__.py").write_text(init, encoding="utf-8")
    return data
