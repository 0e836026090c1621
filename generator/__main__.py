"""python -m generator [--check]: regenerate autumn_sdk/_generated/ and docs/ from openapi.yaml."""

from __future__ import annotations

import argparse
import difflib
import shutil
import sys
import tempfile
import warnings
from pathlib import Path

from generator import build
from generator.errors import SpecError
from generator.overlay import OverlayError

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    parser.add_argument("--root", type=Path, default=ROOT, help="the repository to generate (default: this one)")
    parser.add_argument("--check", action="store_true", help="fail with a diff if the committed output is stale")
    args = parser.parse_args(argv)
    # Warnings (an overlay target that matched nothing, a numbered name) are for the maintainer: one line each.
    warnings.showwarning = lambda message, category, *_args, **_kw: print(f"warning: {message}", file=sys.stderr)
    root: Path = args.root.resolve()
    with tempfile.TemporaryDirectory(prefix="autumn-generate-") as tmp:
        try:
            staged = build.generate(root, Path(tmp))
        except (SpecError, OverlayError) as exc:
            print(f"cannot generate the SDK: {exc}", file=sys.stderr)
            return 2
        if args.check:
            diff = _diff(staged, root)
            if diff:
                sys.stdout.writelines(diff)
                print(
                    "\nThe generated code differs from what openapi.yaml + templates/ + generator/ produce."
                    "\nRun `make generate` and commit the result.",
                    file=sys.stderr,
                )
                return 1
            print(f"generated code is up to date ({sum(1 for _ in _files(staged))} files)")
            return 0
        for area in build.GENERATED_AREAS:
            target = root / area
            if target.exists():
                shutil.rmtree(target)
            shutil.copytree(staged / area, target)
        print(f"generated {sum(1 for _ in _files(staged))} files into {', '.join(map(str, build.GENERATED_AREAS))}")
    return 0


def _files(tree: Path) -> list[Path]:
    return sorted(
        p.relative_to(tree)
        for area in build.GENERATED_AREAS
        for p in (tree / area).rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    )


def _diff(staged: Path, root: Path) -> list[str]:
    out: list[str] = []
    expected, actual = set(_files(staged)), set(p for p in _files(root))
    for rel in sorted(expected | actual):
        old = (root / rel).read_text(encoding="utf-8").splitlines(keepends=True) if rel in actual else []
        new = (staged / rel).read_text(encoding="utf-8").splitlines(keepends=True) if rel in expected else []
        out.extend(difflib.unified_diff(old, new, f"committed/{rel}", f"generated/{rel}"))
    return out


if __name__ == "__main__":
    sys.exit(main())
