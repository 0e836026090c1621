"""Answers read as in Autumn's published SDK: ``res.list``, ``total.sum``, ``feature.type``, ``rollover.max``.

openapi-python-client names those fields ``list_``, ``sum_``, ``type_``, ``max_`` (they shadow builtins);
both names work, and keyword arguments keep the ``_`` (``type_=``).
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from mypy import api as mypy_api

from autumn_sdk import models
from autumn_sdk.models import ListPlansResponse, v2_1


def test_a_list_answer_reads_as_list() -> None:
    page = ListPlansResponse.from_dict({"list": []})
    assert page.list == [] and page.list is page.list_


def test_2_1_answers_read_by_their_published_names() -> None:
    total = v2_1.AggregateTotal.from_dict({"count": 2, "sum": 7.5})
    assert (total.sum, total.sum_) == (7.5, 7.5)

    # Each version's models read the same way, on every model with such a field.
    for model, plain in ((v2_1.Feature, "type"), (v2_1.RolloverConfig, "max"), (models.Feature, "type")):
        assert isinstance(getattr(model, plain), property), (model, plain)


def test_mypy_reads_the_published_names(tmp_path: Path) -> None:
    snippet = tmp_path / "use.py"
    snippet.write_text(
        textwrap.dedent(
            """
            from autumn_sdk.models import ListPlansResponse, v2_1

            page = ListPlansResponse.from_dict({"list": []})
            names: list[str] = [plan.id for plan in page.list]
            total = v2_1.AggregateTotal.from_dict({"count": 1, "sum": 1})
            value: float = total.sum
            wrong: str = total.sum
            """
        ),
        encoding="utf-8",
    )
    stdout, _stderr, status = mypy_api.run(["--strict", "--no-incremental", "--cache-dir", str(tmp_path / ".mypy"), str(snippet)])
    errors = [line for line in stdout.splitlines() if ": error:" in line]
    assert status == 1 and [line.split(":")[1] for line in errors] == ["8"], stdout
