"""mypy --strict on ordinary user code (user_code.py) flags exactly the lines marked ``# E``.

Each snippet is what a new user would write against either API version: enum typos, misspelt
models, arguments and error classes, a version's missing operations, optional answer fields read
without a check. mypy must catch every one of those, and accept every correct spelling (the enum
member and its plain string both).
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
USER_CODE = Path(__file__).with_name("user_code.py")


def _mypy(path: Path) -> tuple[int, str]:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--show-error-codes", str(path)],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    return result.returncode, result.stdout + result.stderr


def _error_lines(output: str, path: Path) -> set[int]:
    pattern = re.compile(rf"^{re.escape(str(path.relative_to(ROOT)))}:(\d+): error:", re.M)
    return {int(m.group(1)) for m in pattern.finditer(output)}


def test_mypy_flags_exactly_the_marked_lines() -> None:
    lines = USER_CODE.read_text(encoding="utf-8").splitlines()
    expected = {n for n, line in enumerate(lines, 1) if line.rstrip().endswith("# E")}
    snippets = [line for line in lines if re.match(r"(async )?def s\d+_", line)]
    assert len(snippets) >= 31 and len(expected) >= 13
    _, output = _mypy(USER_CODE)
    found = _error_lines(output, USER_CODE)
    assert found - expected == set(), f"false positives:\n{output}"
    assert expected - found == set(), f"errors mypy missed: {sorted(expected - found)}\n{output}"
