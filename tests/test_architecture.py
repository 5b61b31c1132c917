"""Imports point one way: model ← bank, extractor, export ← cli."""

from __future__ import annotations

import ast
from pathlib import Path

import quizgen

PACKAGE = Path(quizgen.__file__).parent
# What each part of the package may import from quizgen itself.
ALLOWED = {
    "model": set(),
    "errors": set(),
    "files": {"errors"},
    "bank": {"model", "errors", "files"},
    "extractor": {"model", "errors", "files", "extractor"},
    "export": {"model", "errors", "files", "export"},
    "batch": {"model", "errors", "files", "bank", "extractor"},
    "cli": {"model", "errors", "files", "bank", "extractor", "export", "batch", "__init__"},
    "__main__": {"cli"},
    "__init__": {"model", "errors", "extractor"},
}


def _part(path: Path) -> str:
    rel = path.relative_to(PACKAGE)
    return rel.parts[0] if len(rel.parts) > 1 else rel.stem


def _internal_imports(path: Path) -> set[str]:
    """The parts of quizgen that the module at ``path`` imports."""
    rel = path.relative_to(PACKAGE.parent).with_suffix("")
    package = list(rel.parts[:-1])  # e.g. ["quizgen", "extractor"]
    found = set()
    for node in ast.walk(ast.parse(path.read_text("utf-8"))):
        if not isinstance(node, ast.ImportFrom):
            continue
        if node.level:
            base = package[: len(package) - (node.level - 1)]
            full = base + (node.module.split(".") if node.module else [])
        else:
            full = (node.module or "").split(".")
        if full[0] != "quizgen":
            continue
        if len(full) > 1:
            found.add(full[1])
        else:  # `from . import x`: x is a part, or something quizgen/__init__ defines
            found |= {a.name if a.name in ALLOWED else "__init__" for a in node.names}
    return found


def test_imports_point_one_way():
    wrong = []
    for path in sorted(PACKAGE.rglob("*.py")):
        part = _part(path)
        extra = _internal_imports(path) - ALLOWED[part] - {part}
        if extra:
            wrong.append(f"{path.relative_to(PACKAGE)} imports {sorted(extra)}")
    assert wrong == []


def test_only_the_cli_prints():
    printing = []
    for path in sorted(PACKAGE.rglob("*.py")):
        if _part(path) == "cli":
            continue
        tree = ast.parse(path.read_text("utf-8"))
        if any(isinstance(n, ast.Call) and getattr(n.func, "id", "") == "print"
               for n in ast.walk(tree)):
            printing.append(str(path.relative_to(PACKAGE)))
    assert printing == []


def test_every_model_field_has_a_docstring():
    import dataclasses
    import inspect

    from quizgen import model

    source = inspect.getsource(model)
    for cls in (model.Bank, model.Question, model.Source):
        for field in dataclasses.fields(cls):
            block = source[source.index(f"class {cls.__name__}"):]
            after = block[block.index(f"    {field.name}:"):].splitlines()
            doc_line = next(line for line in after[1:] if line.strip())
            assert doc_line.strip().startswith('"""'), f"{cls.__name__}.{field.name}"
