"""Writers from the bank model to the formats users need, picked from one registry by name.

The registry names where each exporter lives instead of importing it, so that commands that do
not export never pay for importing genanki or WeasyPrint.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

EXPORTERS: dict[str, str] = {
    "anki": "quizgen.export.anki:write_apkg",
    "tsv": "quizgen.export.anki:write_tsv",
    "worksheet": "quizgen.export.worksheet:write_worksheet",
}
"""Format name → ``module:function`` of its exporter."""


def exporter(name: str) -> Callable[..., Any]:
    """The exporter function registered under ``name``."""
    module, _, function = EXPORTERS[name].partition(":")
    return getattr(importlib.import_module(module), function)
