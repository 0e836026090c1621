# generated from openapi*.yaml — do not edit
from __future__ import annotations

from collections.abc import Mapping
from typing import (
    Any,
    TypedDict,
    TypeVar,
)

from attrs import define as _attrs_define

T = TypeVar("T", bound="UpdatePlanParamsVariantCustomizeType1")


@_attrs_define
class UpdatePlanParamsVariantCustomizeType1:
    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        update_plan_params_variant_customize_type_1 = cls()

        return update_plan_params_variant_customize_type_1


# UpdatePlanParamsVariantCustomizeType1 as a plain dict: methods take it in place of the model, and mypy checks its keys.
# (The functional form, because a wire name need not be a Python identifier.)
class UpdatePlanParamsVariantCustomizeType1Dict(TypedDict, total=False):
    pass
