"""Wrong options for a multiple-choice question, of the same kind as the answer.

Sources: for numbers and dates, nearby values written in the answer's own format; for a word
of one of our closed classes (`word_classes`), its counterpart ("mom" → "dad"), then the other
members, the article's first; for a verb of our classes, the others in its form ("hopped" →
"jumped"); for a list ("Susan and Jeff"), the list with one item swapped; for a term in none,
its opposite by prefix ("exothermic" → "endothermic") or school terms made alike; for
countries, cities and US states, the article's and the gazetteer's neighbours; for an event
("They took the train."), the story's other events of the same doer; then other mentions in
the article of the same kind (people for a person, the story's characters for a "Who …?",
then common first names; places for "Where …?"), and with WordNet installed, the answer's
sisters. Never the
answer or an alias of it (`Fidan` / `Hakan Fidan`, `U.S.` / `US` / `United States`, "Mom" /
"mother"), never another item of a list the answer belongs to (it may be right too), never
an option the question gives away.
"""

from __future__ import annotations

import collections
import functools
import itertools
import os
import random
import re
from typing import TYPE_CHECKING

from .pipeline import NAME_PARTICLES
from .word_classes import SEX_OF_TITLE, TIME_ZONES

if TYPE_CHECKING:
    from collections.abc import Iterable

    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_DIGITS = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?"
_NUMBER = re.compile(rf"^(?P<pre>[^\d]*?)(?P<num>{_DIGITS})(?P<post>.*)$")
_FACTORS = (2, 0.5, 1.5, 3, 0.75, 1.25)
_SCALES = {"", "thousand", "million", "billion", "trillion", "bn", "m", "k"}


def _key(text: str) -> str:
    """A form in which aliases meet: no case, punctuation, spaces or articles."""
    text = re.sub(r"['’]s\b", "", text.lower())  # "Jessie Bear's" is Jessie Bear
    text = re.sub(r"\b(a|an|the)\b", " ", text)
    return re.sub(r"[\W_]+", "", text)


def _initials(text: str) -> str:
    words = [w for w in re.split(r"[\s.]+", text) if w and w[0].isupper()]
    return "".join(w[0] for w in words).lower() if len(words) > 1 else ""


def is_alias(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` can name the same thing: equal but for case, dots and spaces,
    one the initials of the other (`U.S.` / `United States`), or one a part of the other's
    words but for titles (`Fidan` / `Hakan Fidan`, `Mr Cescau` / `Patrick Cescau`)."""
    from .questions import HONORIFICS

    ka, kb = _key(a), _key(b)
    if not ka or not kb or ka == kb or ka == _initials(b) or kb == _initials(a):
        return True
    # "Mr Cescau" is Patrick Cescau
    wa, wb = (set(re.sub(r"['’]s\b|\.", "", x.lower()).split()) - HONORIFICS for x in (a, b))
    return bool(wa and wb and (wa <= wb or wb <= wa)) or _synonyms(a, b) or _nicknamed(a, b)


def _nicknamed(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are one person's name with the first name in full and as a
    nickname: `Dave Collins` / `David Collins`."""
    wa, wb = a.lower().split(), b.lower().split()
    if len(wa) != len(wb) or len(wa) < 2 or wa[1:] != wb[1:] or wa[0] == wb[0]:
        return False
    names = _nicknamer()
    return any(y in names.nicknames_of(x) | names.canonicals_of(x)
               for x, y in ((wa[0], wb[0]), (wb[0], wa[0])))


@functools.lru_cache(maxsize=1)
def _nicknamer():
    from nicknames import NickNamer

    return NickNamer()


def _synonyms(a: str, b: str, *, any_head: bool = False) -> bool:
    """Whether ``a`` and ``b`` differ only in a last word that means the same ("her Mom" /
    "her mother", "the puppy" / "the dog"); with ``any_head``, whatever is before it ("her
    father" / "daddy")."""
    from .word_classes import SYNONYMS

    *ha, la = re.sub(r"\b(a|an|the)\b", " ", a.lower()).split() or [""]
    *hb, lb = re.sub(r"\b(a|an|the)\b", " ", b.lower()).split() or [""]
    return (any_head or ha == hb) and la != lb and any(
        {la, *_singulars(la)} & group and {lb, *_singulars(lb)} & group  # "dogs", "puppies"
        for group in SYNONYMS)


def _mate(option: str, mates: set[str]) -> bool:
    """Whether ``option`` names another item of the answer's list ("mommy and daddy": "her
    father" is the daddy)."""
    return any(is_alias(option, m) or _synonyms(option, m, any_head=True) for m in mates)


def _same_head(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` end in the same noun, one or many ("brother", "her brothers")."""
    heads = [{w[-1], *_singulars(w[-1])} for w in (a.lower().split() or [""],
                                                   b.lower().split() or [""])]
    return bool(heads[0] & heads[1])


def _format_like(answer_number: str, value: float) -> str:
    decimals = len(answer_number.split(".")[1]) if "." in answer_number else 0
    text = f"{value:,.{decimals}f}" if "," in answer_number else f"{value:.{decimals}f}"
    return text


_UNITS = {"", "%", "percent", "per cent", "million", "billion", "bn", "m", "k", "trillion",
          "pounds", "dollars", "euros", "pence", "cents", "p", "million pounds",
          "million dollars", "million euros", "billion dollars", "billion euros"}


@functools.lru_cache(maxsize=256)
def _matches(pattern: str, context: str, flags: int = 0) -> tuple[tuple[str, ...], ...]:
    """Every match of ``pattern`` in the article (the whole match, then its groups): the
    article is searched once per pattern, not once per question."""
    return tuple((m.group(0), *m.groups()) for m in re.finditer(pattern, context, flags))


# Not a clock time: "1230 GMT", "1800hrs" are no years.
_NO_CLOCK = r"(?!\s?(?:" + "|".join(sorted(TIME_ZONES)) + r"|hrs|am|pm)\b)"


def _numbers(answer: str, context: str, rng: random.Random) -> list[str]:
    match = _NUMBER.match(answer.strip())
    if not match:
        return []
    from .questions import CODE_NUMBER

    pre, num, post = match.group("pre"), match.group("num"), match.group("post")
    if CODE_NUMBER.fullmatch(num):
        return []  # "007" names; its neighbours are no options
    if num.isdigit() and re.match(r"(st|nd|rd|th)\b", post):
        # an ordinal ("the 20th century"): its neighbours, with their own endings
        return [f"{pre}{n}{_ordinal_ending(n)}{post[2:]}" for n in _near(int(num), 1, rng)
                if n > 0]
    fraction = re.fullmatch(r"/(\d+)", post.strip())
    if fraction and num.isdigit():  # "1/100" → "2/100", "3/100": the same whole
        whole = int(fraction.group(1))
        return [f"{pre}{n}/{whole}" for n in _near(int(num), 1, rng) if 0 <= n <= whole]
    if re.search(r"\d", post):
        return []  # a range or a pair ("1.9% to 1.8%"): no one number to vary
    value = float(num.replace(",", ""))
    if num.isdigit() and len(num) == 4 and 1000 <= value <= 2100 and value % 10 == 0 and \
            re.match(r"'?s\b", post):
        # a decade ("the 1980s"): other decades, those the article names first
        decades = [int(d[1]) for d in _matches(r"\b(1[0-9]{2}0|20[0-9]0)'?s\b", context)]
        near = sorted({d for d in decades if d != value}, key=lambda d: (abs(d - value), d))
        steps = [10, -10, 20, -20, 30]
        rng.shuffle(steps)
        return [f"{pre}{d}{post}" for d in [*near, *(int(value) + s for s in steps)]]
    if num.isdigit() and len(num) == 4 and 1000 <= value <= 2100:
        # a year, alone or in a phrase ("the last quarter of 2004"): other years
        years = [int(y[0]) for y in _matches(r"\b(1[0-9]{3}|20[0-9]{2})\b" + _NO_CLOCK, context)]
        near = sorted({y for y in years if y != value}, key=lambda y: (abs(y - value), y))
        steps = [1, -1, 2, -2, 3, 5, -5, 10, -10]
        rng.shuffle(steps)
        return [f"{pre}{y}{post}" for y in [*near, *(int(value) + s for s in steps)]]
    same_kind = []
    # A bare number matches any other only by chance; a number of some noun ("35 staff") is
    # not searched for either: one search of the whole article for each noun would cost a
    # long article as much as the rest of its questions.
    if (pre.strip() or post.strip()) and post.strip().lower() in _UNITS:
        for other in _matches(r"(?<![\w.,])" + re.escape(pre) + _DIGITS + re.escape(post) +
                              r"(?![\w,]|\.\d)(?!\s+(?:thousand|million|billion|trillion|bn|m)\b)",
                              context):  # not "more than 45" of "more than 45 million", nor
            # "$9" of "$9.4bn"
            if other[0] != answer:
                same_kind.append(other[0])
    # a share is at most the whole: no "more than 100%"
    ceiling = 100 if re.search(r"%|percent", post) else float("inf")
    if re.search(r"more than|over|above", pre, re.IGNORECASE):
        ceiling -= 1
    if num.isdigit() and value < 100:
        # a small count, an age, a price in cents: its neighbours, not multiples ("36" → 35,
        # not 360; "5 hours" → 4 or 6, not 15), counted in fives or tens when it is ("75
        # cents" → 70, 80); never "1 hours"
        unit = 10 if value >= 20 and value % 10 == 0 else 5 if value >= 15 and value % 5 == 0 \
            else 1
        plural = re.match(r"\s*[a-z]+s\b", post) is not None
        return same_kind + [f"{pre}{n}{post}" for n in _near(int(value), unit, rng)
                            if 0 < n <= ceiling and not (n == 1 and plural)]
    bare = num.replace(",", "")
    if bare.isdigit() and value >= 100 and post.strip().lower() in _SCALES:
        # a count: its neighbours at the precision it was given ("900" → 800, 1,000; "400
        # million" → 300 million), or at two figures' ("162" → 152, 172), not its multiples
        # ("1620", "1600 million")
        zeros = len(bare) - len(bare.rstrip("0"))
        unit = 10 ** (zeros or max(0, len(bare) - 2))
        steps = [s for s in (1, -1, 2, -2, 3, -3) if value + s * unit > 0]
        rng.shuffle(steps)
        return same_kind + [f"{pre}{_format_like(num, value + s * unit)}{post}" for s in steps]
    decimals = len(num.partition(".")[2])
    if decimals and value < 100 and "," not in num:
        # a rate or a share given to its decimals ("2.25%", "3.9%"): its neighbours at that
        # precision, in quarters where it is given in quarters ("2.5%", "2%"), not "1.12%"
        quarters = decimals == 2 and (value * 4).is_integer()
        unit = 25 if quarters else 1
        return same_kind + [f"{pre}{n / 10 ** decimals:.{decimals}f}{post}"
                            for n in _near(round(value * 10 ** decimals), unit, rng)
                            if 0 < n / 10 ** decimals <= ceiling]
    factors = list(_FACTORS)
    rng.shuffle(factors)
    made = [f"{pre}{_format_like(num, value * f)}{post}" for f in factors
            if 0 < value * f <= ceiling]
    if value.is_integer() and "." not in num:
        made = [m for m in made if not re.search(r"\.\d", m)] + made
    return same_kind + made


def _ordinal_ending(n: int) -> str:
    if n % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _near(value: int, unit: int, rng: random.Random) -> list[int]:
    """Values a few ``unit``s from ``value``, the nearest first (one or two units away, in an
    order ``rng`` picks, then three to five): the ones a student mixes up with it."""
    near, far = [1, -1, 2, -2], [3, -3, 4, 5]
    rng.shuffle(near)
    rng.shuffle(far)
    return [value + step * unit for step in near + far]


def _dates(answer: str, rng: random.Random) -> list[str]:
    for names in (MONTHS, WEEKDAYS):
        for i, name in enumerate(names):
            if re.search(rf"\b{name}\b", answer):
                others = [names[(i + step) % len(names)] for step in (1, -1, 2, -2, 3)]
                return [re.sub(rf"\b{name}\b", other, answer) for other in others]
    day = re.search(r"\b([1-9]|[12]\d|3[01])\b", answer)
    if day:
        value = int(day.group(1))
        steps = [s for s in (1, -1, 2, -2, 7, -7) if 1 <= value + s <= 28]
        rng.shuffle(steps)
        return [answer[:day.start()] + str(value + s) + answer[day.end():] for s in steps]
    return []


def _list_mates(span: Span) -> set[str]:
    """The other items of a list the answer is in ("Syria, Ukraine, Gaza …")."""
    root = span.root
    first = root
    while first.dep_ == "conj":
        first = first.head
    items = [first, *[t for t in first.subtree if t.dep_ == "conj" and t.head.i in
                      {first.i, *[c.i for c in first.subtree]}]]
    return {" ".join(t.text for t in item.subtree if t.dep_ != "cc" and not t.is_punct)
            for item in items if item.i != root.i} | {item.text for item in items
                                                       if item.i != root.i}


# Nouns that say almost nothing alone: no option a student has to think about.
LIGHT_NOUNS = {"way", "thing", "time", "lot", "kind", "sort", "type", "part", "bit", "number",
               "one", "something", "anything", "everything", "nothing", "end", "side", "need",
               "fact", "future", "past"}
_LOCATIVE_PREPS = {"in", "at", "to", "into", "from", "near", "inside", "behind", "under",
                   "outside", "across", "through"}
_POSSESSIVES = {"his", "her", "their", "my", "your", "its", "our"}


def _answer_in(answer: str, context: str, doc: Doc, nlp: Language,
               question: str | None = None) -> tuple[Span | None, str]:
    """Where the answer is in the article — of its mentions, the one in the sentence that
    shares the most words with the question — and the entity label of most of its mentions
    (or of the answer on its own)."""
    spans = [doc.char_span(m.start(), m.end(), alignment_mode="expand") for m in re.finditer(
        r"(?<!\w)" + re.escape(answer.strip().rstrip(".")) + r"(?!\w)", context,
        re.IGNORECASE)]  # "Hop." is where the story says "to hop"
    spans = [s for s in spans if s is not None]
    span = spans[0] if spans else None
    if question and len(spans) > 1:
        # "Who is Bob's best friend?" is about "his best friend Chris", not the list of
        # friends that first names Chris
        asked = {w for w in re.findall(r"[a-z]+", question.lower())
                 if w not in nlp.Defaults.stop_words} - set(answer.lower().split())
        # of mentions alike, one outside a list: "Jake and Jimmy are playing" does not make
        # Jake right for whatever Jimmy does later
        span = max(spans, key=lambda s: (len(asked & {
            w for t in s.sent for w in (t.lower_, t.lemma_.lower())}), not _list_mates(s)))
    # the label most of its mentions have: "One day Ola told …" is no date
    labels = [t.ent_type_ for s in spans for t in s if t.ent_type_]
    label = max(sorted(set(labels)), key=labels.count) if labels else ""
    if not label:
        # an entity of the answer's own word: "ten" makes "The other ten students" no number
        root = next((t for t in nlp(answer) if t.dep_ == "ROOT"), None)
        label = root.ent_type_ if root is not None else ""
    return span, label


def _mentions(answer: str, context: str, doc: Doc, nlp: Language, question: str | None,
              found: tuple[Span | None, str]) -> list[str]:
    """The article's mentions of the answer's kind, in the answer's form; for a place with
    its preposition ("in the bathtub"), the article's other phrases of that preposition, the
    most used first ("in a closet", "in her backpack"; not "mother")."""
    located = re.fullmatch(r"(?i)(in|at|on|to|into|inside|under|behind|near)\s+"
                           r"((?:the|a|an)\s+)?([a-z][\w\s'-]*?)(\.?)", answer.strip())
    if not located:
        return [_shaped_like(o, answer) for o in _same_kind(answer, context, doc, nlp,
                                                            question, found)]
    prep, article, inner, stop = located.groups()
    counts: dict[str, int] = {}
    for chunk in doc.noun_chunks:
        before = doc[chunk.start - 1] if chunk.start else None
        if before is None or before.lower_ != prep.lower() or chunk.root.head != before or \
                bool(article) != (chunk[0].dep_ in ("det", "poss")) or \
                chunk.root.pos_ != "NOUN" or chunk.root.ent_type_ or \
                chunk.root.lower_ == inner.split()[-1].lower():
            continue  # "in trouble" is no place like "in the bathtub"; nor are "in May" and
            # "in her bathtub"
        text = f"{prep} {' '.join(chunk.text.split())}{stop}"
        counts[text] = counts.get(text, 0) + 1
    return sorted(counts, key=lambda text: -counts[text])


def _same_kind(answer: str, context: str, doc: Doc, nlp: Language,
               question: str | None = None,
               found: tuple[Span | None, str] | None = None) -> list[str]:
    """The article's mentions of the answer's kind; ``found`` is where the answer is and its
    label (`_answer_in`), when the caller knows them already."""
    from .gazetteer import kind_of

    span, label = found or _answer_in(answer, context, doc, nlp, question)
    words = answer.strip().rstrip(".").split()
    asked = (question or "").strip().lower()
    # "Who …?" or "What is the dog's name?" with a name for answer: a character, whatever the
    # recogniser took it for ("Stephan" a place, "Julia" a company in a children's story)
    character = bool(re.match(r"(who|whom|whose)\b", asked) or re.search(r"\bname", asked)) \
        and label in ("PERSON", "ORG", "GPE", "NORP", "") and not kind_of(answer)
    if (not label or character) and words and len(words) <= 3 and all(
            w[:1].isupper() for w in words) and written_as_name(answer, context) is not False:
        # a name the recogniser does not know ("Felix" the cat): the article's other names
        characters = _characters(doc, character)
        if len(words) == 1 and _written_as_surname(words[0], doc):
            # "Mr Hale" → Reed, of "Tom Reed" (not Cole, of "Ann Cole": no woman for a man)
            from . import _sex_of_name

            sex = _titled_sex(words[0], doc)
            characters = with_surnames({
                name: count for name, count in characters.items()
                if sex is None or _sex_of_name(name, {}) in (None, sex)})
        options = alike(answer, "PERSON", characters, span)
        if character:  # then shorter names: "Jessie Bear" → "Lion" (a longer one may be a
            # place: "Sparky" → "Elm Street")
            options += [o for o in alike(answer, "", characters, span)
                        if o not in options and len(o.split()) < len(words)]
        return options
    if span is not None and len(span) == 1 and not label and (
            span.root.pos_ == "ADJ" or span.root.tag_ == "VBN" and
            any(c.dep_ == "auxpass" for c in span.root.children) and
            not any(c.dep_ == "agent" for c in span.root.children)):
        return _qualities(span.root)  # (and a state: "the kite is broken")
    if span is None and not label and len(words) > 2 and _noun_phrase(answer, nlp):
        options = list(dict.fromkeys(_shaped_like(o, answer) for o in _things_near(answer, doc)))
    else:
        options = same_kind_in(answer, label, [doc], span)
    if not label and (question or "").strip().lower().startswith("where"):
        # "Where …?": the article's places first, the things it names after them
        places = _places_in(doc)
        options.sort(key=lambda o: o not in places)
    return options


def _qualities(word: Token) -> list[str]:
    """For an adjective ("the ball is dead"), the story's other adjectives, in the answer's
    case: those said of something ("was cute") before those in front of a noun, the most used
    first (no nouns: "dead" → not "day", "air")."""
    from spacy.lang.en.stop_words import STOP_WORDS

    counts: collections.Counter[str] = collections.Counter()
    said_of: set[str] = set()
    for t in word.doc:
        if t.pos_ == "ADJ" and t.is_alpha and t.is_lower and t.lower_ != word.lower_ and \
                t.lower_ not in STOP_WORDS and t.tag_ == "JJ":
            counts[t.lower_] += 1
            if t.dep_ in ("acomp", "oprd") or t.dep_ == "conj" and t.head.dep_ in ("acomp",
                                                                                   "oprd"):
                said_of.add(t.lower_)
    ranked = sorted(counts, key=lambda a: (a not in said_of, -counts[a]))
    return [_same_case(a, word.text) for a in ranked]


def _noun_phrase(answer: str, nlp: Language) -> bool:
    """Whether the answer is a thing or things, not an event ("His dad is taking him fishing")
    nor a quality."""
    parsed = nlp(answer.strip().rstrip("."))
    return not any(t.pos_ in ("VERB", "AUX") for t in parsed) and any(
        t.dep_ == "ROOT" and t.pos_ in ("NOUN", "PROPN") for t in parsed)


def _things_near(answer: str, doc: Doc) -> list[str]:
    """For an answer the story words its own way ("A television set and stereo" of "her
    television set and stereo were missing"), the story's things: the nearest first to the
    sentence that has most of the answer's words (a story tells of like things together: "a
    clock", "her purse"), then the most told; of any length up to the answer's (a long
    answer's wrong options need not be as long)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    own = {w.lower() for w in re.findall(r"[\w'’-]+", answer)}
    content = own - STOP_WORDS
    sentences = list(doc.sents)
    anchor = max(range(len(sentences)), key=lambda i: (len(content & {
        w for t in sentences[i] for w in (t.lower_, t.lemma_.lower())}), -i)) if sentences else 0
    at = {s.start: i for i, s in enumerate(sentences)}
    nearest: dict[str, tuple[bool, int]] = {}
    counts: dict[str, int] = {}
    one = answer.split()[0].lower() in ("a", "an")  # "a bone", never "a presents"
    for chunk in doc.noun_chunks:
        if chunk.root.pos_ != "NOUN" or chunk.root.lemma_.lower() in LIGHT_NOUNS or one and (
                chunk.root.tag_ == "NNS" or chunk[0].dep_ not in ("det", "poss")):
            continue  # (nor "a fun" of a story's bare "fun")
        text = _chunk_text(chunk, plain=True)
        if {w.lower() for w in text.split()} <= own:
            continue  # the answer's own things, or some of them
        # a thing where something is or goes ("the camp", "the table") after the things done
        # with or had, as an answer of this kind is
        where = chunk.root.dep_ == "pobj" and chunk.root.head.lower_ in _LOCATIVE_PREPS
        away = (where, abs(at.get(chunk.sent.start, anchor) - anchor))
        nearest[text] = min(nearest.get(text, away), away)
        counts[text] = counts.get(text, 0) + 1
    size = len(answer.split())
    return sorted(nearest, key=lambda t: (len(t.split()) > size, nearest[t], -counts[t]))


# Labels of what is never a character: people are counted already, values are no one.
_NOT_CHARACTERS = {"PERSON", "DATE", "TIME", "CARDINAL", "ORDINAL", "MONEY", "PERCENT",
                   "QUANTITY"}


def _characters(doc: Doc, any_label: bool = True) -> dict[str, int]:
    """How often the article names each person, and each name the recogniser gave no label
    ("Felix" the cat); with ``any_label``, also names it took for something else that are no
    places the gazetteer knows (a king taken for a company)."""
    from .gazetteer import kind_of

    counts = kind_counts("PERSON", [doc])
    for chunk in doc.noun_chunks:
        # the name at the end ("their dog Pogo" → "Pogo") and an owner's ("Beta's choice")
        for end in [chunk.end - 1] + [t.i for t in chunk if t.dep_ == "poss" and
                                      t.pos_ == "PROPN" and t.i < chunk.end - 1]:
            name = doc[end]
            start = end
            while start > chunk.start and doc[start - 1].pos_ == "PROPN":
                start -= 1
            text = " ".join(doc[start:end + 1].text.split())  # not "Jessie\nBear"
            # a place the recogniser knows is no one where the article says things are at it
            # ("now at Millfield")
            place = name.ent_type_ in ("GPE", "LOC", "FAC") and name.dep_ == "pobj" and \
                name.head.lower_ in ("in", "at", "near", "inside", "outside")
            # a word capitalised only where a sentence or a quotation starts is no name
            # ("Mine is Josh"): one the recogniser does not know must be capitalised inside a
            # sentence
            if name.pos_ == "PROPN" and (not name.ent_type_ or any_label and
                                         name.ent_type_ not in _NOT_CHARACTERS and
                                         not kind_of(text) and not place) and \
                    re.search(rf"\b[a-z]+,?\s+{re.escape(text)}\b", doc.text):
                counts[text] = counts.get(text, 0) + 1
    return {name: count for name, count in counts.items()
            if len(name) > 1 and _may_be_character(name, doc.text)}  # no door "D"


# Words after a surname that are no part of it: "Hank Williams Jr." is a Williams (and in
# British copy "Jnr", "Snr").
NAME_SUFFIXES = {"Jr", "Jnr", "Sr", "Snr", "II", "III", "IV"}


def with_surnames(people: dict[str, int]) -> dict[str, int]:
    """``people`` (names and how often each is named) with the surnames of those named in
    full added: the options of an answer the article gives as a surname ("Mr Hale")."""
    counts = dict(people)
    for name, count in people.items():
        words = [w for w in name.split() if w.rstrip(".,") not in NAME_SUFFIXES]
        if len(words) > 1:
            surname = re.sub(r"['’]s?$", "", words[-1])
            counts[surname] = counts.get(surname, 0) + count
    return counts


def _written_as_surname(name: str, doc: Doc) -> bool:
    """Whether ``doc`` writes the one word ``name`` as a surname: after a title ("Mr Hale") or
    at the end of a person's full name ("Ian Hale")."""
    from .questions import is_honorific

    return any(t.text == name and t.i and (is_honorific(doc[t.i - 1]) or (
        t.ent_type_ == "PERSON" and t.ent_iob_ == "I")) for t in doc)


def _titled_sex(name: str, doc: Doc) -> str | None:
    """The sex the titles ``doc`` writes before ``name`` say ("Mr Hale": "m"), if one."""
    said = {SEX_OF_TITLE.get(t.lower_.rstrip(".")) for t in doc[:-1]
            if doc[t.i + 1].text == name} - {None}
    return said.pop() if len(said) == 1 else None


def _may_be_character(name: str, context: str) -> bool:
    """Whether a name of the article may be a character's: not a word it also writes in lower
    case ("it is mine"), nor one of our words for things, places or animals it does not write
    as a name twice ("Earth", "Tigers"; "Socks" the cat is one), nor one it writes after "the"
    ("the Jets") unless it is a person's ("the King")."""
    from .word_classes import KINDS

    written = written_as_name(name, context)
    if written is False:
        return False
    key = name.lower()
    kinds = {KINDS.get(members[0]) for form in (key, *_singulars(key))
             for members, _, _ in _class_index().get(form, ())}
    if "person" in kinds:
        return True
    if re.search(rf"\b[Tt]he\s+{re.escape(name)}\b", context):
        return False
    return not kinds or written is True


# Between the items of a list: "A, B, and C", "A and B", "A or B".
_ITEM_BREAK = re.compile(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


def _swapped_items(answer: str, context: str, doc: Doc, question: str | None,
                   as_name: bool | None, modifiers: set[str]) -> list[str] | None:
    """For an answer that is a list of names or of words of our classes ("Susan and Jeff",
    "cows and horses"), the list with one item swapped for another of its kind (the story's
    other characters, the class's other members): the last item, then the first, in turn;
    no word of ``modifiers`` is swapped ("a snow globe"). None when the answer is no such
    list."""
    text = answer.strip().rstrip(".")
    items, breaks = _ITEM_BREAK.split(text), _ITEM_BREAK.findall(text)
    if not 2 <= len(items) <= 4 or any(not i or len(i.split()) > 3 for i in items) or \
            text[:1] in "\"'“‘":
        return None  # (a title in quotation marks is one thing: "The Beauty and the Rain")
    asked = (question or "").lower()
    characters = None
    swaps: list[list[str]] = []
    for item in items:
        words = [w for w in item.split() if w.lower() not in ("the", *_POSSESSIVES)]
        if words and all(w[:1].isupper() for w in words) and \
                written_as_name(item, context) is not False:
            if characters is None:
                counts = _characters(doc)
                characters = sorted(counts, key=lambda c: -counts[c])
            swaps.append([c for c in characters + (_first_names(item, asked) if len(
                item.split()) == 1 and _asks_for_character(question) else [])
                if len(c.split()) == len(item.split()) and c.lower() not in asked])
        else:
            swaps.append(_word_class(item, context, as_name, modifiers=modifiers))
        bare = [re.sub(r"^(a|an|the)\s+", "", i, flags=re.IGNORECASE) for i in items]
        swaps[-1] = [o for o in swaps[-1] if not _mate(
            re.sub(r"^(a|an|the)\s+", "", o, flags=re.IGNORECASE), set(bare)) and not any(
                _same_head(o, other) for other in items if other != item)]
    if any(w.lower() in _POSSESSIVES for item in items[1:] for w in item.split()):
        swaps[0] = []  # "a girl and her brother": the others are told by the first
    if not swaps[0] and not swaps[-1]:
        return None

    def listed(at: int, item: str) -> str:
        parts = [item if k == at else own for k, own in enumerate(items)]
        return "".join(p + b for p, b in zip(parts, [*breaks, ""]))

    out = []
    for k in range(max(len(swaps[0]), len(swaps[-1]))):
        for at in (len(items) - 1, 0):
            if k < len(swaps[at]):
                out.append(listed(at, swaps[at][k]))
    return out


def _asks_for_character(question: str | None) -> bool:
    """Whether the question asks who, or for a name."""
    asked = (question or "").strip().lower()
    return bool(re.match(r"(who|whom|whose)\b", asked) or re.search(r"\bnames?\b", asked))


_PETS = re.compile(r"\b(dog|cat|puppy|kitten|pet|hamster|rabbit|bunny|pony|horse|fish|bird|"
                   r"parrot|mouse|turtle|goldfish)s?\b", re.IGNORECASE)


def _first_names(answer: str, question: str) -> list[str]:
    """Common first names for a character's name: pets' names where the question asks about
    a pet, else names of the answer's sex (both when we cannot tell); those with the answer's
    initial first ("Kelsey" → "Kate", "Katie")."""
    from .word_classes import FIRST_NAMES

    name = answer.strip().rstrip(".")
    if _PETS.search(question):
        pool = list(FIRST_NAMES["pet"])
    else:
        sexes = [s for s in ("girl", "boy") if name in FIRST_NAMES[s]] or ["girl", "boy"]
        pool = [n for group in zip(*(FIRST_NAMES[s] for s in sexes)) for n in group]
    return sorted(pool, key=lambda n: n[0] != name[0])


def _places_in(doc: Doc) -> set[str]:
    """The article's places: what it says things are in, at, from, near …"""
    return {_chunk_text(c) for c in doc.noun_chunks if c.root.dep_ == "pobj"
            and c.root.head.lower_ in _LOCATIVE_PREPS}


def written_as_name(answer: str, context: str) -> bool | None:
    """How the article writes the answer inside a sentence: as a name, capitalised each time
    ("they called the cat Socks … Socks slept") → True; as a common word ("we played tag")
    → False; once, or never inside a sentence → None."""
    words = answer.strip().rstrip(".").split()
    while words and words[0].lower() in ("a", "an", "the", *_POSSESSIVES):
        words = words[1:]
    if not words:
        return None
    # each use inside a sentence, with the word before it; a capital after an article or a
    # possessive does not make a name: "the Moon" of a science text is the moon, "her Dad" is
    # her dad, "called Socks" names a cat
    phrase = r"\s+".join(re.escape(w) for w in words)
    uses = _matches(rf"\b([a-z]+),?\s+({phrase})\b", context, re.IGNORECASE)
    if any(not use[:1].isupper() for _, _, use in uses):
        return False
    named = [use for _, before, use in uses
             if before.lower() not in ("the", "a", "an", *_POSSESSIVES)]  # "her Dad"
    return True if len(named) > 1 else None  # one capital may be a slip or a heading


def _epithets(answer: str, doc: Doc) -> list[str]:
    """For a name with its epithet ("Ruffles the dog"), the story's other characters named so
    ("Ernie the talking donkey" → "Ernie the donkey"), the most mentioned first ("After the
    game" names no one)."""
    own = re.fullmatch(r"([A-Z][a-z]+) the ([a-z]+)\.?", answer.strip())
    if not own:
        return []
    counts: dict[str, int] = {}
    for chunk in doc.noun_chunks:
        name = doc[chunk.start - 1] if chunk.start > 0 else None
        if name is None or chunk[0].lower_ != "the" or \
                chunk.root.pos_ not in ("NOUN", "PROPN") or \
                not re.fullmatch(r"[A-Z][a-z]+", name.text) or name.is_stop or \
                name.text == own.group(1) or name.pos_ != "PROPN":
            continue
        whole = f"{name.text} the {chunk.root.lower_}"  # "the Talking Donkey" too
        counts[whole] = counts.get(whole, 0) + 1
    return sorted(counts, key=lambda c: -counts[c])


def _chunk_text(chunk: Span, plain: bool = False) -> str:
    """A noun phrase without its leading article or demonstrative ("the old cabin" → "old
    cabin"); ``plain``, without its adjectives too ("cabin")."""
    start = chunk.start
    while start < chunk.end - 1 and (chunk.doc[start].dep_ == "det" or plain and chunk.doc[
            start].dep_ == "amod" and chunk.doc[start].head == chunk.root):
        start += 1
    return chunk.doc[start:chunk.end].text


def _shaped_like(option: str, answer: str) -> str:
    """The option in the answer's form: no "his"/"Jon's" in front when the answer has none."""
    first = answer.split()[0].lower() if answer.split() else ""
    if first in _POSSESSIVES or "'s " in answer or "’s " in answer:
        return option
    option = re.sub(r"^.*?['’]s\s+", "", option)
    words = option.split()
    if len(words) > 1 and words[0].lower() in _POSSESSIVES:
        option = " ".join(words[1:])
    article = answer.split()[0] if first in ("a", "an", "the") and len(answer.split()) > 1 \
        else ""
    if article and option[:1].islower() and not {"a", "an", "the"} & set(option.split()):
        # "A ball" → "A dog", not "dog"
        option = f"{article if first == 'the' else article_for(option, article)} {option}"
    return option


def same_kind_in(answer: str, label: str, docs: list, span: Span | None) -> list[str]:
    """Mentions in ``docs`` of the answer's kind (its entity label, or noun phrases of its
    number), names as long as the answer's, the most mentioned first; not its list mates."""
    plural = span is not None and span.root.tag_ in ("NNS", "NNPS")
    # no describing words where the answer has none: "home" → "beach", not "nearby beach"
    plain = span is not None and not any(t.dep_ == "amod" for t in span)
    return alike(answer, label, kind_counts(label, docs, plural, plain), span)


def names_of_groups(docs: list) -> set[str]:
    """Last words of a "person" named only as the owner of another ("Aston Villa's Thomas
    Hitzlsperger") that the recogniser takes alone for a club, a firm or a place ("remain at
    Villa"), and never alone for a person: the club's name, not a surname."""
    from . import _trim

    owners: set[str] = set()
    people: set[str] = set()
    others: set[str] = set()
    for doc in docs:
        for ent in doc.ents:
            if ent.label_ in ("ORG", "GPE", "LOC", "FAC") and len(ent) == 1:
                others.add(ent.text)
            elif ent.label_ == "PERSON" and len(_trim(ent)):
                name = _trim(ent)
                owner = name.end + 1 < len(doc) and doc[name.end].tag_ == "POS" and \
                    doc[name.end + 1].ent_type_ == "PERSON"
                (owners if owner and len(name) > 1 else people).add(name[-1].text)
    return owners & others - people


# Words before a name someone was given at birth: "Born Jocelyn Stoker, …", "née Smith".
BIRTH_WORDS = {"born", "née", "nee"}


def kind_counts(label: str, docs: list, plural: bool = False,
                plain: bool = False) -> dict[str, int]:
    """How often each mention of a kind occurs in ``docs``: entities with ``label``, or (no
    label) noun phrases, plural or not, ``plain`` without their adjectives."""
    from . import _trim
    from .gazetteer import kind_of
    from .questions import entity_label, written_as_no_person

    counts: dict[str, int] = {}
    if label:
        whole = "\n".join(doc.text for doc in docs)
        groups = names_of_groups(docs) if label == "PERSON" else set()
        for ent in (e for doc in docs for e in doc.ents):
            # the label as the questions read it: "Ring of Fire" is no person's name, nor is
            # "Lib Dem" where another paragraph says "the Lib Dems"
            if ent.label_ == label and entity_label(ent) == label and not (
                    label == "PERSON" and (written_as_no_person(ent.text, whole) or
                                           re.search(r"\d|[A-Z]{2,}s$", ent.text))) and \
                    not re.search(r"[()\[\]{};:]", ent.text):
                # (no "Sri Lanka", "Porto Alegre" or "Liverpool 1" for a person, though
                # "Jordan" may be one; no "Green Party MEPs", a group in the plural;
                # no "O'Driscoll, (Leinster" out of a line-up)
                # no "Andrew Baddeley's", no line break inside; no word the name was read
                # with ("Brazilian Ronaldo" opening a sentence)
                if label == "PERSON" and ent.start and \
                        ent.doc[ent.start - 1].lower_ in BIRTH_WORDS:
                    continue  # "Born Jocelyn Stoker, the singer …": another name of someone
                    # the article names otherwise, no other person
                if label == "PERSON":  # (an owner stays: "Rufa" of "Rufa's idea")
                    trimmed = _trim(ent)
                    ent = trimmed if len(trimmed) or ent.root.dep_ != "poss" else ent
                if not len(ent) or ent[-1].text in groups:
                    continue  # (nor "Aston Villa", whose "Villa" is a club elsewhere)
                text = re.sub(r"^the\s+|['’]s?$|[.,]$", "", " ".join(ent.text.split()))
                if label == "PERSON" and " " in text and kind_of(text):
                    continue  # (a place of two words: "Sri Lanka", "Sri Lanka's")
                counts[text] = counts.get(text, 0) + 1
    else:
        for chunk in (c for doc in docs for c in doc.noun_chunks):
            if chunk.root.pos_ == "NOUN" and (chunk.root.tag_ == "NNS") == plural and \
                    chunk.root.lemma_.lower() not in LIGHT_NOUNS:
                text = _chunk_text(chunk, plain)
                counts[text] = counts.get(text, 0) + 1
    return counts


def alike(answer: str, label: str, counts: dict[str, int], span: Span | None) -> list[str]:
    """The mentions of ``counts`` that look like the answer, not in a list with it."""
    mates = _list_mates(span) if span is not None else set()
    # Options look alike: a name of as many words as the answer's, other phrases within a word
    # of its length; more often mentioned first.
    size = len(answer.split())
    slack = 0 if label == "PERSON" else 1
    close = [(abs(len(text.split()) - size), -count, text) for text, count in counts.items()
             if abs(len(text.split()) - size) <= slack]
    return [text for _, _, text in sorted(close) if not _mate(text, mates)]


def distractors(answer: str, context: str, n: int = 3, question: str | None = None, *,
                seed: int = 0, nlp: Language | None = None) -> list[str]:
    """Up to ``n`` wrong options for ``answer``, best first; the same inputs and ``seed`` give
    the same options."""
    from . import gazetteer
    from .article import clean
    from .pipeline import load_pipeline

    reply = re.fullmatch(r"(?i)(yes|no)\.?", answer.strip())
    if reply:  # a yes-or-no answer has one wrong option: no names, no "Nay", no "Argon" (No)
        other = {"yes": "no", "no": "yes"}[reply[1].lower()]
        return [_same_case(other, reply[1]) + answer.strip()[len(reply[1]):]][:n]
    context = "\n".join(p.text for p in clean(context).paragraphs)  # no credits or bylines
    found = _values(answer, context, seed)
    if len(found) >= n or found and re.match(rf"(?i)(the )?({'|'.join(ORDINAL_WORDS)})\b",
                                             answer.strip()):
        # (a place has only places for options: "first leg" → "second leg", never "arm")
        return choose(answer, found, n, question)
    nlp = nlp or load_pipeline()
    doc = nlp(context)
    span, label = _answer_in(answer, context, doc, nlp, question)
    if label == "PERSON" and " " in answer.strip() and gazetteer.kind_of(answer):
        label = "GPE"  # "Porto Alegre": a place of two words the recogniser took for a person
    mates = _list_mates(span) if span is not None else set()
    epithets = _epithets(answer, doc)
    found += epithets
    # "Socks" the cat is no sock; "Tag" the game is no name; what a question asks the name of
    # has one
    as_name = written_as_name(answer, context)
    if as_name is None and re.search(r"\bnamed?\b", (question or "").lower()) and \
            re.fullmatch(r"[A-Z][a-z]+\.?", answer.strip()):
        as_name = True
    # "cookies and pizza": the other item of the list may be right too
    parsed = nlp(answer.strip().rstrip(".")) if " " in answer.strip() else []
    classed = _swapped_items(answer, context, doc, question, as_name, compounds(parsed))
    verbs = _verb_class(answer, span, parsed)
    if verbs:
        classed = [o for o in verbs if not _mate(o, mates)]
    elif classed is None:
        # no noun or adjective of our classes for the verb of a clause ("He scared her." →
        # "He happy her."), no thing for one in front of another ("roof trusses")
        acts = {t.lower_ for t in parsed if t.pos_ == "VERB" and any(
            c.dep_ in ("nsubj", "nsubjpass") for c in t.children)}
        classed = [o for o in _word_class(answer, context, as_name, acts, compounds(parsed))
                   + _opposites(answer) if not _mate(o, mates)]
        classed = same_head_after_a_name_or_noun(classed, answer, parsed, context)
        # "Kara's mom": the mom of another character too, in turn with Kara's others
        owned = re.fullmatch(r"([A-Z][a-z]+)['’]s (\w+(?: \w+)?)\.?", answer.strip())
        if owned and written_as_name(owned.group(1), context) is not False:
            others = [f"{c}'s {owned.group(2)}" for c in _characters(doc)
                      if " " not in c and c != owned.group(1) and
                      c.lower() not in (question or "").lower()]
            classed = [o for pair in itertools.zip_longest(classed, others) for o in pair
                       if o is not None]
    found += classed
    if not found and not label and answer.strip().islower():
        found = _same_ending(answer)
    # "Mary" is a city in Turkmenistan too: a place only where the article does not say who
    place = bool(not found and gazetteer.kind_of(answer)) and label not in (
        "PERSON", "ORG") and as_name is not False  # "Reading" is a town, "reading" is not
    if place:
        found = [p for p in places(answer, _same_kind(answer, context, doc, nlp,
                                                      found=(span, label)))
                 if not gazetteer.outside_continent_named(p, question or "")]
    else:
        mentioned = _mentions(answer, context, doc, nlp, question, (span, label))
        if re.match(r"(?i)(what|where)\b", (question or "").strip()):
            # "What did Matthew throw? A ball": things first, then people and body parts
            # ("Dad", "Face"), unless the answer is one
            own = _kinds_of(answer)
            mentioned.sort(key=lambda m: bool(_kinds_of(m) & {"person", "body"} - own))
        if as_name is False and answer.strip()[:1].isupper():  # options written as "Tag" is
            mentioned = [o[:1].upper() + o[1:] for o in mentioned]
        # a name has no sisters in a dictionary ("Mary" → "Esther", "Lot's wife"; "New York"
        # → "Bourbon")
        words = answer.split()
        name = as_name or label in _NAME_LABELS and answer.strip()[:1].isupper() or \
            as_name is None and len(words) > 1 and words[-1][:1].isupper() and all(
                w[:1].isupper() or w in _SMALL_WORDS_OF_NAMES for w in words)
        if re.match(r"(?i)whom?\b", (question or "").strip()) and not name:
            # "Who gathers pine cones? The chipmunk": the story's people (and animals, for an
            # animal) first, then what may be someone, never what is known to be no one
            # (no animal but for an animal: "The ranger" → not "The fish")
            kinds = _ALIVE if "animal" in _kinds_of(answer) else {"person"}
            alive = [m for m in mentioned if _kinds_of(m) & kinds or _is_person_word(m)]
            named = [c for c in _characters(doc) if c.lower() not in (question or "").lower()]
            mentioned = alive + named + [m for m in mentioned if m not in alive and
                                         not _kinds_of(m) - kinds]
        if not label and (question or "").strip().lower().startswith("where"):
            # "Where …?": the places of the answer's class the story names, then the story's
            # other places, then the rest of the class
            told = _article_words(context)
            own = [o for o in found if all(w in told for w in o.lower().split())]
            places_told = _places_in(doc)
            story = [m for m in mentioned if m in places_told]
            found = own + story + [o for o in found if o not in own]
        # options of the answer's closed class before the article's other mentions
        found = found + (mentioned if name else _with_lexicon(answer, mentioned))
        if _asks_for_character(question) and re.fullmatch(r"[A-Z][a-z]+\.?", answer.strip()) \
                and as_name is not False and not gazetteer.kind_of(answer) and \
                not _written_as_surname(answer.strip(), doc):  # (no "Hannah" for "Mr Hale")
            if _PETS.search(question or ""):
                # a pet's name: first the names the story gives ("named her kitten Lucky")
                found.sort(key=lambda o: re.search(
                    rf"\b(named|called)\s+(\w+\s+){{0,3}}{re.escape(o.rstrip('.'))}\b",
                    context) is None)
            found += _first_names(answer, question or "")  # a story of two characters
    # an answer that is an event ("They took the train.", "wash dishes"): the story's other
    # events of the same doer, in the answer's form, before any mention
    events = _story_events(answer, doc, nlp, span) if len(answer.split()) > 1 and \
        not epithets else None
    if events is not None:  # no noun phrases for an event ("to play ball" → "brown box")
        found = [o for o in found if o in classed] + events
    if len(found) < n and any(t.pos_ in ("VERB", "AUX") for t in parsed):
        # a clause whose own events the story does not give: the same clause about another
        # thing of its object's class ("Douglas loves to play soccer." → "… baseball.")
        found += [o for o in _object_swapped(answer, context, parsed, as_name)
                  if o not in found and not _mate(o, mates)]
    if answer.strip().endswith("."):  # options written as the answer is
        found = [o if o.endswith((".", "!", "?")) else o + "." for o in found]
    return choose(answer, found, n, question, places=place, context=context)


_COMPLEMENTS = {"dobj", "prt", "prep", "dative", "xcomp", "acomp", "attr", "oprd", "npadvmod"}


def _story_events(answer: str, doc: Doc, nlp: Language,
                  span: Span | None) -> list[str] | None:
    """For an answer that is a clause or a verb phrase, the story's other clauses with the same
    subject ("They took the train." → "They walked.") or its other verb phrases ("wash
    dishes" → "pick corn"), the verb in the answer's form, about the answer's length; None
    for an answer that is no event."""
    from .questions import inflect

    text = answer.strip()
    parsed = nlp(text.rstrip("."))
    root = next((t for t in parsed if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ not in ("VERB", "AUX") or len(parsed) > 12 or any(
            t.dep_ in ("mark", "advcl", "ccomp") for t in parsed):
        return None  # "Because she wanted to go outside": reasons are not events
    subjects = [t for t in root.children if t.dep_ in ("nsubj", "nsubjpass")]
    infinitive = parsed[0].lower_ == "to" and root.i == 1 and not subjects
    if root.i != (subjects[0].right_edge.i + 1 if subjects else int(infinitive)):
        return None  # only "subject verb …", "verb …" or "to verb …"
    doer = " ".join(t.lower_ for t in subjects[0].subtree) if subjects else None
    own = set(range(span.start, span.end)) if span is not None else set()
    # an event about the answer's own things may be the same fact ("She enjoys nature" for
    # "She likes nature")
    things = {t.lemma_.lower() for t in parsed if t.pos_ in ("NOUN", "PROPN", "ADJ")}
    if subjects:
        things -= {t.lemma_.lower() for t in subjects[0].subtree}
    made: list[str] = []
    for verb in doc:
        if verb.pos_ != "VERB" or verb.dep_ in ("aux", "auxpass", "amod", "acl", "relcl") or \
                verb.i in own or verb.lemma_ in (root.lemma_, "be") or any(
                    c.dep_ == "ccomp" for c in verb.children):
            continue  # not "say", "think" without what was said or thought
        their = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if their and their[0].i > verb.i:
            continue  # "cried the old lady": a quote's speaker
        if doer is not None and (not their or " ".join(
                t.lower_ for t in their[0].subtree) != doer):
            continue
        rest = [t for c in verb.children if c.dep_ in _COMPLEMENTS and c.i > verb.i
                for t in c.subtree]
        end = max([verb.i, *(t.i for t in rest)])
        words = [t.text for t in doc[verb.i + 1:end + 1]]
        if any(w in (",", ";", ":", '"', "and", "but") for w in words) or not words and \
                len(parsed) - (root.i) > 1 or things & {t.lemma_.lower() for t in rest}:
            continue  # one event, not a list of them; with its object if the answer has one
        phrase = " ".join(["to"] * infinitive + [inflect(verb, root.tag_), *words])
        if doer is not None:
            phrase = " ".join(t.text for t in subjects[0].subtree) + " " + phrase
        if abs(len(phrase.split()) - len(text.split())) <= 3:
            made.append(phrase)
    if text[:1].isupper():
        made = [m[:1].upper() + m[1:] for m in made]
    if text.endswith("."):
        made = [m + "." for m in made]
    return list(dict.fromkeys(made))


def _object_swapped(answer: str, context: str, parsed, as_name: bool | None) -> list[str]:
    """The clause ``answer`` with the last thing it is about swapped for others of that
    thing's class: "Cowboy liked to eat tomatoes." → "Cowboy liked to eat potatoes."."""
    words = [t for t in parsed if not t.is_punct]
    chunk = next((c for c in parsed.noun_chunks if c.end == words[-1].i + 1), None) \
        if 3 <= len(words) <= 10 else None
    if chunk is None or chunk.root.dep_ not in ("dobj", "pobj", "attr") or any(
            t.dep_ in ("compound", "poss") or t.tag_ == "PRP$" for t in chunk):
        return []  # only the thing the clause ends on, itself: no "cop bus" for "cop car",
        # no "his heads" for "his teeth"
    text, own = answer.strip(), set(chunk.text.lower().split())
    used = _article_words(context)
    # only things the story never names: "They visited the old park" is true enough of a story
    # in which they walked to the park
    return [text[:chunk.start_char] + option + text[chunk.end_char:] for option in _word_class(
        chunk.text, context, as_name, modifiers=compounds(chunk))
        if not any(w in used for w in set(option.lower().split()) - own)]


_NAME_LABELS = {"PERSON"}


# The kinds of our classes whose members can be someone.
_ALIVE = {"person", "animal"}


def _is_person_word(phrase: str) -> bool:
    """Whether the phrase's last word names a person by what they are or do ("the teacher",
    "a friend")."""
    from .questions import PEOPLE

    word = phrase.strip().rstrip(".").lower().split()[-1:] or [""]
    return word[0] in PEOPLE or any(s in PEOPLE for s in _singulars(word[0]))


def _kinds_of(phrase: str) -> set[str]:
    """The kinds of the classes of the phrase's last word ("mother" → person)."""
    from .word_classes import KINDS

    words = phrase.strip().rstrip(".").lower().split()
    if not words:
        return set()
    found = _class_index().get(words[-1]) or [
        f for single in _singulars(words[-1]) for f in _class_index().get(single, ())]
    return {KINDS.get(members[0]) for members, _, _ in found} - {None}


def _with_lexicon(answer: str, mentioned: list[str]) -> list[str]:
    """With WordNet installed (``quizgen[wordnet]``), the article's mentions — those of the
    answer's class first — then the answer's WordNet sisters in its number; without it, the
    mentions as they are."""
    from . import lexicon

    words = answer.strip().rstrip(".").split()
    if not lexicon.available() or not words or not words[-1].isalpha() or len(words) > 3:
        return mentioned
    head = words[-1]
    sisters = lexicon.sisters(head)
    if not sisters:
        return mentioned
    if lexicon.is_plural(head):
        sisters = [lexicon.plural(s) for s in sisters]  # "monkeys" → "apes"
    if head[:1].isupper():
        sisters = [s[:1].upper() + s[1:] for s in sisters]
    prefix = words[:-1]
    if {w.lower() for w in prefix} <= {"a", "an", "the", *_LOCATIVE_PREPS}:  # "in the bath"
        if prefix and prefix[-1].lower() in ("a", "an"):  # "a minute" → "an hour"
            sisters = [" ".join([*prefix[:-1], article_for(s, prefix[-1]), s])
                       for s in sisters]
        else:
            sisters = [" ".join([*prefix, s]) for s in sisters]
    alike = [m for m in mentioned if lexicon.related(m.split()[-1], head)]
    return alike + [m for m in mentioned if m not in alike] + sisters


def places(answer: str, mentioned: list[str]) -> list[str]:
    """Places of the answer's kind (country, city, US state): those the article mentions
    first, then the gazetteer's nearest; empty when the gazetteer does not know the answer."""
    from . import gazetteer

    kind = gazetteer.kind_of(answer)
    if not kind:
        return []
    same = [m for m in mentioned if gazetteer.kind_of(m) == kind]
    group = gazetteer.lookup(answer).group
    others = [m for m in same if not gazetteer.same_place(m, answer) and m != answer]
    if kind == "city" and others and all(gazetteer.lookup(m).group != group for m in others):
        return same  # the article's other cities are in another country: its "Newcastle" is no
        # city of the gazetteer's, which offered "Gold Coast" for Newcastle United
    if gazetteer.unknown_abroad(answer, mentioned):
        return same
    return same + gazetteer.neighbours(answer)


def same_head_after_a_name_or_noun(options: list[str], answer: str,
                                   tokens: Iterable[Token], context: str) -> list[str]:
    """``options``, but where the answer is a thing named after a name only those that keep its
    noun: a thing so named has no sisters ("vast Cowley factory" → "vast Cowley cave"), though
    its other words may have ("American Kestrel radar"); and where it is named after another
    thing, only sisters the ``context`` names ("car factory" → no "car cave")."""
    tokens = list(tokens)
    if any(t.pos_ == "PROPN" and t.dep_ in ("compound", "amod", "nmod") for t in tokens):
        return [o for o in options if o.split()[-1] == answer.split()[-1]]
    if any(t.pos_ == "NOUN" and t.dep_ == "compound" and t.head.i == tokens[-1].i
           for t in tokens):
        used, before = _article_words(context), answer.split()[:-1]
        return [o for o in options if o.split()[:len(before)] != before or all(
            w.lower() in used for w in o.split()[len(before):])]
    return options


def _values(answer: str, context: str, seed: int) -> list[str]:
    """Dates and numbers near the answer, written as it is written."""
    rng = random.Random(f"{seed}\x1f{answer}")
    found = _dates(answer, rng) if re.search("|".join(MONTHS + WEEKDAYS), answer) else []
    clock = re.fullmatch(r"([01]\d|2[0-3])([0-5]\d)(\s?[A-Z]{2,4})", answer.strip())
    if not found and clock and clock[3].strip() in TIME_ZONES:
        # "2230GMT": a clock time, so other hours (not "4460GMT")
        hour = int(clock[1])
        return [f"{(hour + step) % 24:02d}{clock[2]}{clock[3]}" for step in _near(0, 1, rng)]
    stretch = re.fullmatch(r"(?i)((?:the )?(?:first|last|next|past|final|opening) )(.+)",
                           answer.strip())
    if not found and stretch:  # "the first three days" → "the first two days"
        found = [stretch[1] + value for value in _number_words(stretch[2], context, rng)
                 if not value[:1].isupper()]
    return found or _numbers(answer, context, rng) or _number_words(answer, context, rng) or \
        _ordinal_words(answer, rng) or _spans_of_time(answer)


# A span of time said with words, not figures: "an hour", "half an hour", "a half hour".
_SPAN_OF_TIME = re.compile(r"(?i)(an?|one|half an?|a half|a quarter of an?)\s+(second|minute|"
                           r"hour|day|week|month|year|decade|century)(\.?)")


def _spans_of_time(answer: str) -> list[str]:
    """"an hour" → "a half hour", "two hours", "three hours"; "half an hour" → "one hour", "two
    hours", "a quarter of an hour": the spans next to it, written as it is, none whose words
    hold the answer's or are held by them (an alias to `choose`)."""
    said = _SPAN_OF_TIME.fullmatch(answer.strip())
    if not said:
        return []
    amount, unit, stop = said[1].lower(), said[2].lower(), said[3]
    one = ("an " if unit[0] in "aeiou" or unit == "hour" else "a ") + unit
    value = 0.5 if "half" in amount else 0.25 if "quarter" in amount else 1.0
    # each value in the ways it may be said, the answer's own way first
    ways = {1.0: [one, f"one {unit}"], 0.25: [f"a quarter of {one}", f"a quarter {unit}"],
            0.5: [f"a half {unit}", f"half {one}"] if amount == "a half" or value == 1.0
            else [f"half {one}", f"a half {unit}"],
            2.0: [f"two {unit}s"], 3.0: [f"three {unit}s"], 4.0: [f"four {unit}s"]}
    own = set(answer.lower().rstrip(".").split())
    out = []
    for v in {1.0: (0.5, 2.0, 3.0, 4.0), 0.5: (1.0, 2.0, 0.25, 3.0),
              0.25: (0.5, 1.0, 2.0, 3.0)}[value]:
        said_so = next((w for w in ways[v] if not (set(w.split()) <= own or own <= set(
            w.split()))), None)
        if said_so is not None:
            out.append(_same_case(said_so, said[1]) + stop)
    return out


ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                 "ninth", "tenth"]


def _ordinal_words(answer: str, rng: random.Random) -> list[str]:
    """`third` → `second`, `fourth` …: places next to it, not the other senses of the word
    ("third base" made "pitcher")."""
    match = re.fullmatch(r"(?i)((?:the )?)(\w+)(.*)", answer.strip())
    if not match or match.group(2).lower() not in ORDINAL_WORDS:
        return []
    if re.match(rf"\s+(few|several|many|couple|\d|({'|'.join(NUMBER_WORDS[2:])})\b)",
                match.group(3), re.IGNORECASE):
        return []  # "the first few days", "the first three games": a stretch from the start,
        # no place among others ("the fifth few days")
    place = ORDINAL_WORDS.index(match.group(2).lower())
    word = match.group(2)
    unit = re.match(r"[\s-]*(\w+)", match.group(3))
    from .questions import PEOPLE

    if unit and unit.group(1).lower() in PEOPLE:
        return []  # "first minister", "first lady": a title, no place in a row
    # (at least up to the answer's own place: a relay's "fourth leg")
    last = max(_PLACES_IN_A_WHOLE.get(unit.group(1).lower(), len(ORDINAL_WORDS)), place + 1) \
        if unit else len(ORDINAL_WORDS)
    return [match.group(1) + _same_case(ORDINAL_WORDS[n], word) + match.group(3)
            for n in (place + step for step in _near(0, 1, rng)) if 0 <= n < last]


# How many there are of the parts of a whole: no "fifth-quarter", no "third half", no
# "fourth leg" of a tie played home and away.
_PLACES_IN_A_WHOLE = {"quarter": 4, "half": 2, "semester": 2, "trimester": 3, "leg": 2}


def _same_case(word: str, like: str) -> str:
    return word.capitalize() if like[:1].isupper() else word


NUMBER_WORDS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
                "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen",
                "seventeen", "eighteen", "nineteen", "twenty"]


TENS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]


def _number_words(answer: str, context: str, rng: random.Random) -> list[str]:
    """`nine` → `eight`, `ten`, `seven` …, `fifty cents` → `forty cents` …: nearby numbers,
    spelled out as the answer is; the article's own counts of the same unit first (any sum of
    money for a sum of money)."""
    shares = _shares(answer, context)
    if shares is not None:
        return shares
    word, _, rest = answer.strip().partition(" ")
    lower = word.lower()
    if lower not in NUMBER_WORDS and lower not in TENS or len(rest.split()) > 3:
        return []  # "three lake birds" → "two lake birds"; a clause is no count
    steps = _near(0, 1, rng)
    if lower in TENS:  # counted in tens: "fifty" → "forty", "sixty"
        at = TENS.index(lower)
        near = [TENS[at + s] for s in steps if 0 <= at + s < len(TENS)]
    else:
        value = NUMBER_WORDS.index(lower)
        # "two times" → "three times", never "one times"; "one month" → "two months"
        lowest = 2 if rest and value > 1 else 1
        if rest and value == 1:
            rest = _plural_of(rest)
        near = [NUMBER_WORDS[value + s] for s in steps
                if lowest <= value + s < len(NUMBER_WORDS)]
    # the counts the article itself gives, of the same thing ("two weeks" for "one month")
    units = _TIME_UNITS if _unit_of(rest, _TIME_UNITS) else \
        _MONEY_UNITS if _unit_of(rest, _MONEY_UNITS) else ""
    numbers = "|".join(NUMBER_WORDS[1:] + TENS)
    pattern = rf"\b((?:(?:{'|'.join(TENS)})-)?(?:{numbers}))\b" + (
        rf"\s+({units})\b" if units else "")
    own = [f"{m[1].lower()} {m[2].lower() if units else ''}".strip()
           for m in _matches(pattern, context, re.IGNORECASE)] if units or not rest else []
    options = [o for o in own if o.split()[0] != lower] + [
        f"{w} {rest}".strip() for w in near]
    return [o[:1].upper() + o[1:] if word[:1].isupper() else o for o in options]


def _shares(answer: str, context: str) -> list[str] | None:
    """For a share of a whole written with a space ("two thirds of the economy"): the other
    shares of our class of fractions, never more than the whole ("four thirds"); ``None`` for
    an answer that is no such share."""
    found = re.fullmatch(r"(?i)(one|two|three|four|nine) (half|thirds?|quarters?|fourths?|"
                         r"fifths?|tenths?)", answer.strip())
    if not found or not re.search(rf"(?i){re.escape(answer.strip())}\s+of\b", context):
        return None  # "two quarters" of a purse are coins
    return [o.replace("-", " ") for o in _word_class("-".join(found.groups()), context)]


_TIME_UNITS = "seconds?|minutes?|hours?|days?|weeks?|months?|years?"
_MONEY_UNITS = "dollars?|cents?|pennies|penny|pounds?|euros?|nickels?|dimes?|quarters?"


def _unit_of(noun: str, units: str) -> bool:
    return re.fullmatch(units, noun.lower()) is not None


@functools.lru_cache(maxsize=8)
def _article_word_counts(context: str) -> collections.Counter[str]:
    """How often the article uses each of its words, in lower case (counted once per article,
    not once per option)."""
    return collections.Counter(re.findall(r"[a-z]+(?:-[a-z]+)*", context.lower()))


@functools.lru_cache(maxsize=8)
def _article_words(context: str) -> frozenset[str]:
    """The article's words in lower case."""
    return frozenset(_article_word_counts(context))


@functools.lru_cache(maxsize=1)
def _classes() -> list[tuple[tuple[str, ...], bool]]:
    """Our word classes, each with whether its members are counted things."""
    from .word_classes import COUNTED, UNCOUNTED

    return [*((c, True) for c in COUNTED), *((c, False) for c in UNCOUNTED)]


@functools.lru_cache(maxsize=1)
def _class_index() -> dict[str, list[tuple[tuple[str, ...], str, bool]]]:
    """Each form of each member of our word classes (singular, and plural for counted ones)
    → the classes it is in, as (members, member, counted); built once."""
    index: dict[str, list[tuple[tuple[str, ...], str, bool]]] = {}
    for members, counted in _classes():
        for member in members:
            for form in {member, _plural_of(member)} if counted else {member}:
                index.setdefault(form, []).append((members, member, counted))
    return index


@functools.lru_cache(maxsize=1)
def _everyday_forms() -> frozenset[str]:
    """The members of our everyday classes, singular and plural ("city", "cities")."""
    from .word_classes import EVERYDAY_COUNTED, EVERYDAY_UNCOUNTED

    return frozenset(form for members in EVERYDAY_COUNTED + EVERYDAY_UNCOUNTED
                     for member in members for form in (member, _plural_of(member)))


@functools.lru_cache(maxsize=1)
def _science_words() -> frozenset[str]:
    """Words that say a text is about science: our cues, and the one-word members of the
    science classes that have no everyday sense ("mitosis", "magma", "velocity")."""
    from .word_classes import AMBIGUOUS, SCIENCE_COUNTED, SCIENCE_CUES, SCIENCE_UNCOUNTED

    everyday = _everyday_forms()
    words = set(SCIENCE_CUES)
    for members, counted in [*((c, True) for c in SCIENCE_COUNTED),
                             *((c, False) for c in SCIENCE_UNCOUNTED)]:
        for member in members:
            if " " not in member and member not in AMBIGUOUS and member not in everyday:
                words.update({member, _plural_of(member)} if counted else {member})
    return frozenset(words)


def _about_science(words: frozenset[str]) -> bool:
    """Whether a text with these (distinct) words is about science: one in fifty is a science
    word, so a sentence needs one, a news story of 400 words several."""
    return len(words & _science_words()) >= max(1, len(words) / 50)


@functools.lru_cache(maxsize=4096)
def _plural_of(member: str) -> str:
    """The plural of one of our members: its irregular plural, or by the regular rules."""
    from .word_classes import PLURALS

    *head, last = member.split()
    if last in PLURALS:
        plural = PLURALS[last]
    elif re.search(r"[^aeiou]y$", last):
        plural = last[:-1] + "ies"
    elif re.search(r"(s|x|z|ch|sh)$", last):
        plural = last + "es"
    else:
        plural = last + "s"
    return " ".join([*head, plural])


def _singulars(word: str) -> list[str]:
    """What ``word`` may be the plural of ("cookies" → cookie, "sandwiches" → sandwich,
    "berries" → berry); only looked up among our members, so a wrong guess finds nothing
    (and the inflection library's lemma tables, slow to load, are not needed)."""
    guesses = []
    if word.endswith("ies"):
        guesses.append(word[:-3] + "y")
    if word.endswith("es"):
        guesses.append(word[:-2])
    if word.endswith("s"):
        guesses.append(word[:-1])
    return guesses


# The small words inside names: "Hearts of Oak", "Marks and Spencer", "Rio de Janeiro".
_SMALL_WORDS_OF_NAMES = NAME_PARTICLES | {"of", "and", "for", "on", "upon", "&"}


def _word_class(answer: str, context: str, as_name: bool | None = None,
                verbs: frozenset[str] | set[str] = frozenset(),
                modifiers: frozenset[str] | set[str] = frozenset()) -> list[str]:
    """Other members of the closed class of a word of the answer ("his brother" → "his
    sister", "kinetic energy" → "potential energy", "giraffes" → "zebras"): those the article
    uses first, then the most common. ``as_name`` is how the article writes the answer
    (`written_as_name`): a name ("Socks" the cat) has only classes of names ("Mars" →
    "Venus"); a common word has its classes even where it is capitalised ("Grilled Chicken").
    Words in ``verbs`` are used as verbs there: no member of a class of things or qualities;
    words in ``modifiers`` name a thing in front of another ("roof" in "roof trusses"): no
    member of a class of things."""
    from .questions import in_lexicon
    from .word_classes import AMBIGUOUS, COUNTERPARTS, KINDS, NAMES, PLURAL_SENSES

    words = answer.strip().rstrip(".").split()
    named = [w for w in words if w.lower() not in ("a", "an", "the", *_POSSESSIVES)
             and not re.search(r"['’]s$", w)]  # "Jenny's Dad" is Jenny's dad
    # "Grilled Chicken", "Hearts of Oak": capitals throughout, but for a name's small words
    title_case = sum(w[:1].isupper() for w in named) > 1 and all(
        w[:1].isupper() or w in _SMALL_WORDS_OF_NAMES for w in named)
    if not words or len(words) > 4 or as_name is not False and title_case and \
            " ".join(named).lower() not in _class_index():
        # "Jessie Bear" and "Hearts of Oak" are names, not a bear and a tree; "The Dad",
        # "Grilled Chicken" and "A German Shepherd" are not
        return []
    used = _article_words(context)
    counts = _article_word_counts(context)
    index = _class_index()

    def mentions(member: str) -> int:
        """About how often the article names ``member``, singular and plural: a story's much
        told things are the ones a reader may mix up ("the green ball" it names nine times
        before "the orange ball" it names once)."""
        return sum(min(counts[w] for w in form.split())
                   for form in {member, _plural_of(member)})

    def in_article(member: str) -> bool:
        return mentions(member) > 0

    # the longest run of the answer's words that is a member, the rightmost first
    runs = sorted(((a, b) for a in range(len(words)) for b in range(a + 1, len(words) + 1)),
                  key=lambda r: (r[0] - r[1], -r[1]))

    def swap(a: int, b: int) -> tuple[int, list[str]] | None:
        """The answer with its words ``a`` to ``b`` swapped for other members of their class,
        and how many of the class's other members the article names."""
        run = " ".join(words[a:b]).lower()
        if verbs & set(run.split()):
            return None
        # a word of a name inside the answer: "prototype Blue Gene/L machine" has no "Yellow
        # Gene/L", but "the Russian S-400 system" has an "American" one
        in_name = not title_case and words[a][:1].isupper() and (
            b < len(words) and words[b][:1].isupper() or a > 0 and words[a - 1][:1].isupper()
            and words[a - 1].lower() not in ("a", "an", "the", *_POSSESSIVES)
            and not re.search(r"['’]s$", words[a - 1]))  # "Jenny's Dad" is a dad
        found = [f for f in index.get(run, ()) if f[2] or f[1] == run]
        if run.split()[-1] in modifiers:
            # a thing named in front of another is no thing of its own ("roof trusses" →
            # "sink trusses", "a dog family" → "a cat family"); a quality is ("red ball")
            found = [f for f in found if not f[2]]
        if not found and run.split()[-1] not in PLURAL_SENSES:
            # an uncounted member in the plural: "cookies" → cookie
            *head, last = run.split()
            for single in _singulars(last):
                found = found or [f for f in index.get(" ".join([*head, single]), ())
                                  if not f[2]]
        if as_name or in_name:
            found = [f for f in found if f[0][0] in NAMES]
        if not found:
            return None
        # the class whose other members the article uses most, then the answer's other classes
        found = sorted(found, key=lambda f: -sum(in_article(m) for m in f[0]))
        own = found[0][1]
        kinds = {KINDS.get(members[0]) for members, _, _ in found} - {None}
        # (a member is told apart by the article's other members that have no other sense:
        # "sound" and "light" of a review of PCs make "potential" no kind of energy)
        if own in AMBIGUOUS and not any(in_article(m) for m in found[0][0]
                                        if m != own and m not in AMBIGUOUS) and \
                not _about_science(used - set(run.split())) and not any(
                    in_article(m) for members, _ in _classes()
                    if KINDS.get(members[0]) in kinds for m in members
                    if m != own and m in _everyday_forms()):
            # "the family" of a news story is no rank of living things; the "bugs" of a story
            # of cats and dogs are animals
            return None
        score = sum(in_article(m) for m in found[0][0] if m != own)
        others = []
        for members, member, _ in found:
            # the member's counterpart first ("mom" → "dad"), then the article's own members,
            # then those listed nearest the answer (our lists keep related members together:
            # "herbivore, carnivore, omnivore") or most common
            at = members.index(member)
            others += [m for m in sorted(members, key=lambda m: (
                m != COUNTERPARTS.get(member), -mentions(m),
                min(abs(members.index(m) - at), members.index(m)),
                members.index(m))) if m not in (own, member) and m not in others]
        # after the article's members of the class, those of classes of the same kind that the
        # article names ("salad" → "peas")
        kin = [(m, counted) for members, counted in _classes() if KINDS.get(members[0]) in kinds
               and members not in [f[0] for f in found] for m in members
               if m != own and m not in others]
        if run != own:  # the answer is a plural ("gases", "cookies"): so are its options
            others = [_plural_of(m) for m in others]
            kin = [(_plural_of(m), counted) for m, counted in kin if counted]
        if kin:
            # of the kin, only those named away from the answer's sentence: one beside the
            # answer is part of the same fact ("plants need water and sunlight")
            asked = re.compile(rf"(?<!\w){re.escape(answer.strip())}(?!\w)", re.IGNORECASE)
            away = _article_words(" ".join(part for part in re.split(r"(?<=[.!?])\s+", context)
                                           if not asked.search(part)))
            told = [m for m in others if in_article(m) or m == COUNTERPARTS.get(own)]
            # each in the form the article uses ("peas" where it says "peas")
            one = a > 0 and words[a - 1].lower() in ("a", "an")  # "a butterfly", never many
            named = [next((form for form in ((m,) if one else (m, _plural_of(m)))
                           if all(w in away for w in form.split())), None) for m, _ in kin]
            others = told + [form for form in named if form] + [
                m for m in others if m not in told]
        if b < len(words) and words[b][:1].isalpha() and not run.endswith("s"):
            # a word in front of a noun is singular: "interest rates" → "rent rates", not
            # "wages rates"
            others = [_singular_guess(m) if m.endswith("s") and in_lexicon(
                _singular_guess(m), "NOUN") else m for m in others]
        if len(words[a]) > 1 and words[a].isupper():
            others = [m.upper() for m in others]  # "DNA" → "RNA"
        elif words[a][:1].isupper():
            others = [m[:1].upper() + m[1:] for m in others]
        before = words[:a]
        if before and before[-1].lower() in ("a", "an"):  # "a carnivore", "an omnivore"
            return score, [" ".join([*before[:-1], article_for(m, before[-1]), m,
                                     *words[b:]]) for m in others]
        return score, [" ".join([*before, m, *words[b:]]) for m in others]

    # of the runs that are members, the one whose class the article names most of: "the blue
    # fish" of a story of yellow and red fish → "the yellow fish", not "the blue turtle"
    best = None
    for a, b in runs:
        got = swap(a, b)
        if got is not None and (best is None or got[0] > best[0]):
            best = got
    return best[1] if best else []


def compounds(words) -> set[str]:
    """The words of a parsed phrase that stand in front of a noun to say what it is: a thing
    ("roof" in "roof trusses") or a word used as a quality ("joint" in "joint committee",
    "plain" in "plain speaking"), never a thing of their own."""
    return {t.lower_ for t in words if t.dep_ in ("compound", "amod") and t.head.i > t.i}


def _verb_class(answer: str, span: Span | None, parsed) -> list[str]:
    """For an answer that is one verb ("Hop.", "walked", "swinging") or a phrase around one
    without an object ("went fishing"), the answer with the other members of the verb's class
    in its form ("Swim.", "ran", "jumping", "went hiking"); the story (or the answer's parse,
    ``parsed``) decides it is a verb."""
    from lemminflect import getInflection, getLemma

    from .word_classes import VERBS

    text = answer.strip().rstrip(".")
    if " " not in text:
        if span is None or len(span) != 1:
            return []
        verb, before, after = span[0], "", ""  # the story's verb, written as the answer
    else:
        # the one verb of our classes in the phrase, with no object of its own
        found = [t for t in parsed if t.pos_ == "VERB" and not any(
            c.dep_ in ("dobj", "dative", "attr") for c in t.children) and any(
            t.lemma_.lower() in members for members in VERBS)]
        if len(found) != 1 or found[0].i == 0 or any(
                c.dep_ in ("prt", "ccomp") or c.lower_ in ("away", "off", "out", "up", "down")
                for c in found[0].children):
            # "Eat lunch", not "plays baseball" either; nor a verb with its particle ("pulling
            # away" → "throwing away") or with what it says ("found that …" → "bought that …")
            return []
        verb = found[0]
        before = parsed[:verb.i].text_with_ws
        after = verb.whitespace_ + parsed[verb.i + 1:].text if verb.i + 1 < len(parsed) else ""
    word = text if " " not in text else verb.text
    lemma, tag = verb.lemma_.lower(), verb.tag_
    if verb.pos_ != "VERB" and word.lower().endswith("ing") and not any(
            c.lower_ in ("the", "a", "an") or c.dep_ == "poss" for c in verb.children):
        # "all that swinging": a verb the tagger took for a noun; "the hearing" is a noun
        lemma, tag = (getLemma(word.lower(), upos="VERB") or ("",))[0], "VBG"
    elif verb.pos_ != "VERB":
        return []
    out: list[str] = []
    for members in VERBS:
        if lemma in members:
            for member in members:
                form = (getInflection(member, tag=tag) or (member,))[0]
                if word[:1].isupper():
                    form = form[:1].upper() + form[1:]
                option = (before + form + after).strip()
                if member != lemma and option not in out:
                    out.append(option)
    return out


# Prefixes and suffixes whose swap makes the term a student mixes up with the answer.
_SWAPS = [("endo", "exo"), ("exo", "endo"), ("ecto", "endo"), ("hetero", "homo"),
          ("homo", "hetero"), ("hyper", "hypo"), ("hypo", "hyper"), ("macro", "micro"),
          ("micro", "macro"), ("intra", "inter"), ("inter", "intra"), ("poly", "mono"),
          ("mono", "poly"), ("pre", "post"), ("post", "pre"), ("uni", "multi"),
          ("multi", "uni"), ("sub", "super"), ("super", "sub"), ("over", "under"),
          ("under", "over")]
_SUFFIX_SWAPS = [("philic", "phobic"), ("phobic", "philic")]
# The endings of adjectives and technical nouns: only words with one have their prefix
# swapped or their negation taken away ("inelastic" → "elastic", but not "industrial").
_TERM_ENDING = r"(?:ic|ous|al|ive|osis|ism|ate|ar|ary|ed|able|ible|ent|ant|ful)"


def _opposites(answer: str) -> list[str]:
    """Terms made from a one-word answer by swapping its prefix or suffix for its opposite
    ("exothermic" → "endothermic", "hydrophobic" → "hydrophilic"), by taking away its negation
    ("unsaturated" → "saturated", "nonexcludable" → "excludable")."""
    word = answer.strip()
    lower = word.lower()
    if " " in word or not re.fullmatch(r"[a-z]+", lower) or len(lower) < 7 or \
            not re.search(_TERM_ENDING + "$", lower):
        return []
    made = [swap + lower[len(prefix):] for prefix, swap in _SWAPS
            if lower.startswith(prefix) and len(lower) - len(prefix) >= 7]
    made += [lower[:-len(suffix)] + swap for suffix, swap in _SUFFIX_SWAPS
             if lower.endswith(suffix)]
    negation = re.match(r"(non|dis|ir|il|un(?![ai])|in(?=[aeiou]))(\w{5,})$", lower)
    if negation:
        made.append(negation.group(2))
    return [m[:1].upper() + m[1:] if word[:1].isupper() else m for m in made]


def _singular_guess(word: str) -> str:
    """``word`` without a plural's regular ending ("countries" → "country")."""
    if word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if word.endswith("s") and not word.endswith(("ss", "is", "us")) else word


def _same_ending(answer: str) -> list[str]:
    """For a one-word term in none of our classes, the terms of our school classes that end as
    it does ("homeostasis" → "osmosis", "mitosis"; "ethnocentrism" → "nationalism"): a
    student mixes up terms made alike; the longest shared ending first."""
    word = answer.strip()
    if not re.fullmatch(r"[a-z]{7,}", word):
        return []
    ranked = []
    # "-ing" is a verb's ending, no term's: "hearing" is not made like "hamstring"
    least = 6 if word.endswith("ing") else 4 if _singular_guess(word) == word else 3
    for term in _class_index().keys() - _everyday_forms():  # school terms, not "city"
        # (the endings of the singulars: "countries" is not made like "batteries")
        one, other = _singular_guess(term), _singular_guess(word)
        shared = len(os.path.commonprefix([one[::-1], other[::-1]]))
        if shared >= least and one != other and (one == term) == (other == word) and \
                " " not in term:
            ranked.append((-shared, abs(len(term) - len(word)), term))
    return [term for *_, term in sorted(ranked)]


# Spellings whose sound the first letter does not tell: "a one-off", "a unit", "an hour",
# and letters said with a vowel in front ("an MP", "an NHS trust") or without ("a US firm").
_SAID_WITH_CONSONANT = re.compile(r"(?i:one\b|once|uni|use|usu|uti|ure|eu|ewe)|U(?=[A-Z])")
_SAID_WITH_VOWEL = re.compile(r"(?i:hour|honest|honou?r|heir|x-)|[AEFHILMNORSX](?=[A-Z0-9]|\b)")


def article_for(word: str, like: str) -> str:
    if _SAID_WITH_VOWEL.match(word):
        article = "an"
    elif _SAID_WITH_CONSONANT.match(word):
        article = "a"
    else:
        article = "an" if word[:1].lower() in "aeiou" else "a"
    return _same_case(article, like)


_FUNCTION_WORDS = {"the", "and", "for", "with", "from", "into", "onto", "that", "this", "his",
                   "her", "their", "its", "our", "your", "was", "were", "are", "has", "had",
                   "have", "did", "does"}


# What links a name to another name of the same one: "Mahmoud Abbas, known also as Abu
# Mazen", "Ann Lee (Annie)", "Tom Hale, nicknamed Tiger", "Cassius Clay, or Muhammad Ali",
# "DJ Kool, real name Tom Hale", "Lulu, born Marie Lawrie".
_ALIAS_LINK = (r"(?:(?:,\s*|\s+)(?:(?:also|better|widely|commonly)\s+)?(?:known|called|dubbed|"
               r"nicknamed)\s+(?:also\s+)?as\s+|,\s*nicknamed\s+|\s*\(\s*|,\s*(?:or|alias|aka)\s+"
               r"|,\s*(?:whose\s+)?(?:real|birth|full)\s+name\s+(?:is\s+|was\s+)?|,\s*born\s+)")
# (a name may start with a number: "50 Cent")
_NAME = (r"((?:\d+\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|" + "|".join(sorted(NAME_PARTICLES)) +
         r"))*)")
_NAME_AT = re.compile(_NAME)
_ALIASED = re.compile(rf"{_NAME}{_ALIAS_LINK}(?={_NAME})")


@functools.lru_cache(maxsize=8)
def _alias_pairs(context: str) -> tuple[tuple[str, str], ...]:
    """Each name the article links to another name of the same one, and that name (found
    once an article: a pattern made for each answer costs more to compile than to run)."""
    return tuple((m.group(1), _NAME_AT.match(context, m.end()).group(1))  # type: ignore
                 for m in _ALIASED.finditer(context))


def stated_aliases(answer: str, context: str) -> set[str]:
    """The other names the article gives the answer ("Abu Mazen" for Mahmoud Abbas)."""
    name = answer.strip()
    out = set()
    for first, second in _alias_pairs(context):
        if first == name or first.endswith(" " + name):
            out.add(second)
        if second == name or second.startswith(name + " "):
            out.add(first)
    return out


def choose(answer: str, found: list[str], n: int, question: str | None, *,
           places: bool = False, context: str = "") -> list[str]:
    """The first ``n`` of ``found`` that are no alias of the answer or of each other (nor
    another name the ``context`` gives the answer or an option), and that the question does
    not name; with ``places``, no other name of the same place either ("Türkiye" for
    "Turkey")."""
    from spacy.lang.en.stop_words import STOP_WORDS

    from .gazetteer import same_place

    also = stated_aliases(answer, context) if context and _NAME_AT.match(answer) else set()

    def alias(a: str, b: str) -> bool:
        return is_alias(a, b) or places and same_place(a, b)

    asked = (question or "").lower()
    # the names in the question: "Patrick Venn" is given away by "According to Mr Venn, …"
    names = [name for name in re.findall(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*",
                                         question or "")
             if _key(name) and name.lower() not in STOP_WORDS]  # not "The", "Who"
    out: list[str] = []
    for option in found:
        option = option.strip()
        if not option or alias(option, answer) or any(alias(option, o) for o in (*out, *also)):
            continue
        if context and _NAME_AT.match(option) and stated_aliases(option, context) & set(out):
            continue  # one person twice: "Mahmoud Abbas" and "Abu Mazen"
        if asked and re.search(rf"(?<!\w){re.escape(option.lower())}(?!\w)", asked) or any(
                option[:1].isupper() and is_alias(option, name) for name in names):
            continue  # the question gives it away as not the answer
        said = set(re.findall(r"[a-z]{3,}", option.lower())) - _FUNCTION_WORDS - set(
            re.findall(r"[a-z]+", answer.lower()))  # "800 workers" for "900 workers" stays
        if len(option.split()) > 1 and said and said <= set(re.findall(r"[a-z]+", asked)):
            continue  # "to go to the park" for "Why did Jon go to the park?"
        if places and len(option) >= 4 and option[:4].lower() != answer[:4].lower() and any(
                name.lower().startswith(option[:4].lower()) for name in names):
            continue  # a place the question names by its adjective: "China" for "What is part
            # of Chinese territory?"
        out.append(option)
        if len(out) == n:
            break
    return out
