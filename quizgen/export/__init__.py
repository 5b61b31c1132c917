"""Writers from the bank model to the formats users need, picked from one registry by name.

The registry names where each exporter lives instead of importing it, so that commands that do
not export never pay for importing genanki or WeasyPrint.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from concurrent.futures import Executor
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


def export(name: str, *args: Any, **kwargs: Any) -> Any:
    """Run the exporter ``name``; a function a worker process can be sent."""
    return exporter(name)(*args, **kwargs)


def _preload(names: tuple[str, ...]) -> None:
    for name in names:
        preload = getattr(importlib.import_module(EXPORTERS[name].partition(":")[0]),
                          "preload", None)
        if preload is not None:
            preload()


def background(*names: str) -> Executor:
    """A worker process that starts loading the exporters ``names`` (WeasyPrint takes most of a
    second) at once, while the caller goes on; submit :func:`export` calls to it."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # spawn, not fork: the caller may hold threads and a parsed pipeline it need not share
    pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"),
                               initializer=_preload, initargs=(names,))
    pool.submit(int)  # start the worker now, not at the first export
    return pool
