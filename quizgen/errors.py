"""The one error family the library raises; only the CLI turns these into messages."""

from __future__ import annotations


class QuizgenError(Exception):
    """A problem the user can fix: says where it is, what is wrong and how to fix it.

    Rendered as ``path:line:col: message — hint``; the parts that are not known are left out.
    """

    def __init__(self, message: str, hint: str = "", path: str | None = None,
                 line: int | None = None, col: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.hint = hint
        self.path = path
        self.line = line
        self.col = col

    def where(self) -> str:
        parts = [p for p in (self.path, self.line, self.col) if p is not None]
        return ":".join(str(p) for p in parts)

    def __str__(self) -> str:
        text = self.message + (f" — {self.hint}" if self.hint else "")
        where = self.where()
        return f"{where}: {text}" if where else text


class BankError(QuizgenError):
    """A question bank that cannot be read or does not follow the bank format."""


class InvalidBank(BankError):
    """A bank with one or more validation errors; ``errors`` holds every one of them."""

    def __init__(self, errors: list[BankError]) -> None:
        self.errors = errors
        first = errors[0]
        super().__init__(first.message, first.hint, first.path, first.line, first.col)

    def __reduce__(self):  # type: ignore[no-untyped-def]
        return InvalidBank, (self.errors,)  # whole again after a trip to a worker process

    def __str__(self) -> str:
        return "\n".join(str(e) for e in self.errors)


class ArticleError(QuizgenError):
    """An article that cannot be read or holds nothing to ask about."""


class PipelineError(QuizgenError):
    """The spaCy pipeline is missing or cannot be loaded."""


class ExportError(QuizgenError):
    """A deck or worksheet that cannot be written."""
