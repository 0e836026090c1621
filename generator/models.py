"""Drive openapi-python-client: parse the document, and render the attrs models the SDK uses.

Only its models and ``types.py`` are kept; the SDK's transport, errors and operations are our own
(hand-written runtime, templates/sdk/), so the ``client.py``/``api/`` it would emit are never
rendered. Models no method takes or returns are not rendered either.
"""

from __future__ import annotations

import builtins
import keyword
import re
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openapi_python_client import Project
from openapi_python_client.config import Config, ConfigFile, MetaType
from openapi_python_client.parser import GeneratorData
from openapi_python_client.parser.errors import GeneratorError
from openapi_python_client.parser.properties import (
    EnumProperty,
    ListProperty,
    ModelProperty,
    NoneProperty,
    Property,
    UnionProperty,
)

from generator.errors import SpecError
from generator.spec import _text, annotation

_BUILTINS = frozenset(n for n in dir(builtins) if not n.startswith("_"))


@dataclass(frozen=True)
class Field:
    name: str
    wire_name: str
    type: str
    required: bool
    description: str
    dict_type: str  # the field's type in the model's TypedDict


@dataclass(frozen=True)
class ModelInfo:
    name: str
    module: str
    description: str
    fields: tuple[Field, ...]
    additional_properties: str | None  # the type of extra keys, or None when the schema closes the object
    is_input: bool  # a method takes it: it gets a TypedDict <name>Dict


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
    def exports(self) -> list[tuple[str, str]]:
        """(name, module) of everything ``autumn_sdk.models`` offers, the TypedDicts included."""
        out = [(m.name, m.module) for m in self.models] + [(e.name, e.module) for e in self.enums]
        out += [(f"{m.name}Dict", m.module) for m in self.models if m.is_input]
        return sorted(out)

    def module_of(self, name: str) -> str:
        return next(x.module for x in (*self.models, *self.enums) if x.name == name)


class Parsed:
    """openapi-python-client's view of the document, and its template environment."""

    def __init__(self, root: Path, document: dict[str, Any], document_path: Path = Path("openapi.yaml")) -> None:
        self._tmp = tempfile.TemporaryDirectory(prefix="autumn-opc-")
        config = Config.from_sources(
            ConfigFile.load_from_path(root / "generator" / "openapi-python-client.yaml"),
            MetaType.NONE,
            root / document_path,
            "utf-8",
            overwrite=True,
            output_path=Path(self._tmp.name),
        )
        openapi = GeneratorData.from_dict(document, config=config)
        if isinstance(openapi, GeneratorError):
            raise SpecError("#", f"{openapi.header}: {openapi.detail}")
        problems = [e for c in openapi.endpoint_collections_by_tag.values() for e in c.parse_errors] + list(openapi.errors)
        if problems:
            raise SpecError("#", "; ".join(f"{p.header}: {p.detail}" for p in problems))
        self.openapi: GeneratorData = openapi
        self.project = Project(openapi=openapi, config=config, custom_template_path=root / "templates" / "openapi-python-client")

    def close(self) -> None:
        self._tmp.cleanup()


def write_models(
    parsed: Parsed,
    package: Path,
    roots: Iterable[str],
    input_roots: Iterable[str],
    marked_models: frozenset[str],
    answer_models: frozenset[str] = frozenset(),
) -> ModelData:
    """Render the models reachable from ``roots`` into ``package``/models, with TypedDicts for the inputs."""
    openapi = parsed.openapi
    by_name: dict[str, Any] = {_text(m.class_info.name): m for m in openapi.models}
    by_name.update({_text(e.class_info.name): e for e in openapi.enums})
    used = _reachable(by_name, roots)
    inputs = {n for n in _reachable(by_name, input_roots) if isinstance(by_name[n], ModelProperty)}
    env = parsed.project.env
    # The response models of operations that can fail open get a `failed_open` marker (model.py.jinja).
    env.globals["failed_open_models"] = marked_models
    # The models operations answer with carry their HTTP response (not on the wire) and to_json().
    env.globals["answer_models"] = answer_models
    env.globals["input_models"] = frozenset(inputs)
    env.globals["type_test"] = _type_test
    names = {"str": "a string", "bool": "a boolean", "float": "a number", "int": "an integer"}
    env.globals["type_name"] = lambda instance_type: names[_text(instance_type)]
    # A string: a TypedDict ruff cannot rewrite as a class (a key like `async` is no identifier) stays a
    # call, whose values Python evaluates, and the classes they name are only imported for type checking.
    env.globals["typed_dict_field"] = lambda prop: repr(annotation(prop, input_types=True).replace("models.", ""))
    modules = {_text(x.class_info.name): _text(x.class_info.module_name) for x in (*openapi.models, *openapi.enums)}

    def typed_dict_imports(model: ModelProperty) -> list[str]:
        """What a TypedDict's annotations name: the referred models, enums and their TypedDicts."""
        names: set[str] = set()
        for prop in model.required_properties + model.optional_properties:
            for name in _classes(prop):
                names.add(name)
                if name in inputs:
                    names.add(f"{name}Dict")
        own = _text(model.class_info.name)
        return sorted(
            f"from ..models.{modules[n.removesuffix('Dict')]} import {n}" for n in names if n.removesuffix("Dict") != own
        )

    env.globals["typed_dict_imports"] = typed_dict_imports

    def enum_classes(model: ModelProperty) -> list[str]:
        """The enums this model's from_dict reads (through unions and lists), for their value maps."""
        props: list[Property] = model.required_properties + model.optional_properties
        if isinstance(model.additional_properties, Property):
            props = [*props, model.additional_properties]
        return sorted({n for prop in props for n in _classes(prop, models=False)})

    env.globals["enum_classes"] = enum_classes
    env.tests["holds_model"] = _holds_model  # model.py.jinja: `property is holds_model`
    env.tests["nullable"] = lambda prop: (
        isinstance(prop, UnionProperty) and any(isinstance(inner, NoneProperty) for inner in prop.inner_properties)
    )

    def plain_name(prop: Property) -> str:
        """``list`` for a field openapi-python-client names ``list_`` (a builtin, not a keyword); else ""."""
        name = _text(prop.python_name)
        plain = name[:-1]
        if not name.endswith("_") or not plain or plain.startswith("_") or keyword.iskeyword(plain):
            return ""
        return plain if plain in _BUILTINS else ""

    env.globals["plain_name"] = plain_name
    # After a property named `list`, the class body's `list` is that property: annotations say builtins.list.
    env.globals["builtin_safe"] = lambda text: re.sub(
        r"(?<![\w.])(" + "|".join(sorted(_BUILTINS)) + r")\[", r"builtins.\1[", _text(text)
    )
    models_dir = package / "models"
    models_dir.mkdir(parents=True)
    (package / "types.py").write_text(env.get_template("types.py.jinja").render(), encoding="utf-8")
    model_template = env.get_template("model.py.jinja")
    infos: list[ModelInfo] = []
    for model in openapi.models:
        name = _text(model.class_info.name)
        if name not in used:
            continue
        (models_dir / f"{model.class_info.module_name}.py").write_text(model_template.render(model=model), encoding="utf-8")
        extra = model.additional_properties
        infos.append(
            ModelInfo(
                name=name,
                module=_text(model.class_info.module_name),
                description=_text(model.description),
                fields=tuple(
                    Field(
                        _text(p.python_name),
                        _text(p.name),
                        annotation(p, input_types=False),
                        p.required,
                        " ".join(_text(p.description).split()),
                        annotation(p, input_types=True).replace("models.", ""),
                    )
                    for p in model.required_properties + model.optional_properties
                ),
                additional_properties=None if not extra else ("Any" if extra is True else _text(extra.get_type_string())),
                is_input=name in inputs,
            )
        )
    enum_template = env.get_template("str_enum.py.jinja")
    enums: list[EnumInfo] = []
    for enum in openapi.enums:
        name = _text(enum.class_info.name)
        if name not in used:
            continue
        (models_dir / f"{enum.class_info.module_name}.py").write_text(enum_template.render(enum=enum), encoding="utf-8")
        enums.append(
            EnumInfo(
                name=name,
                module=_text(enum.class_info.module_name),
                description=" ".join(_text(enum.description).split()),
                values=tuple(_text(v) for v in enum.values.values()),
            )
        )
    data = ModelData(tuple(sorted(infos, key=lambda m: m.name)), tuple(sorted(enums, key=lambda e: e.name)))
    init = env.get_template("models_init.py.jinja").render(exports=data.exports)
    (models_dir / "__init__.py").write_text(init, encoding="utf-8")
    return data


def _type_test(instance_type: object, var: object) -> str:
    """A Python test that ``var`` holds a JSON value of a scalar type ("" when any value will do)."""
    instance_type, var = _text(instance_type), _text(var)
    return {
        "str": f"type({var}) is str",
        "bool": f"type({var}) is bool",
        # int first: most numbers in Autumn's answers are integers (counts, timestamps), so one call.
        "float": f"type({var}) is int or type({var}) is float",
        "int": f"type({var}) is int",
        "None": f"{var} is None",
    }.get(instance_type, "")


def _holds_model(prop: Property) -> bool:
    """Whether ``prop`` holds objects (a model, or a list or union with one): from_dict builds it when first read."""
    if isinstance(prop, ModelProperty):
        return True
    if isinstance(prop, ListProperty):
        return _holds_model(prop.inner_property)
    if isinstance(prop, UnionProperty):
        return any(_holds_model(inner) for inner in prop.inner_properties)
    return False


def _reachable(by_name: dict[str, Any], roots: Iterable[str]) -> set[str]:
    """The classes ``roots`` refer to, transitively."""
    seen: set[str] = set()
    stack = [r for r in roots if r in by_name]
    while stack:
        name = stack.pop()
        if name in seen:
            continue
        seen.add(name)
        node = by_name[name]
        if isinstance(node, ModelProperty):
            props: list[Property] = node.required_properties + node.optional_properties
            if isinstance(node.additional_properties, Property):
                props.append(node.additional_properties)
            for prop in props:
                stack.extend(n for n in _classes(prop) if n not in seen)
    return seen


def _classes(prop: Property, models: bool = True) -> list[str]:
    """The models (unless ``models`` is false) and enums ``prop`` holds, through lists and unions."""
    if isinstance(prop, EnumProperty) or (models and isinstance(prop, ModelProperty)):
        return [_text(prop.class_info.name)]
    if isinstance(prop, ListProperty):
        return _classes(prop.inner_property, models)
    if isinstance(prop, UnionProperty):
        return [n for inner in prop.inner_properties for n in _classes(inner, models)]
    return []
