"""Question banks as YAML: load (with a line and column for every error), validate, dump."""

from __future__ import annotations

import difflib
import json
import re
from datetime import datetime, timedelta, timezone
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from .errors import BankError, InvalidBank
from .files import write_atomic
from .model import SCHEMA_VERSION, Bank, Question, Source, question_id

SCHEMA_URL = "https://quizgen.readthedocs.io/schema/bank-v1.schema.json"
"""Where editors look up the bank schema; the same file ships as ``quizgen/schema/``."""

HEADER = f"""\
# yaml-language-server: $schema={SCHEMA_URL}
# quizgen question bank (format v{SCHEMA_VERSION}). Edit it by hand as you like:
#   status: generated | reviewed | rejected | stale  (rejected and stale ones are not exported;
#           a rejected question is never made again — delete one and it may come back)
#   id: keep it as it is; it ties a question to its Anki note and its review history
#   a question you add needs only type, question and answer (and choices for mcq)
"""

# Keys whose values are text whatever they look like: a person who writes `answer: no`
# or `answer: 1.10` means the text, not a boolean or a number.
_TEXT_KEYS = frozenset({"id", "title", "deck", "path", "sha256", "question", "answer", "sentence",
                        "image", "updated", "checksum"})
_TEXT_LIST_KEYS = frozenset({"choices", "tags"})

_CLOZE = re.compile(r"\{\{c\d+::.+?\}\}", re.DOTALL)

Path_ = tuple[Any, ...]


@cache
def schema() -> dict[str, Any]:
    """The JSON Schema of the bank format, as shipped in the package."""
    text = resources.files("quizgen").joinpath("schema/bank-v1.schema.json").read_text("utf-8")
    return json.loads(text)


# --- reading -------------------------------------------------------------------------------

class _Located:
    """Plain Python values built from YAML nodes, with the position of every value and key."""

    def __init__(self, path: str) -> None:
        self.path = path
        self.value_marks: dict[Path_, yaml.Mark] = {}
        self.key_marks: dict[Path_, yaml.Mark] = {}
        self.errors: list[BankError] = []
        self._constructor = yaml.constructor.SafeConstructor()

    def error(self, mark: yaml.Mark | None, message: str, hint: str) -> None:
        line, col = (mark.line + 1, mark.column + 1) if mark else (None, None)
        self.errors.append(BankError(message, hint, self.path, line, col))

    def build(self, node: yaml.Node, at: Path_ = ()) -> Any:
        self.value_marks[at] = node.start_mark
        if isinstance(node, yaml.MappingNode):
            out: dict[str, Any] = {}
            for key_node, value_node in node.value:
                key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
                if not isinstance(key, str):
                    self.error(key_node.start_mark, "a key must be a plain name",
                               "write `name: value`")
                    continue
                if key in out:
                    self.error(key_node.start_mark, f"`{key}` appears twice here",
                               "keep one of the two")
                self.key_marks[at + (key,)] = key_node.start_mark
                out[key] = self.build(value_node, at + (key,))
            return out
        if isinstance(node, yaml.SequenceNode):
            return [self.build(item, at + (i,)) for i, item in enumerate(node.value)]
        parent = at[-2] if len(at) >= 2 and isinstance(at[-1], int) else None
        if at and (at[-1] in _TEXT_KEYS or parent in _TEXT_LIST_KEYS or "pairs" in at):
            return node.value
        try:
            return self._constructor.construct_object(node, deep=True)
        except yaml.constructor.ConstructorError:
            self.error(node.start_mark, f"unsupported YAML tag {node.tag}",
                       "write a plain value without a `!tag`")
            return None


def _describe(at: Path_, data: Any) -> str:
    """A person's name for a place in the bank: `answer of question 3 (q1234)`."""
    if len(at) >= 2 and at[0] == "questions" and isinstance(at[1], int):
        q = data["questions"][at[1]] if isinstance(data.get("questions"), list) else None
        qid = q.get("id") if isinstance(q, dict) else None
        who = f"question {at[1] + 1}" + (f" ({qid})" if isinstance(qid, str) else "")
        rest = [str(p) for p in at[2:]]
        return (f"`{'.'.join(rest)}` of {who}") if rest else who
    return "`" + ".".join(str(p) for p in at) + "`" if at else "the bank"


def _schema_errors(data: Any, located: _Located) -> None:
    import jsonschema

    validator = jsonschema.Draft202012Validator(schema())
    for err in validator.iter_errors(data):
        at = tuple(err.absolute_path)
        mark = located.value_marks.get(at)
        what = _describe(at, data)
        if err.validator == "required":
            missing = re.search(r"'([^']+)' is a required property", err.message)
            key = missing.group(1) if missing else "?"
            located.error(mark, f"{what} has no `{key}`", f"add `{key}: …`")
        elif err.validator == "additionalProperties":
            allowed = list(err.schema.get("properties", {}))
            for key in sorted(set(err.instance) - set(allowed)):
                close = difflib.get_close_matches(key, allowed, n=1)
                hint = f"did you mean `{close[0]}`?" if close else "allowed: " + ", ".join(allowed)
                located.error(located.key_marks.get(at + (key,), mark),
                              f"unknown key `{key}` in {what}", hint)
        elif err.validator == "enum":
            allowed = ", ".join(str(v) for v in err.validator_value)
            located.error(mark, f"{what} is `{err.instance}`", f"use one of: {allowed}")
        elif err.validator == "const" and at == ("schema_version",):
            located.error(mark, f"bank format version {err.instance!r} is not one this quizgen "
                          f"reads (it reads {SCHEMA_VERSION})",
                          "upgrade quizgen, or set `schema_version: 1`")
        elif err.validator in ("minLength", "pattern") and err.schema.get("pattern") == "\\S":
            located.error(mark, f"{what} is empty", "write some text or remove the key")
        elif err.validator == "pattern" and len(at) >= 2 and at[-2] == "tags":
            fixed = re.sub(r"\s+", "_", str(err.instance).strip())
            located.error(mark, f"tag `{err.instance}` has a space",
                          f"Anki tags cannot hold spaces; write `{fixed}`")
        elif err.validator == "pattern":
            located.error(mark, f"{what} `{err.instance}` has characters an id cannot hold",
                          "use letters, digits, `.`, `_` and `-` only")
        elif err.validator == "type":
            want = err.validator_value
            want = " or ".join(want) if isinstance(want, list) else want
            located.error(mark, f"{what} should be {want}, not `{err.instance}`",
                          f"write {want} here")
        elif err.validator in ("minimum", "maximum"):
            located.error(mark, f"{what} is {err.instance}", err.message)
        else:
            located.error(mark, f"{what}: {err.message}", "see the bank format in the README")


def _rule_errors(data: dict[str, Any], located: _Located) -> None:
    """The rules a JSON Schema cannot say."""
    seen: dict[str, int] = {}
    for i, q in enumerate(data.get("questions") or []):
        if not isinstance(q, dict):
            continue
        at = ("questions", i)
        mark = located.value_marks.get(at)
        qid = q.get("id")
        if isinstance(qid, str):
            if qid in seen:
                located.error(located.value_marks.get(at + ("id",)),
                              f"id `{qid}` is used by question {seen[qid] + 1} too",
                              "give this question another id, or delete the `id` line "
                              "and quizgen will make one")
            seen.setdefault(qid, i)
        qtype, choices, answer = q.get("type"), q.get("choices"), q.get("answer")
        if qtype == "mcq":
            if not isinstance(choices, list) or len(choices) < 2:
                located.error(mark, f"{_describe(at, data)} is mcq but has fewer than 2 choices",
                              "add `choices:` with the answer and the wrong options")
            elif answer not in choices:
                located.error(located.value_marks.get(at + ("answer",), mark),
                              f"the answer `{answer}` is not one of the choices",
                              "make the answer one of the choices, word for word")
        elif choices:
            located.error(located.key_marks.get(at + ("choices",), mark),
                          f"{_describe(at, data)} is {qtype} but has choices",
                          "remove `choices:` or set `type: mcq`")
        if isinstance(choices, list):
            dupes = sorted({c for c in choices if choices.count(c) > 1 and isinstance(c, str)})
            for dupe in dupes:
                located.error(located.value_marks.get(at + ("choices",), mark),
                              f"choice `{dupe}` appears twice", "make every choice different")
        image = q.get("image")
        if isinstance(image, str) and Path(located.path).is_file() and not (
                Path(located.path).parent / image).is_file():
            located.error(located.value_marks.get(at + ("image",), mark),
                          f"image `{image}` is not in the bank's folder",
                          "put the picture next to the bank, or fix the file name")
        pairs = q.get("pairs")
        if qtype == "matching":
            if not isinstance(pairs, list) or len(pairs) < 2:
                located.error(located.key_marks.get(at + ("pairs",), mark),
                              f"{_describe(at, data)} is matching but has fewer than 2 pairs",
                              "add `pairs:` as a list of [term, match]")
            else:
                for side, name in ((0, "term"), (1, "match")):
                    values = [p[side] for p in pairs if isinstance(p, list) and len(p) == 2]
                    for dupe in sorted({v for v in values if values.count(v) > 1}):
                        located.error(located.value_marks.get(at + ("pairs",), mark),
                                      f"{name} `{dupe}` appears in two pairs",
                                      f"make every {name} different")
        elif pairs:
            located.error(located.key_marks.get(at + ("pairs",), mark),
                          f"{_describe(at, data)} is {qtype} but has pairs",
                          "remove `pairs:` or set `type: matching`")
        text = q.get("question")
        if qtype == "cloze" and isinstance(text, str) and not _CLOZE.search(text):
            located.error(located.value_marks.get(at + ("question",), mark),
                          "this cloze has no deletion",
                          "mark the answer in the question as {{c1::answer}}")
        if qtype == "truefalse" and isinstance(answer, str) and answer.lower() not in (
                "true", "false"):
            located.error(located.value_marks.get(at + ("answer",), mark),
                          f"a truefalse answer must be true or false, not `{answer}`",
                          "write `answer: true` or `answer: false`")


def _to_bank(data: dict[str, Any]) -> Bank:
    questions = []
    for q in data["questions"]:
        sentence = q.get("sentence", "")
        questions.append(Question(
            id=q.get("id") or question_id(sentence or q["question"], q.get("answer", ""),
                                          q["type"]),
            type=q["type"],
            question=q["question"],
            answer=q.get("answer", ""),
            choices=tuple(q.get("choices") or ()),
            pairs=tuple((left, right) for left, right in q.get("pairs") or ()),
            points=q.get("points"),
            sentence=sentence,
            line=q.get("line"),
            tags=tuple(q.get("tags") or ()),
            status=q.get("status", "generated"),
            score=float(q["score"]) if q.get("score") is not None else None,
            image=q.get("image"),
            updated=q.get("updated"),
            checksum=q.get("checksum"),
        ))
    source = data.get("source")
    return Bank(
        id=data["id"],
        title=data["title"],
        deck=data.get("deck") or data["title"],
        questions=tuple(questions),
        source=Source(path=source["path"], sha256=source["sha256"]) if source else None,
        tags=tuple(data.get("tags") or ()),
        schema_version=data["schema_version"],
    )


_NO_SPACE_AFTER_COLON = re.compile(r"^\s*(- )?[\w-]+:(?=[^\s/])")


def _syntax_error(text: str, path: str, mark: yaml.Mark | None, problem: str) -> BankError:
    """A YAML syntax error at the line where the mistake is, with a hint for the usual ones."""
    lines = text.splitlines()
    line_no = mark.line if mark else 0
    col = mark.column if mark else 0
    here = lines[line_no] if line_no < len(lines) else ""
    # `key:value` is read as one word, and the parser notices only on a later line.
    for back in range(line_no, max(-1, line_no - 3), -1):
        found = _NO_SPACE_AFTER_COLON.match(lines[back]) if back < len(lines) else None
        if found:
            return BankError(f"YAML syntax error: {problem}", "put a space after the `:`", path,
                             back + 1, found.end() + 1)
    if "\t" in here or "tab" in problem:
        hint = "YAML indents with spaces, not tabs: replace the tab with spaces"
    elif "mapping values are not allowed" in problem:
        hint = "put text that holds `: ` in quotes"
    else:
        hint = "check the indentation and quotes on this line"
    return BankError(f"YAML syntax error: {problem}", hint, path, line_no + 1, col + 1)


def loads(text: str, path: str = "<bank>") -> Bank:
    """Read a bank from YAML text; raises ``InvalidBank`` listing every error with its place."""
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = exc.problem or exc.context or "cannot be read"
        raise InvalidBank([_syntax_error(text, path, mark, problem)]) from exc
    if node is None:
        raise InvalidBank([BankError("the bank is empty",
                                     "run `quizgen extract ARTICLE -o FILE` to make one", path,
                                     1, 1)])
    located = _Located(path)
    data = located.build(node)
    if not isinstance(data, dict):
        located.error(node.start_mark, "a bank must be a mapping of keys",
                      "start with `schema_version: 1`, `id:`, `title:` and `questions:`")
        raise InvalidBank(located.errors)
    version = data.get("schema_version")
    if isinstance(version, int) and version > SCHEMA_VERSION:
        located.error(located.value_marks.get(("schema_version",)),
                      f"this bank is format version {version}, newer than this quizgen reads "
                      f"({SCHEMA_VERSION})", "upgrade quizgen: pip install -U quizgen")
        raise InvalidBank(located.errors)
    _schema_errors(data, located)
    if not located.errors:
        _rule_errors(data, located)
    if located.errors:
        located.errors.sort(key=lambda e: (e.line or 0, e.col or 0))
        raise InvalidBank(located.errors)
    return _to_bank(data)


def load(path: str | Path) -> Bank:
    """Read and validate the bank at ``path``."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise BankError("no such file", "check the path", str(path)) from None
    except IsADirectoryError:
        raise BankError("is a folder, not a bank", "name a .yaml file", str(path)) from None
    except OSError as exc:
        raise BankError(f"cannot read: {exc.strerror}", "check the permissions",
                        str(path)) from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise BankError("not UTF-8 text", "save the bank as UTF-8", str(path), line) from None
    return loads(text, str(path))


# --- writing -------------------------------------------------------------------------------

class _Dumper(yaml.SafeDumper):
    """Block style with list items indented under their key, as people write YAML."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


# Characters YAML reads as line breaks or cannot write plainly: such text is written
# double-quoted, where they are escaped and so read back as they were.
_NEEDS_ESCAPES = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufeff\r]")


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    style = '"' if _NEEDS_ESCAPES.search(value) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)


_Dumper.add_representer(str, _represent_str)


class _Pair(list):
    """A [term, match] pair, written on one line."""


_Dumper.add_representer(_Pair, lambda dumper, value: dumper.represent_sequence(
    "tag:yaml.org,2002:seq", value, flow_style=True))


def _question_dict(q: Question) -> dict[str, Any]:
    out: dict[str, Any] = {"id": q.id, "type": q.type, "question": q.question}
    if q.answer or q.type != "matching":
        out["answer"] = q.answer
    if q.choices:
        out["choices"] = list(q.choices)
    if q.pairs:
        out["pairs"] = [_Pair(pair) for pair in q.pairs]
    if q.image:
        out["image"] = q.image
    if q.sentence:
        out["sentence"] = q.sentence
    if q.line is not None:
        out["line"] = q.line
    if q.tags:
        out["tags"] = list(q.tags)
    out["status"] = q.status
    if q.score is not None:
        out["score"] = round(q.score, 3)
    if q.points is not None:
        out["points"] = q.points
    if q.updated:
        out["updated"] = q.updated
    if q.checksum:
        out["checksum"] = q.checksum
    return out


def dumps(bank: Bank) -> str:
    """The bank as YAML text: a comment header, then keys in the documented order."""
    data: dict[str, Any] = {"schema_version": bank.schema_version, "id": bank.id,
                            "title": bank.title}
    if bank.source:
        data["source"] = {"path": bank.source.path, "sha256": bank.source.sha256}
    data["deck"] = bank.deck
    data["tags"] = list(bank.tags)
    data["questions"] = [_question_dict(q) for q in bank.questions]
    body = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False,
                     default_flow_style=False, width=92, indent=2)
    return HEADER + body


def dump(bank: Bank, path: str | Path) -> None:
    """Write the bank to ``path`` atomically: an interrupted run leaves the old file intact."""
    write_atomic(path, dumps(bank).encode("utf-8"))


# --- stamping ----------------------------------------------------------------------------------

def _scalar(value: str) -> str:
    """``value`` as the YAML scalar ``dumps`` would write for it."""
    return yaml.dump(value, Dumper=_Dumper, allow_unicode=True, width=10_000).removesuffix(
        "\n...\n").strip()


_STAMP = "%Y-%m-%dT%H:%M:%SZ"


def _later_stamp(now: datetime, previous: str | None) -> str:
    """``now`` as a stamp — or one second after ``previous`` if that is not earlier, so that an
    edit always arrives newer than the copy a student already has."""
    when = now.astimezone(timezone.utc).replace(microsecond=0)
    if previous:
        before = datetime.strptime(previous, _STAMP).replace(tzinfo=timezone.utc)
        when = max(when, before + timedelta(seconds=1))
    return when.strftime(_STAMP)


def stamp(path: str | Path, now: datetime) -> Bank:
    """Mark what changed by hand: give questions added by hand an ``id``, and set ``updated`` to
    ``now`` and ``checksum`` for every question whose content changed since it was last stamped.

    Only those values are written into the file; the rest of it (comments, layout, order) is
    kept byte for byte. Returns the bank as it is afterwards.
    """
    path = Path(path)
    bank = load(path)
    text = path.read_text("utf-8-sig")
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    items = next(v for k, v in root.value if k.value == "questions").value
    edits: list[tuple[int, int, str]] = []
    for question, node in zip(bank.questions, items):
        keys = {k.value: (k, v) for k, v in node.value}
        indent = " " * node.value[0][0].start_mark.column
        changes: dict[str, str] = {}
        checksum = question.content_checksum()
        if question.checksum != checksum:
            changes = {"updated": _later_stamp(now, question.updated), "checksum": checksum}
        new_lines = ""
        for key, value in changes.items():
            if key in keys:
                value_node = keys[key][1]
                edits.append((value_node.start_mark.index, value_node.end_mark.index,
                              _scalar(value)))
            else:
                new_lines += f"{indent}{key}: {_scalar(value)}\n"
        if new_lines:  # after the question's last line
            line_end = text.find("\n", node.value[-1][1].end_mark.index)
            at = len(text) if line_end < 0 else line_end + 1
            edits.append((at, at, new_lines if line_end >= 0 else "\n" + new_lines))
        if "id" not in keys:  # a question added by hand: its id goes in front
            first = node.value[0][0].start_mark.index
            edits.append((first, first, f"id: {_scalar(question.id)}\n{indent}"))
    if not edits:
        return bank
    for start, end, replacement in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
        text = text[:start] + replacement + text[end:]
    stamped = loads(text, str(path))
    write_atomic(path, text.encode("utf-8"))
    return stamped


# --- merging -----------------------------------------------------------------------------------

def _normal(text: str) -> str:
    return " ".join(text.replace("\u2019", "'").replace("\u201c", '"').replace(
        "\u201d", '"').split())


def merge(path: str | Path, fresh: Bank, article_text: str, now: datetime) -> tuple[Bank, int,
                                                                                      int]:
    """Merge a bank made anew from an article into the bank at ``path``, editing the file
    rather than rewriting it: every question in it stays exactly as it is (text, comments,
    layout, order); fresh questions it does not have yet are appended; questions quizgen made
    from a sentence that is gone from ``article_text`` are marked ``status: stale``; a
    rejected question is never made again, since its id stays in the file.

    Returns the merged bank, how many questions were added and how many became stale.
    """
    path = Path(path)
    old = load(path)
    text = path.read_text("utf-8-sig")
    root = yaml.compose(text, Loader=yaml.SafeLoader)
    top = {k.value: v for k, v in root.value}
    known = {q.id for q in old.questions}
    added = [q for q in fresh.questions if q.id not in known]
    article = _normal(article_text)
    edits: list[tuple[int, int, str]] = []
    stale = 0
    for question, node in zip(old.questions, top["questions"].value):
        if question.status == "generated" and question.sentence and _normal(
                question.sentence) not in article:
            status = next((v for k, v in node.value if k.value == "status"), None)
            if status is not None:
                edits.append((status.start_mark.index, status.end_mark.index, "stale"))
            else:
                line_end = text.find("\n", node.value[-1][1].end_mark.index)
                indent = " " * node.value[0][0].start_mark.column
                at = len(text) if line_end < 0 else line_end + 1
                edits.append((at, at, ("" if line_end >= 0 else "\n") +
                              f"{indent}status: stale\n"))
            stale += 1
    if fresh.source is not None and "source" in top:
        digest = next((v for k, v in top["source"].value if k.value == "sha256"), None)
        if digest is not None and digest.value != fresh.source.sha256:
            edits.append((digest.start_mark.index, digest.end_mark.index, fresh.source.sha256))
    if added:
        edits.append(_append_questions(text, top["questions"], added))
    for start, end, replacement in sorted(edits, key=lambda e: (e[0], e[1]), reverse=True):
        text = text[:start] + replacement + text[end:]
    loads(text, str(path))  # never write a bank quizgen could not read back
    write_atomic(path, text.encode("utf-8"))
    return stamp(path, now), len(added), stale


def _append_questions(text: str, sequence: yaml.Node, questions: list[Question]
                      ) -> tuple[int, int, str]:
    """The edit that adds ``questions`` after the last item of the bank's question list."""
    block = yaml.dump([_question_dict(q) for q in questions], Dumper=_Dumper, allow_unicode=True,
                      sort_keys=False, default_flow_style=False, width=92, indent=2)
    if sequence.flow_style or not sequence.value:  # `questions: []`: write the list out
        body = "".join("  " + line if line.strip() else line
                       for line in block.splitlines(keepends=True))
        return sequence.start_mark.index, sequence.end_mark.index, "\n" + body.rstrip("\n")
    first = sequence.value[0].start_mark
    line_start = text.rfind("\n", 0, first.index) + 1
    dash = text.index("-", line_start)
    indent = " " * (dash - line_start)
    body = "".join(indent + line if line.strip() else line
                   for line in block.splitlines(keepends=True))
    end = sequence.value[-1].end_mark
    at = end.index if end.column == 0 else (text.find("\n", end.index) + 1 or len(text))
    prefix = "" if not text[:at] or text[:at].endswith("\n") else "\n"
    return at, at, prefix + body
