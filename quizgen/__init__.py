"""quizgen: turn an article into study material — a YAML question bank, an Anki deck and a
printable worksheet.

    import quizgen
    bank = quizgen.extract(text, source="article.txt")
    quizgen.ask("Ada Lovelace wrote the first program in 1843.", "1843")

The heavy parts (spaCy, genanki, WeasyPrint) are imported only when they are used.
"""

from __future__ import annotations

from typing import Any

from .errors import QuizgenError
from .model import Bank, Question, Source

__version__ = "0.1.0"
__all__ = ["Bank", "Question", "QuizgenError", "Source", "__version__", "ask", "distractors",
           "extract"]


def extract(text: str, source: str | None = None, **options: Any) -> Bank:
    """A bank of questions from an article's text; see ``quizgen.extractor.extract``."""
    from .extractor import extract as _extract

    return _extract(text, source, **options)


def ask(context: str, answer: str, **options: Any) -> str:
    """A question whose answer is ``answer``, from ``context`` that contains it."""
    from .extractor import ask as _ask

    return _ask(context, answer, **options)


def distractors(answer: str, context: str, n: int = 3, question: str | None = None,
                **options: Any) -> list[str]:
    """Up to ``n`` wrong options for ``answer``, of its kind, best first (``seed=`` to vary)."""
    from .extractor.distractors import distractors as _distractors

    return _distractors(answer, context, n, question, **options)
