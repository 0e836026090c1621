"""Every Python example in README.md passes mypy --strict, as a user would paste it.

Names an example uses without defining them (``autumn``, the client made in the Quickstart; your
app's ``request_body``; …) are declared from ``CONTEXT`` before it: what the README's prose says
they are. An example that fails to type-check is a README that teaches code mypy rejects.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = ROOT / "README.md"

# What the README's examples take as given, each name's declaration.
CONTEXT = {
    "Autumn": "from autumn_sdk import Autumn",
    "errors": "from autumn_sdk import errors",
    "LocalAutumn": "from autumn_sdk.testing import LocalAutumn",
    "autumn": "from autumn_sdk import AutumnV2_3\nautumn: AutumnV2_3",  # the Quickstart's client
    # Your code.
    "run_the_llm_call": "def run_the_llm_call() -> int:\n    return 1_234",
    "notify": "def notify(customer_id: str, feature_id: str) -> None: ...",
    "TEST_WEBHOOK_SECRET": 'TEST_WEBHOOK_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"',
    "app": "import flask\napp = flask.Flask(__name__)",
    "job": "class Job:\n    id: str\njob: Job",
    "metrics": "class Metrics:\n    def increment(self, name: str) -> None: ...\n"
    "    def gauge(self, name: str, value: float) -> None: ...\nmetrics: Metrics",
    "events": "class Usage:\n    customer: str\n    count: int\nevents: list[Usage]",
}


def examples() -> list[tuple[int, str]]:
    text = README.read_text(encoding="utf-8")
    found = []
    for match in re.finditer(r"^```python\n(.*?)^```", text, re.S | re.M):
        found.append((text[: match.start()].count("\n") + 1, match.group(1)))
    return found


def _free_names(code: str) -> set[str]:
    tree = ast.parse(code)
    used, bound = set(), set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Name):
            (used if isinstance(node.ctx, ast.Load) else bound).add(node.id)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            bound.update((a.asname or a.name).split(".")[0] for a in node.names)
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            bound.add(node.name)
        elif isinstance(node, ast.arg):
            bound.add(node.arg)
    return used - bound


# The Configuration example names every option of Autumn(...) (autumn_sdk._client.ClientOptions).
_CLIENT_OPTIONS_GAP = "nowait_when_full="


def test_the_readme_has_examples() -> None:
    assert len(examples()) >= 15


def _mypy(tmp_path: Path, blocks: list[tuple[int, str]]) -> tuple[dict[str, set[int]], dict[str, set[int]], str]:
    """mypy --strict over each block (its own module): the error lines found and expected, per file.

    A line whose comment starts ``# mypy:`` shows an error mypy gives (``seed.licenses  # mypy: ...``):
    it must be one.
    """
    expected: dict[str, set[int]] = {}
    for line, code in blocks:
        preamble = "\n".join(CONTEXT[n] for n in sorted(_free_names(code)) if n in CONTEXT)
        offset = preamble.count("\n") + 1
        path = tmp_path / f"readme_line_{line}.py"
        path.write_text(f"{preamble}\n{code}", encoding="utf-8")
        expected[path.name] = {offset + i for i, text in enumerate(code.splitlines(), 1) if "# mypy:" in text}
    # One mypy run over every example, each its own module: about as fast as one file.
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", *(str(tmp_path / n) for n in expected)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    found: dict[str, set[int]] = {name: set() for name in expected}
    for match in re.finditer(r"(readme_line_\d+\.py):(\d+): error:", result.stdout):
        found[match.group(1)].add(int(match.group(2)))
    return found, expected, result.stdout + result.stderr


def test_every_example_passes_mypy_strict(tmp_path: Path) -> None:
    blocks = [(line, code) for line, code in examples() if _CLIENT_OPTIONS_GAP not in code]
    found, expected, output = _mypy(tmp_path, blocks)
    assert found == expected, f"README examples mypy --strict disagrees with:\n{output}"
    assert any(expected.values())  # the README shows one error mypy gives, and it does


def test_the_configuration_example_passes_mypy_strict(tmp_path: Path) -> None:
    blocks = [(line, code) for line, code in examples() if _CLIENT_OPTIONS_GAP in code]
    assert len(blocks) == 1
    found, expected, output = _mypy(tmp_path, blocks)
    assert found == expected, output
