"""Article → Bank: find answers worth asking about, ask about them, rank and pick the best.

``extract`` is the public entry point; ``ask`` is the answer-aware question generator.
"""

from __future__ import annotations

import bisect
import dataclasses
import hashlib
import heapq
import math
import random
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import PurePath
from typing import TYPE_CHECKING, Callable

from ..errors import ArticleError
from ..model import Bank, Question, Source, question_id, slug
from .article import Article, Paragraph, clean, split_long
from .pipeline import KINDS_OF_WORK, NAME_PARTICLES, load_pipeline
from .questions import (
    BODIES,
    CONDITIONS,
    DURATION_UNITS,
    LIGHT_VERBS,
    PARTS_OF_WHOLE,
    PEOPLE,
    PERSONAL_PRONOUNS,
    RELATIVE_WORDS,
    SAID,
    SPEECH_VERBS,
    capitalised_elsewhere,
    capitalised_only_to_open,
    common_noun_taken_for_a_name,
    in_lexicon,
    is_abbreviation,
    is_finite,
    is_honorific,
    list_read_as_a_subject,
    misparsed_clause,
    misread_subject,
    month_names,
    name_goes_on,
    opens_a_name,
    plural_read_as_a_verb,
    render,
    share_capitals,
    wh_word,
    written_after_be,
    written_as_a_name,
)
from .word_classes import NATIONALITIES, TIME_ZONES

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc, Span, Token

DEFAULT_PER_100_WORDS = 4.0
"""Default volume: questions per 100 words of article."""

# How much a kind of answer is worth asking about, from the entity label.
# How likely a kind of answer is worth asking about. Dates, numbers and names are what people
# ask about most for the little text they take (SQuAD's answer-type analysis, Rajpurkar et al.
# 2016); common noun phrases are asked about too, but there are many more of them.
_LABEL_WEIGHT = {"DATE": 1.0, "PERSON": 0.95, "CARDINAL": 0.9, "MONEY": 0.9, "PERCENT": 0.9,
                 "QUANTITY": 0.9, "ORG": 0.9, "GPE": 0.85, "EVENT": 0.85, "NORP": 0.8,
                 "LOC": 0.8, "LAW": 0.8, "WORK_OF_ART": 0.8, "LANGUAGE": 0.75, "FAC": 0.7,
                 "PRODUCT": 0.6, "TIME": 0.6, "": 0.5}
# How well-formed a question each rule makes: a question that reads like one a person would
# write is worth more than an answer asked in place in a long clause.
_RULE_WEIGHT = {"title": 1.0, "subject": 0.95, "agent": 0.95, "object": 0.9, "when": 0.95,
                "where": 0.95, "how-many": 0.95, "moved-out": 0.6, "in-place": 0.55,
                "cloze": 0.75}
_SKIP_LABELS = {"ORDINAL"}
# A quotation of several words (not a quoted term like "plugs-out").
_DIRECT_SPEECH = re.compile(r'"[^"]*\s[^"]*\s[^"]*\s[^"]*"|^"|"$')
_MAX_QUESTION_WORDS = 30


@dataclass
class _Candidate:
    """An answer found in a sentence; its question is made only if the answer is chosen."""

    sentence: Span
    answer: Span
    sentence_index: int
    """Position of the sentence in the whole article."""
    paragraph: int
    line: int
    label: str
    worth: float
    """How much the answer is worth asking about (its kind, mentions and place)."""
    qtype: str = ""
    text: str = ""
    rule: str = ""
    score: float = 0.0
    choices: tuple[str, ...] = ()
    verdict: str = ""
    """``true`` or ``false`` once the question is a true/false statement."""


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"^(the|a|an)\s+", "", text.lower().strip()))


def _trim(span: Span) -> Span:
    """Without a leading determiner or possessive and trailing punctuation or `'s`."""
    start, end = span.start, span.end
    doc = span.doc
    dash = next((t.i for t in span[1:] if t.text in _DASHES and t.whitespace_ and
                 doc[t.i - 1].whitespace_), None)
    if dash is not None:
        end = dash  # "Florian Hamm - Borussia Dortmund's largest investor": a name, then a dash
    while start < end and (doc[start].lower_ in ("the", "a", "an") and not (
            start + 1 < end and (doc[start].text == "The" and not doc[start].is_sent_start or (
                doc[start].text, doc[start + 1].text) in doc.user_data.get(
                    "titles' articles", ())))
                           and not _one_unit_of_time(span, start)
                           or doc[start].is_punct
                           and not (doc[start].text == '"' and doc[start:end].text.count('"') == 2)
                           or doc[start].lower_ in _FOCUS_WORDS and doc[start].pos_ in (
                               "ADV", "PART") and start + 1 < end
                           or doc[start].dep_ == "poss" and not (
                               span.label_ in _NAMES_WITH_POSSESSIVES and doc[start].is_title
                               and start + 2 < end and doc[start + 1].tag_ == "POS")
                           or doc[start].tag_ in ("PRP$", "POS")
                           or doc[start].dep_ == "prt"  # "handed over $10", not "over $10"
                           or doc[start].lower_ == "as" and doc[start].dep_ in (
                               "advmod", "mark") and not any(t.lower_ == "as" for t in doc[
                                   start + 1:end])  # (nor "as" of "low as few copies were
                           # found"; but "as many as 500" and "at least 50" stay whole)
                           or doc[start].lower_ in ("either", "neither", "or", "nor")
                           or doc[start].lower_ in ("fellow", "another") and start + 1 < end
                           or doc[start].lower_ == "not" and start + 1 < end
                           and doc[start + 1].lower_ in ("only", "just", "merely")):
        # (nor "either", "not only": the other half of the pair stays in the sentence; nor
        # "Fellow" of "Fellow Leeds prop Tom Hale", which the recogniser took into the club)
        start += 1 + (doc[start].lower_ == "not")
    while span.label_ == "PERSON" and start < end - 1 and (doc[start].pos_ in (
            "VERB", "AUX", "ADV", "ADJ", "ADP", "CCONJ", "SCONJ", "PRON") and (
            doc[start].is_sent_start or not doc[start].is_title or
            doc[start].pos_ not in ("VERB", "ADJ")) or
            doc[start].is_sent_start and doc[start].lemma_.lower() in PEOPLE and
            not capitalised_elsewhere(doc[start]) or doc[start].tag_ == "NNPS" and
            start < end - 2 or doc[start].lower_ in NATIONALITIES):
        start += 1  # "Describing Mr Jackson", "Striker Tom Hale": a sentence's first word
        # taken into the name; "Tories Ken Clarke": a party's name (but "Talking Heads" or
        # "Desperate Housewives" inside a sentence is a name, no verb and no adjective, and
        # so are two words of a club the tagger took for a plural and a name: "Leeds
        # United"); "Australian Johnson": where she is from
    while start < end - 1 and doc[start].is_sent_start and doc[start].lemma_.lower() in PEOPLE and \
            not capitalised_elsewhere(doc[start]) and doc[start + 1].is_title:
        start += 1  # "Boss Graeme Souness", whatever the recogniser took him for
    while end > start and (doc[end - 1].is_punct or doc[end - 1].tag_ in ("POS", "$")) and not (
            doc[end - 1].tag_ == "POS" and end < len(doc) and doc[end].tag_ in (
                "VBZ", "VBD", "VBP", "MD")):
        end -= 1  # (and "$" of "a record $1.36": the sign belongs to the number after it; but
        # "McDonald's is to sponsor …" is the firm's name, no possessive; "Biogen Idec's
        # existing drug" is one)
    if end - start > 1 and doc[end - 1].lower_ in ("all", "both", "each"):
        end -= 1  # "The Man in Grey all had …": "all" floats after the subject, no part of it
    if span.label_ == "PERSON" and end - start > 1 and doc[end - 1].like_num:
        return doc[start:start]  # "Roddick 6-2 7-6": a result line, no name to ask about
    if end < len(doc) and end > start and not doc[end - 1].whitespace_ and doc[end].text == "%":
        end += 1  # "1.8" of "1.8%": the recogniser left the sign out
    if doc[start:end].text.count('"') % 2 and end < len(doc) and doc[end].text == '"':
        end += 1  # the lowest "lag", with the quote that closes it
    if end > start and doc[end - 1].pos_ in ("ADP", "DET", "CCONJ"):
        return doc[start:start]  # "the end of": a phrase cut short is no answer
    word = doc[start:end].text
    if span.label_ in ("DATE", "TIME") and "-" in word and " " not in word and not any(
            part.isdigit() or part.lower() in _MONTHS | _WEEKDAYS or doc.vocab[part].like_num
            for part in word.split("-")):
        return doc[start:start]  # "for the full-year", "from $639m year-earlier": which
        # stretch of time a figure covers, no time to ask about (but "mid-May", "six-month")
    if span.label_ in ("DATE", "TIME") and doc[start].pos_ == "NOUN" and \
            doc[start].lemma_.lower() not in _TIME_WORDS:
        first = next((t.i for t in doc[start:end] if t.like_num or t.lemma_.lower() in
                      _TIME_WORDS), None)
        if first is not None:
            start = first  # "her title 12 months later": the date is "12 months later"
    if span.label_ in ("DATE", "TIME") and end < len(doc) and doc[end].lower_ == "ago" and \
            doc[end - 1].lemma_.lower() in DURATION_UNITS:
        end += 1  # "less than four years ago": the time, not a stretch of it
    if span.label_ in ("DATE", "TIME") and end - start > 1 and doc[start].like_num and \
            doc[start + 1].lower_ in ("last", "next", "this", "earlier", "later"):
        start += 1  # "81 last year" of "fell from 102 to 81 last year": the date is "last year"
    if span.label_ == "DATE" and end - start > 2 and doc[start].like_num and \
            doc[start + 1].lower_ == "in" and re.fullmatch(r"\d{4}", doc[start + 2].text):
        start += 2  # "died aged 27 in 1971": an age, then the date
    # "about 30": the number is the answer, the hedge stays in the sentence ("about ___")
    while start < end - 1 and doc[start].lower_ in _HEDGES and any(
            t.like_num or t.text[0].isdigit() for t in doc[start + 1:end]):  # (and "3.7bn")
        start += 1
    return doc[start:end]


def _one_unit_of_time(span: Span, start: int) -> bool:
    """Whether the "a" at ``start`` counts a date's unit ("a year ago", "a week later"), so the
    date without it would be cut ("from 798m a {{c1::year ago}}")."""
    doc = span.doc
    return span.label_ in ("DATE", "TIME") and doc[start].lower_ in ("a", "an") and \
        start + 1 < span.end and doc[start + 1].lemma_.lower() in DURATION_UNITS


_DASHES = {"-", "–", "—"}
# Entities whose name may open with a possessive: "the People's Choice Awards".
_NAMES_WITH_POSSESSIVES = {"ORG", "EVENT", "WORK_OF_ART", "FAC", "LAW"}
_MONTHS = month_names()
_WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
# Words a date or a time is made of besides numbers.
_TIME_WORDS = DURATION_UNITS | _MONTHS | {
    "weekend", "fortnight", "morning", "afternoon", "evening", "night", "spring", "summer",
    "autumn", "fall", "winter", "season", "quarter", "half", "christmas", "easter", "today",
    "yesterday", "tomorrow"} | _WEEKDAYS
# Nouns that make a fixed phrase with the preposition before them, with no determiner: "in
# turn", "at risk", "by hand", "for instance", "into force", "on stage", "reacted with alarm";
# any other bare noun after a preposition is a thing to ask about ("fringed with tentilla",
# "formed from water").
_IDIOM_NOUNS = {
    "accordance", "account", "addition", "advance", "agreement", "air", "alarm", "all", "anger",
    "anticipation", "association", "attendance", "bed", "board", "brief", "case", "caution",
    "chance", "charge", "church", "collaboration", "college", "common", "comparison", "concern",
    "conclusion", "conjunction", "connection", "consideration", "contact", "context", "contrast",
    "control", "cooperation", "course", "court", "custody", "danger", "date", "debt", "decline",
    "delight", "despair", "detail", "disbelief", "dismay", "display", "doubt", "earnest", "effect",
    "essence", "example", "exchange", "existence", "fact", "fashion", "favor", "favour", "fear",
    "first", "foot", "force", "front", "full", "fury", "general", "hand", "hold", "home", "honor",
    "honour", "horror", "hospital", "instance", "jeopardy", "large", "last", "least", "length",
    "lieu", "limbo", "line", "memory", "mind", "most", "need", "office", "once", "operation",
    "opposition", "order", "outrage", "part", "particular", "partnership", "person", "perspective",
    "place", "post", "power", "practice", "preparation", "principle", "print", "prison", "private",
    "progress", "protest", "public", "purpose", "question", "reality", "recognition", "regard",
    "relation", "relief", "reply", "respect", "response", "retaliation", "return", "risk", "sale",
    "school", "season", "secret", "service", "session", "shock", "short", "sight", "spite",
    "stage", "stake", "step", "stock", "store", "sum", "support", "surprise", "tandem", "tears",
    "terms", "theory", "time", "total", "touch", "tow", "town", "track", "tribute", "trouble",
    "turn", "use", "vain", "view", "vogue", "way", "work", "light",
    "holiday", "strike", "loan", "leave", "duty", "tour", "trial", "fire",  # "on holiday"
    "bars", "arms", "odds", "pains", "lengths", "stitches",  # "behind bars", "at odds"
}
# Nouns that make a fixed phrase with a preposition and "the": "on the mend", "in the dark".
_IDIOM_AFTER_THE = {"mend", "rise", "move", "wane", "cards", "ropes", "rocks", "loose", "run",
                    "dark", "spot", "trot", "blink", "brink", "verge", "go", "increase",
                    "decline", "up"}
# Nouns that make a fixed phrase with a preposition and "a": "as a result", "in a row".
_IDIOM_AFTER_A = {"result", "whole", "rule", "while", "row", "consequence", "matter"}
# Fixed phrases of an adjective and a noun after a preposition: "in short supply".
_IDIOM_PHRASES = {"short supply", "full swing", "good faith", "full view", "high spirits",
                  "short notice", "long term", "short term", "close range", "good shape",
                  "full force", "great detail", "real terms", "due course", "public view",
                  "short order", "full flow", "hot water", "cold blood", "good time",
                  "new level", "next level", "new heights", "new high", "new low"}
# Nouns that make an idiom with a light verb and "a" or "the": "take a look", "make the claim".
_LIGHT_OBJECTS = {"look", "glance", "break", "stand", "swipe", "step", "decision", "comeback",
                  "appearance", "attempt", "bid", "effort", "call", "trip", "start", "note",
                  "turn", "go", "try", "claim", "point", "case", "remark", "plea", "pledge",
                  "reason"}  # ("had good reason to be alarmed")
# Nouns for a place in or a stage of something, which its "of" phrase names: "at the helm of
# the troubled agency", "on the brink of collapse" ask about the agency, the collapse.
_PLACES_IN = {"helm", "forefront", "centre", "center", "heart", "top", "bottom", "edge", "end",
              "middle", "front", "back", "hands", "mercy", "behest", "expense", "verge",
              "brink", "wake", "height", "peak", "start", "beginning", "outskirts", "heels",
              "light", "world"}  # (and "in light of new reports", "in the world of jazz")
# Time words written in lower case but in a title's capitals.
_DAYS_AROUND_NOW = {"today", "tomorrow", "yesterday", "tonight"}
_HEDGES = {"about", "around", "approximately", "nearly", "almost", "roughly", "some", "only",
           "just", "circa", "an", "estimated",
           "mere", "whopping", "staggering", "paltry", "measly", "hefty"}  # "a mere £20"
# Words that point at an answer without being part of it: "especially PC users".
_FOCUS_WORDS = {"especially", "particularly", "notably", "mainly", "mostly", "largely",
                "chiefly", "primarily", "even", "also", "only", "just", "exactly", "precisely",
                "simply", "merely", "purely", "solely",
                # when a description holds: "X, now a common practice, …" asks the practice
                "now", "currently", "formerly", "still"}


def _describes_person(token: Token) -> bool:
    """Whether ``token`` is inside the title in front of a name (`Secretary of State Blinken`)."""
    while token.dep_ in ("compound", "nmod", "amod", "pobj", "prep") and token.head != token:
        if token.dep_ == "prep" and token.lower_ != "of":
            return False
        token = token.head
        if token.ent_type_ == "PERSON":
            return True
    return False


def _by_sentence(doc: Doc) -> dict[int, tuple[list[Span], list[Span]]]:
    """Each sentence's entities and noun chunks, by the sentence's first token, in one pass over
    the document (asking each sentence for them scans the whole document every time)."""
    starts = [sent.start for sent in doc.sents]
    out: dict[int, tuple[list[Span], list[Span]]] = {start: ([], []) for start in starts}
    for which, spans in ((0, doc.ents), (1, doc.noun_chunks)):
        for span in spans:
            out[starts[bisect.bisect_right(starts, span.start) - 1]][which].append(span)
    return out


def _candidate_spans(sentence: Span, ents: list[Span], chunks: list[Span]) -> list[Span]:
    """Named entities and the main noun phrases of the sentence, without overlaps of the same."""
    spans: dict[tuple[int, int], Span] = {}
    named: set[int] = set()  # tokens of a name taken into the name before them
    for ent in ents:
        if ent.label_ in _SKIP_LABELS or ent.start in named:
            continue
        after_ent = next((e for e in ents if e.start == ent.end), None)
        party = ent.label_ in ("NORP", "LANGUAGE") and after_ent is not None and \
            after_ent.label_ in ("NORP", "ORG") and ent.root.dep_ in ("amod", "compound") and \
            after_ent.start <= ent.root.head.i < after_ent.end  # "the English Democrats"
        if ent.label_ in ("NORP", "GPE") and ent.root.dep_ in ("amod", "compound", "nmod") and \
                (ent.root.head.pos_ == "NOUN" or (
                    ent.root.tag_ == "JJ" or ent.label_ == "NORP") and
                 ent.root.head.pos_ == "PROPN" and ent.root.head.i >= ent.end) and not party:
            continue  # "Turkish" in "Turkish officials", "U.S." in "U.S. sanctions", "Scottish"
            # in "the Scottish Conservative leader": modifiers
        # (one word: "EADS Philippe Camus" is the firm's man)
        firm_and_person = ent.label_ == "ORG" and after_ent is not None and \
            after_ent.label_ == "PERSON" and len(after_ent) == 1 and \
            ent.root.dep_ == "compound" and after_ent.start <= ent.root.head.i < after_ent.end
        named_root = (ent[1:] if len(ent) > 1 and ent[0].dep_ == "det" else ent).root
        if ent.label_ != "PERSON" and _describes_person(named_root) and not firm_and_person:
            continue  # "State" in "Secretary of State Antony Blinken" is part of a title
        if ent.root.pos_ in ("VERB", "AUX"):
            continue  # "rang Lucy" called a person: a name the recogniser cut badly
        if ent.label_ != "PERSON" and any(
                t.ent_type_ == "PERSON" and t.dep_ == "pobj" and t.head.lower_ == "of" and
                t.head.head == ent.root and t.i >= ent.end for t in ent.root.subtree):
            continue  # "Association of Chief Police Officers president Tom Hale said …",
            # parsed as one name: the subject is the person ("Who said …? — Association …")
        if ent.label_ in ("DATE", "TIME") and any(
                c.dep_ == "amod" and c.tag_ in ("JJS", "JJR") and c.i < ent.start
                for c in ent.root.children):
            continue  # "their worst Christmas": what they endured was the worst one, which
            # "Christmas" alone does not say
        if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in ent.root.children) and \
                ent.end < len(ent.doc) and ent.doc[ent.end].is_lower and \
                ent.doc[ent.end].head == ent.root:
            continue  # "avoided an FA Cup upset": the name of what the noun after it is
        if _team_before_a_role(ent.root):
            continue
        if ent.label_ in ("DATE", "TIME") and len(ent) == 1 and ent.root.is_alpha and \
                ent.root.dep_ in ("compound", "amod", "nmod") and ent.root.head.pos_ == "NOUN" \
                and ent.root.head.i > ent.root.i and not ent.root.head.ent_type_:
            continue  # "an evening dress", "a summer tour": a kind of thing, no time
        if _an_age(ent.root):
            continue  # "in her late 20s": an age, asked neither "when" nor as a date
        if ent.label_ not in _VALUE_LABELS and ent[-1].head.i >= ent.end and (
                ent[-1].tag_ == "JJ" and ent[-1].dep_ == "amod" or
                ent[-1].lower_ in ("olympic", "paralympic") and
                ent[-1].dep_ in ("amod", "nmod", "compound")):
            head = ent[-1].head
            if head.i != ent.end or not head.is_title or len(ent) < 3:
                continue  # "British Olympic relay gold medallists", "Athens Olympic 100m
                # silver medallist": a name made an adjective
            from spacy.tokens import Span

            ent = Span(ent.doc, ent.start, ent.end + 1, label=ent.label_)  # "Association of
            # British Insurers", cut short by the recogniser
        if ent.label_ in ("DATE", "TIME") and len(ent) == 1 and ent.root.lower_ in (
                "daily", "weekly", "monthly", "quarterly", "yearly", "annual", "annually"):
            continue  # "according to the trade weekly": how often, or a paper, no date
        if ent.label_ == "CARDINAL" and len(ent) == 1 and ent.start > sentence.start + 1 and (
                before := ent.doc[ent.start - 1]).pos_ == "PROPN" and before.is_title and \
                ent.root.dep_ == "nummod" and (ent.root.head in (before, before.head) or
                                               before.head == ent.root):
            continue  # "Series 60 software", "Apollo 11": a piece of a name, no count
        if ent.label_ == "CARDINAL" and len(ent) == 1 and opens_a_name(ent.root) or \
                ent.start > 0 and opens_a_name(ent.doc[ent.start - 1]):
            continue  # neither the number nor the rest of the name ("4 {{c1::Corners Music}}")
        if ent.label_ == "CARDINAL" and len(ent) == 1 and (
                ent.root.is_title and ent.root.is_alpha and not ent.root.is_sent_start or
                ent.root.lower_ == "one" and ent.root.dep_ == "nummod" and
                ent.root.head.tag_ == "NN" and ent.root.head.dep_ in ("nsubj", "nsubjpass")):
            continue  # "the joy of the Six": a name; "One fan shouted …": any fan, no count
        if ent.label_ in ("CARDINAL", "DATE") and not ent[-1].whitespace_ and \
                ent.end < len(ent.doc) and ent.doc[ent.end].is_alpha and \
                ent.doc[ent.end].text[:1].isupper():
            continue  # the "3" of "3G": a piece of a name, no number
        if len(ent) == 1 and ent.root.pos_ == "NOUN" and ent.root.is_sent_start and \
                ent.label_ not in _VALUE_LABELS and not written_as_a_name(ent.root):
            continue  # "Media giant Viacom …": a common noun that opens the sentence
        if ent.label_ in ("DATE", "TIME") and any(
                t.is_title and not t.is_sent_start and t.lower_ in _DAYS_AROUND_NOW for t in ent):
            continue  # the end of a title: "the single What Happens Tomorrow"
        span = _trim(ent)
        if ent.label_ == "PERSON" and len(span) == 1 and span.start > sentence.start and \
                span.doc[span.start - 1].text in ("Sir", "Dame"):
            span = span.doc[span.start - 1:span.end]  # "Sir John" is his name; "John" alone
            # could be anyone
        while ent.label_ in ("QUANTITY", "CARDINAL") and len(span) > 1 and \
                span[-1].pos_ == "NOUN" and span[-1].dep_ == "compound" and \
                span[-1].head.i >= span.end:
            span = span[:-1]  # "six penalty" of "six penalty attempts": the count alone
        if ent.label_ == "PERSON" and len(ent) == 1 and common_noun_taken_for_a_name(ent.root):
            span = _trim(ent.doc[ent.root.left_edge.i:ent.end])  # "the Scottish Museum",
            # not "Museum"
        # one name the recogniser cut in two: "Monday morning", "the English Democrats" (not
        # "English"), "Lockheed Martin" (a firm, not the person "Martin")
        if after_ent is not None and (party or firm_and_person or ent.label_ in (
                "DATE", "TIME") and after_ent.label_ in ("DATE", "TIME")):
            named |= {after_ent.start}
            span = _trim(ent.doc[ent.start:after_ent.end])
        elif ent.label_ in ("CARDINAL", "DATE") and ent.end < len(ent.doc) and \
                ent.doc[ent.end].text in _ERAS:
            era = ent.doc[ent.end]  # "300 BC": a year, not a count and a firm called "BC"
            named |= {e.start for e in ents if e.start <= era.i < e.end}
            span = ent.doc[ent.start:ent.end + 1]
        comma = next((t.i for t in span if t.text == ","), None)
        if comma is not None and span.end < len(span.doc) and \
                span.doc[span.end].tag_ in ("VBZ", "VBD", "VBP", "MD"):
            span = _trim(span.doc[span.start:comma])  # "the Kyoto Protocol, Downing Street has
            # indicated": the recogniser ran a name into the speaker after it
        while span.start > sentence.start and len(span) and ((
                word := span.doc[span.start - 1]).tag_ in ("NNP", "NNPS") or word.tag_ == "JJ"
                and word.is_title and not word.is_sent_start and
                word.lower_ not in NATIONALITIES) and \
                (word.dep_ == "amod" or word.dep_ == "compound" and word.tag_ == "NNP" and
                 ent.label_ in ("NORP", "ORG")) and not word.ent_type_ and \
                span.start <= word.head.i < span.end:
            span = span.doc[span.start - 1:span.end]  # "Liberal" of "the Liberal Democrats",
            # "Desperate" of "Desperate Housewives"
        doc = span.doc
        if ent.label_ == "ORG" and len(span) > 2 and span.end + 1 < len(doc) and \
                doc[span.end].lower_ == "and" and span.start <= doc[span.end + 1].head.i < \
                span.end and doc[span.end + 1].ent_type_ in ("GPE", "") and \
                doc[span.end + 1].is_title and doc[span.end - 2].lower_ in ("of", "on", "for") \
                and (span.end + 2 == len(doc) or not doc[span.end + 2].is_title):
            named |= {span.end + 1}  # "Police Federation of England and Wales", "Group on
            # Betting and Gaming": one name
            span = doc[span.start:span.end + 2]
        while ent.label_ == "PERSON" and len(span) and span.end < sentence.end and (
                word := doc[span.end]).tag_ == "NNP" and word.is_title and \
                not word.ent_type_ and span.root.dep_ == "compound" and span.root.head == word:
            span = doc[span.start:span.end + 1]  # "Marat" of "Marat Safin": the recogniser
            # left the surname out
        while ent.label_ == "PERSON" and span.start > sentence.start and len(span) and (
                word := span.doc[span.start - 1]).tag_ == "NNP" and word.dep_ == "compound" \
                and not word.ent_type_ and word.is_title and span.start <= word.head.i < \
                span.end and word.lower_ not in PEOPLE and not is_honorific(word):
            span = span.doc[span.start - 1:span.end]  # "Anders" of "Anders Igels": the
            # recogniser left the first name out, and a blank after it would show it
        if len(span) and span.start > sentence.start + 1 and span[0].is_title and \
                span.doc[span.start - 1].text == "The" and \
                ent.label_ in ("WORK_OF_ART", "ORG", "PERSON", "EVENT"):
            span = span.doc[span.start - 1:span.end]  # "The Libertine", "The Game": a name
        # a sum written as one word: "$8m", not "$8" or "25m"
        after = span.doc[span.end] if len(span) and span.end < len(span.doc) else None
        if after is not None and after.lower_ in ("m", "bn", "k") and not span[-1].whitespace_:
            span = span.doc[span.start:span.end + 1]
        before = span.doc[span.start - 1] if len(span) and span.start else None
        if before is not None and before.text in ("$", "£", "€", "¥") and not before.whitespace_:
            span = span.doc[span.start - 1:span.end]
        if len(span):
            spans[(span.start, span.end)] = span
    for chunk in chunks:
        if chunk.root.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "oprd", "appos"):
            continue
        if any(c.dep_ == "acl" and c.i >= chunk.end and any(
                m.dep_ == "mark" and m.lower_ == "that" or m.dep_ in ("aux", "auxpass") and
                m.lower_ in ("being", "having") for m in c.children)
               for c in chunk.root.children):
            continue  # "a timely reminder that …", "a sign that voters want change": the
            # clause is what the noun says, and the noun alone says nothing; so is the subject
            # of a clause ("leads to files being lost")
        if chunk.end < chunk.sent.end and chunk.root.i == chunk.end - 1 and \
                chunk.root.tag_ == "NN" and chunk.root.lower_.endswith("ing") and \
                chunk.doc[chunk.end].lower_ in _CLAUSE_SUBJECTS:
            continue  # "froze his broken disk thinking it would be fixed": a verb read as the
            # noun, its clause's subject after it
        if chunk.root.pos_ == "PRON" or chunk.root.ent_type_ or _an_age(chunk.root) or \
                _team_before_a_role(chunk.root):
            # a name is asked about as the entity; "the Rankine cycle" is still a candidate
            continue
        span = _trim(chunk)
        span = _with_its_of(chunk, span)
        if 1 <= len(span) <= 6 and not all(t.is_stop for t in span) and \
                span.text.count('"') % 2 == 0:  # (not 'Sure" program' of '"Plays for Sure"
            # program')
            spans.setdefault((span.start, span.end), span)
    for token in sentence:
        if token.dep_ == "acomp" and token.pos_ == "ADJ":  # "the winters are mild"
            spans.setdefault((token.i, token.i + 1), sentence.doc[token.i:token.i + 1])
        whole = _whole_list(token)
        if whole is not None:
            spans.setdefault((whole.start, whole.end), whole)
    # (not "RFID) tags" of "radio frequency ID (RFID) tags": half a bracket is no answer)
    return sorted((s for s in spans.values() if s.text.count("(") == s.text.count(")") and
                   not _converted(s)), key=lambda s: (s.start, s.end))


# Pronouns that can only be the subject of a clause.
_CLAUSE_SUBJECTS = {"it", "he", "she", "they", "we", "i"}


def _converted(span: Span) -> bool:
    """Whether ``span`` is an amount in brackets that converts the one before it: "12.5 acres
    (51,000 m2)", "$10bn (£5.3bn)" — the same fact again, in other units."""
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != "(" or not any(
            c.isdigit() for c in span.text):
        return False
    before = doc[span.start - 2]
    return before.ent_type_ in ("QUANTITY", "MONEY", "PERCENT", "CARDINAL") or before.like_num \
        or before.text[:1].isdigit()  # ("$280bn", which the recogniser took for a name)


def _team_before_a_role(token: Token) -> bool:
    """Whether ``token`` names a side before a player's role that the parser read as an adverb:
    "Scotland forward Simon Taylor looks certain …" is about the player, not Scotland."""
    doc = token.doc
    after = doc[token.i + 1] if token.i + 2 < len(doc) else None
    return token.pos_ == "PROPN" and after is not None and after.head == token and \
        after.pos_ in ("ADV", "ADP") and after.dep_ == "advmod" and \
        doc[after.i + 1].ent_type_ == "PERSON"


def _an_age(token: Token) -> bool:
    """Whether ``token`` is a stretch of someone's life: "in her late 20s", "in their teens"."""
    return re.fullmatch(r"\d0s|teens|(twen|thir|for|fif|six|seven|eigh|nine)ties",
                        token.lower_) is not None and any(
        c.dep_ == "poss" and c.tag_ == "PRP$" for c in token.children)


def _with_its_of(chunk: Span, span: Span) -> Span:
    """``span`` (the trimmed ``chunk``) with the short "of" phrase that says which one it is:
    "the governing body of men's tennis", "the greatest gadget of all time"; a governing body
    alone is half an answer. Not a part or an amount: "a lot of sense" is about the sense. So
    too the "in" phrase of a change or a factor: "a rise in fuel prices" (no "What hurt the
    airline? — rise")."""
    doc = chunk.doc
    of = next((c for c in chunk.root.children if c.dep_ == "prep" and c.i == chunk.end and (
        c.lower_ == "of" or c.lower_ == "in" and chunk.root.lemma_.lower() in _NOUNS_OF_IN)), None)
    obj = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if obj is None or not len(span) or chunk.root.lower_ in PARTS_OF_WHOLE | _PLACES_IN or \
            len(chunk) == 1 and chunk.root.lower_ in _IDIOM_NOUNS or any(
                c.dep_ == "poss" for c in chunk.root.children):
        return span  # (nor a fixed phrase: "at risk of collapse" is about the collapse; nor
        # one whose owner the answer leaves out: "Sweden's membership of NATO")
    end = obj.right_edge.i + 1
    if end - span.start > 6 or any(t.is_punct or t.pos_ in ("VERB", "AUX", "PRON")
                                   for t in doc[of.i:end]):
        return span  # (a long or a clausal phrase is a question of its own)
    longer = _trim(doc[span.start:end])
    return longer if longer.end == end else span  # (not one cut at its "and")


# Nouns that say nothing without their "in" phrase: a change without what changed ("a fall in
# sales"), a factor or a part without what it is one in.
_NOUNS_OF_IN = {"factor", "role", "stake", "player", "rise", "fall", "increase", "decrease",
                "drop", "growth", "decline", "cut", "shift", "change", "jump", "surge", "slump",
                "boost", "reduction", "dip", "upturn", "downturn", "improvement", "slowdown",
                "hike", "spike", "gain", "loss", "doubling", "tripling", "halving"}


def _whole_list(token: Token) -> Span | None:
    """The short list of things ``token`` heads, as one answer: "the Green Dining Room was the
    work of Philip Webb and William Morris" asks "Whose work …?" of both of them, and one of
    the two alone would be half an answer."""
    if token.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "attr") or \
            token.pos_ not in ("NOUN", "PROPN"):
        return None
    items = [token, *token.conjuncts]
    if not 2 <= len(items) <= 3 or len({t.ent_type_ for t in items}) > 1 or any(
            t.pos_ not in ("NOUN", "PROPN") or any(
                c.dep_ == "punct" and c.text != "," or c.lower_ in _VAGUE_WORDS
                for c in t.children) for t in items):
        return None  # (no two kinds of thing: "on Friday and dissent", "Mr Howard and other
        # senior Tories")
    if not any(c.dep_ == "cc" and c.lower_ in ("and", "or") for t in items for c in t.children):
        return None
    if any(misread_subject(t) for t in items):
        return None  # "a clash with Sylvain Distin and Cristiano Ronaldo came on": no list
    doc, end = token.doc, items[-1].i + 1
    whole = _trim(doc[token.left_edge.i:end])
    if token.left_edge.i and doc[token.left_edge.i - 1].lower_ in ("both", "either", "neither"):
        return None  # its first half would stay behind: "see IPTV as both ___?"
    if whole.start > token.i or not 3 <= len(whole) <= 8 or any(
            t.pos_ in ("VERB", "AUX", "PRON", "ADP", "NUM") for t in whole) or any(
            c.i > t.i and c.dep_ not in ("conj", "cc", "punct") for t in items
            for c in t.children) or end < len(doc) and doc[end].pos_ in (
            "NOUN", "PROPN"):
        return None  # (nor a list cut short by the parse: "BBC Broadcast and BBC | Outside
        # Broadcasts", nor a range: "between one gigabyte and 30 gigabytes")
    return whole


_ROW_COMMA = re.compile(r",\s+(?:and\s+|or\s+)?")


def _names_in_a_row(answer: Span) -> int:
    """How many short names stand in a row with the answer, one after each comma, whatever their
    kinds ("Halo, The Sims, Driver, Need for Speed, …"); 1 when it is in no such row."""
    sentence = answer.sent
    text = sentence.text
    if text.count(",") < 3 or not answer.text[:1].isupper():
        return 1  # (most sentences: a row of four names has three commas)
    pieces = _ROW_COMMA.split(text)
    starts = [0] + [m.end() for m in _ROW_COMMA.finditer(text)]
    at = answer.start_char - sentence.start_char
    mine = max(i for i, start in enumerate(starts) if start <= at)

    def is_name(piece: str) -> bool:
        return bool(re.match(r"(The\s+)?[A-Z0-9]", piece)) and len(piece.split()) <= 4

    opens = re.sub(r"^The\s+", "", pieces[mine][at - starts[mine]:]) == \
        re.sub(r"^The\s+", "", pieces[mine])
    if not (is_name(pieces[mine]) or opens and is_name(answer.text)):
        return 1  # (the last piece goes on into the sentence, which the answer opens)
    count, i = 1, mine - 1
    while i >= 0 and is_name(pieces[i]):
        count, i = count + 1, i - 1
    i = mine + 1
    while i < len(pieces) and is_name(pieces[i]):
        count, i = count + 1, i + 1
    return count


def _comma_list_size(answer: Span) -> int:
    """How many names of the answer's kind stand in a list with it, read off the commas and
    the "and" whatever the parser made of them ("Norway, Chile, Kenya and Peru"); 1 when it
    is in none ("Ankara, Turkey" is a place and its country)."""
    def kind_of_name(token: Token) -> str:
        return "place" if token.ent_type_ in ("GPE", "LOC") else token.ent_type_

    doc, kind = answer.doc, kind_of_name(answer.root)
    if not kind:
        return 1

    def skip_the(i: int, step: int) -> int:
        while step < 0 and i >= 0 and doc[i].lower_ == "the":
            i += step  # "…, the Philippines and Canada", read leftwards
        return i

    def items(step: int) -> tuple[int, bool]:
        count, joined = 0, False
        i = answer.end if step > 0 else skip_the(answer.start - 1, step)
        while 0 <= i < len(doc) and doc[i].text in (",", "and", "or"):
            if joined and (step > 0 or doc[i].lower_ in ("and", "or")):
                break  # nothing follows the last item; no list has two "and"s
            joined = doc[i].lower_ in ("and", "or")
            j = i + step
            if j < len(doc) and doc[j].text == "," and step > 0:
                j += step  # "…, Peru, and Canada"
            while 0 <= j < len(doc) and doc[j].lower_ == "the" and step > 0:
                j += step
            if not (0 <= j < len(doc)) or kind_of_name(doc[j]) != kind:
                break
            # the other words of the name
            while step > 0 and j + 1 < len(doc) and doc[j + 1].ent_iob_ == "I" or \
                    step < 0 and j > 0 and doc[j].ent_iob_ == "I":
                j += step
            count, i = count + 1, skip_the(j + step, step)
        return count, joined

    after, joined_after = items(1)
    before, joined_before = items(-1)
    total = 1 + after + before
    return total if total >= 3 or joined_after or joined_before else 1


def _cut_from_list(answer: Span) -> bool:
    """Whether ``answer`` is one item of a list that goes on past it: asked about alone, any
    other item would be right too (also a name in apposition to one item: "head writer Tom
    Berg and music mogul Sam Fry"; and a list read as appositions)."""
    from .questions import listed_as_appositions

    root = answer.root
    if root.dep_ in ("appos", "compound") and root.head.pos_ == "NOUN" and \
            not root.conjuncts and root.head.conjuncts:
        root = root.head
    items = [root, *root.conjuncts]
    items += listed_as_appositions(root)
    return len(items) > 1 and not all(answer.start <= t.i < answer.end for t in items)


# Groups of people, whose examples are groups too.
_GROUPS = {"band", "orchestra", "choir", "squad", "crew", "group", "team", "club", "company",
           "firm", "label", "party", "family", "couple", "duo", "trio"}


def _name_start(token: Token) -> int | None:
    """Where the name that ``token`` ends starts, for a name of two or more capitalised words
    the recogniser left unlabelled ("Evans Rutto"); None for anything else."""
    if token.pos_ != "PROPN" or token.ent_type_ or not token.is_title:
        return None
    start = token.i
    while start > 0 and token.doc[start - 1].pos_ == "PROPN" and \
            token.doc[start - 1].is_title and not token.doc[start - 1].ent_type_ and \
            not token.doc[start - 1].is_sent_start:
        start -= 1  # (whatever the parse hung the words on: "as Wilson Kiptoo and …" made
        # "Wilson" the object of "as")
    return start if start < token.i else None


class _PronounResolver:
    """Resolves `he`/`she` to the nearest person named before it in the article, in the fullest
    form the article uses; `it`/`they` to the subject of the sentence before. With
    ``keeps_pronouns``, a pronoun it cannot resolve stays as it is, and questions may keep it:
    whoever asks about their own sentence knows whom its "he" means ("What did he recruit …?");
    an extracted bank drops such questions instead."""

    def __init__(self, docs: list[Doc], keeps_pronouns: bool = False) -> None:
        from .distractors import names_of_groups
        from .questions import entity_label, written_as_no_person

        self.keeps_pronouns = keeps_pronouns
        self.docs = docs
        self.doc_index = {id(doc): i for i, doc in enumerate(docs)}
        # people named in full: a lone word the recogniser called a person is too often a
        # club or a place ("Wales", "Narbonne"), unless it is the surname of one
        named = [(i, _trim(e)) for i, doc in enumerate(docs) for e in doc.ents
                 if e.label_ == "PERSON"]
        self.whole = "\n".join(doc.text for doc in docs)
        named = [(i, e) for i, e in named if len(e) and entity_label(e) == "PERSON"
                 and not written_as_no_person(e.text, self.whole)]
        # and the names after a role that it took for something else ("Liverpool forward
        # Milan Baros", a city's name first)
        named += [(i, doc[t.i + 1:t.head.i + 1]) for i, doc in enumerate(docs) for t in doc
                  if t.dep_ == "compound" and t.head.i > t.i and t.head.tag_ == "NNP" and
                  t.head.ent_type_ != "PERSON" and _after_a_role(doc[t.i + 1:t.head.i + 1])]
        # and a name of two words or more listed with a person's ("Kenyans Evans Rutto and
        # Margaret Okayo", where it saw only her)
        named += [(i, doc[start:t.i + 1]) for i, doc in enumerate(docs) for t in doc
                  if (start := _name_start(t)) is not None and any(
                      o.ent_type_ == "PERSON" and o.ent_iob_ != "O" and o.pos_ == "PROPN"
                      for o in (*t.conjuncts, t.head) if o.dep_ == "conj" or t.dep_ == "conj")]
        named.sort(key=lambda pair: (pair[0], pair[1].start))
        groups = names_of_groups(docs)
        known = {e[-1].text for _, e in named if len(e) > 1} - groups
        people = [(i, e) for i, e in named if len(e) > 1 and e[-1].text not in groups or
                  e.text in known]
        # a known surname alone names that person whatever the recogniser made of it
        # ("Whedon created …" where it saw no person)
        inside = {(i, t) for i, e in people for t in range(e.start, e.end)}
        people += [(i, doc[t.i:t.i + 1]) for i, doc in enumerate(docs) for t in doc
                   if t.text in known and t.pos_ == "PROPN" and (i, t.i) not in inside]
        people.sort(key=lambda pair: (pair[0], pair[1].start))
        self.ends = [(i, e.end) for i, e in people]  # in article order, for bisecting
        self.mentions = [e for _, e in people]
        self.surnames = [e[-1].text for _, e in people]
        self.fullest: dict[str, str] = {}
        for _, e in people:
            if len(e.text) > len(self.fullest.get(e[-1].text, "")):
                self.fullest[e[-1].text] = e.text
        self.texts = [e.text for _, e in people]
        # surnames of more than one person: "Jimi Hendrix", "Al Hendrix", "Janie Hendrix"; a
        # lone "Hendrix" is none of them for sure
        firsts: dict[str, set[str]] = {}
        for _, e in people:
            if len(e) > 1 and not is_honorific(e[0]):
                firsts.setdefault(e[-1].text, set()).add(e[0].text)
        self.shared = {surname for surname, names in firsts.items() if len(names) > 1}
        self.names = {e.text for _, e in people} | set(self.surnames)
        # "the Osbournes" where "Sharon Osbourne" was named: a family, people
        self.families = {e[-1].text + "s" for _, e in named if len(e) > 1}
        self.gender = _genders(docs, [e for _, e in people])
        # surnames the article writes after "Mr" or "Ms", whatever the recogniser made of them
        self.honoured = {doc[t.i + 1].text for doc in docs for t in doc[:-1]
                         if is_honorific(t) and doc[t.i + 1].pos_ == "PROPN" and
                         doc[t.i + 1].is_title and not (t.i + 2 < len(doc) and
                                                        doc[t.i + 2].pos_ == "PROPN")}
        # and those it took for a person's alone: "France's Cyril Saulnier", a firm to the
        # recogniser, is the "Saulnier" it took for a person
        self.lone_people = {e.text for doc in docs for e in doc.ents
                            if e.label_ == "PERSON" and len(e) == 1 and e[0].is_title and
                            not (e.start and doc[e.start - 1].pos_ == "PROPN")}  # (no piece
        # of "Lockheed Martin")

    def label(self, span: Span) -> str:
        """The entity label, knowing that a surname alone names a person met before, that a
        name after a title is a person's, and that one the article writes as a group's or a
        work's is none ("water firm Aguas Argentinas" in another paragraph)."""
        from .gazetteer import kind_of
        from .questions import entity_label, is_honorific, no_person_kind
        from .word_classes import SEX_OF_FIRST_NAME

        if not len(span):
            return ""
        before = span.doc[span.start - 1] if span.start else None
        if before is not None and before.tag_ == "POS" and any(
                c.dep_ == "poss" and c.ent_type_ == "PERSON" and not kind_of(
                    " ".join(t.text for t in c.subtree if t.tag_ != "POS"))
                for c in span.root.children):
            return "WORK_OF_ART"  # "Susanna Clarke's Jonathan Strange": her book, no person
            # (but "Kennedy's NASA Administrator James Webb" is one, and "Leicester's Harry
            # Ellis" a player of a city's team that the recogniser took for a person)
        label = entity_label(span)
        if before is not None and before.lemma_.lower() in KINDS_OF_WORK and \
                before.pos_ == "NOUN" and before.head == span.root and span[0].pos_ == "PROPN":
            return "WORK_OF_ART"  # "the biopic Kinsey", named after a person the article
            # names too ("Who was one of four films …?")
        if label == "PERSON" and " " in span.text and kind_of(span.text):
            return "GPE"  # "Sri Lanka", "Porto Alegre", never a person
        if label == "PERSON" and (
                before is not None and before.pos_ == "NOUN" and
                before.lemma_.lower() in _PLACE_KINDS and before in (span.root.head, *(
                    c for c in span.root.children if c.dep_ == "compound")) or
                span.root.dep_ == "attr" and any(
                    c.dep_ == "nsubj" and c.lemma_.lower() in _NAMES_OF_WORDS
                    for c in span.root.head.children)):
            return ""  # "the Roman settlement Pons Aelius", "The regional nickname … is
            # Geordie": a place's name, a word, no person's
        if label == "PERSON" and span.root.dep_ in ("attr", "nsubj") and \
                span.root.head.lemma_ == "be" and any(
                    c.dep_ in ("attr", "nsubj") and c != span.root and
                    c.lemma_.lower() in _FIRM_WORDS
                    for c in span.root.head.children):
            return "ORG"  # "The biggest retailer to gain was Costco Wholesale": a firm
        like = span.root.head if span.root.dep_ == "pobj" else None
        kind = like.head.lemma_.lower() if like is not None else ""
        if like is not None and like.lower_ in ("like", "as", "including") and \
                like.head.pos_ == "NOUN" and (kind not in PEOPLE or kind in _GROUPS) and \
                label == "PERSON":
            return "ORG"  # "bands like Talking Heads": a band, no person
        if span.text in self.names or before is not None and span[0].pos_ == "PROPN" and \
                is_honorific(before) or all(t.pos_ == "PROPN" and t.is_title for t in span) and (
                    span[-1].text in self.honoured and len(span) <= 3 or
                    span[-1].text in self.lone_people and 2 <= len(span) <= 3 and
                    span[0].text in SEX_OF_FIRST_NAME):
            return "PERSON"  # "Mr Wang said …" is a person whom the recogniser did not know
            # (and "Ravi Wang works for …" where the article says "Mr Wang" elsewhere)
        if span.text in self.families and span.start and before.lower_ == "the":
            return "PERSON"  # "the Osbournes": a family, who
        if _after_a_role(span):
            return "PERSON"  # "Treasury spokesman Vince Cable", which it took for a firm
        if span[-1].text in _ERAS and any(t.like_num for t in span):
            return "DATE"  # "300 BC"
        if len(span) == 1 and re.fullmatch(r"1\d{3}|20\d{2}", span.text) and \
                span.root.dep_ == "pobj" and span.root.head.lower_ in (
                    "in", "since", "until", "till", "before", "after", "by", "from", "to") and \
                label == "CARDINAL":
            return "DATE"  # "the castle built in 1080": a year the recogniser took for a count
        if span[-1].text in ("Age", "Ages", "Era") and span[0].is_title:
            return "DATE"  # "the Middle Ages", "the Bronze Age": a time, no place
        if label == "MONEY" and any(t.is_alpha and t.is_title and t.i != t.sent.start and
                                    t.lower_ not in _CURRENCY_NAMES for t in span):
            return "PERSON"  # "50 Cent", a rapper, no sum
        if label == "PERSON" and len(span) == 1 and before is not None and before.lower_ in (
                "in", "at", "near", "from", "to") and (kind_of(span.text) in ("city", "country")
                                                     or before.head.lemma_ in _SETTLING or
                                                     before.lower_ in ("in", "at", "near") and
                                                     span.text not in self.names):
            return "GPE"  # "came in Valencia", "moved to Powys", "At Gatwick, …" (a word the
            # article never names a person by): a place, whatever the recogniser said
        root = span.root
        if label == "PERSON" and len(span) == 1 and span.text not in SEX_OF_FIRST_NAME and \
                kind_of(span.text) in ("city", "country") and (
                    root.dep_ == "dobj" and root.head.lemma_ in _PLAYED or
                    root.dep_ == "pobj" and root.head.lower_ == "against"):
            return "ORG"  # "is set to join Preston on loan": a city's club (a person of that
            # name the article would have named in full, or as "Mr Preston", before)
        if label == "PERSON" and (kind := no_person_kind(span.text, self.whole)):
            return "WORK_OF_ART" if kind == "work" else "ORG"
        if not label and 2 <= len(span) <= 3 and span[0].text in SEX_OF_FIRST_NAME and all(
                t.pos_ == "PROPN" and t.is_title for t in span) and \
                not in_lexicon(span[-1].lower_) and not kind_of(span.text):
            return "PERSON"  # "Marco Tardelli continues at …", a name the recogniser missed
        return label

    def __call__(self, token: Token) -> str | None:
        found = self._resolve(token)
        if found is None and self.keeps_pronouns:
            return token.text if token.text == "I" else token.lower_
        return found

    def _resolve(self, token: Token) -> str | None:
        if _standing_for_a_clause(token):
            return None
        if token.lower_ in ("it", "they"):
            found = _previous_subject_of(token)
            if found is not None and token.lower_ == "it" and found.split()[-1] in self.names:
                return None  # "Lucas predicted … It opens on 19 May": "it" is no person
            return found
        if token.lower_ not in ("he", "she", "him", "her", "his"):
            return None
        if any(a.dep_ == "relcl" and a.head.pos_ != "PROPN" and any(
                c.lower_ == "who" and c.dep_ in ("nsubj", "nsubjpass") for c in a.children)
               for a in token.ancestors):
            return None  # "a Jamaican who joined the army … when he settles in London": he is
            # the one "who" stands for, whom the article does not name
        found = self._person_meant(token)
        if found is not None and token.lower_ != "his" and any(
                t.text == found.split()[-1] for t in token.sent if t.i > token.i):
            return None  # "he had words with Hale" is not Hale; who else, only a reader knows
        return found

    def _unknown_name(self, subject: Token | None) -> bool:
        """Whether ``subject`` is a name the recogniser gave no person but may be one ("Milan
        Baros", which it took for a city's): a "he" after it may mean it, so no person the
        article named before is sure."""
        from .gazetteer import kind_of

        return subject is not None and subject.pos_ == "PROPN" and subject.is_title and \
            subject.text not in self.names and \
            subject.ent_type_ in ("", "PERSON", "ORG", "GPE") and not kind_of(subject.text) \
            and not any(c.dep_ == "compound" and c.ent_type_ in ("GPE", "LOC", "FAC", "NORP")
                        for c in subject.children)

    def _person_meant(self, token: Token) -> str | None:
        gender = "f" if token.lower_ in ("she", "her") else "m"
        main = next((c for c in token.sent.root.children if c.dep_ in ("nsubj", "nsubjpass")
                     and c.i < token.i), None)
        subjects = [t for t in token.sent[:token.i - token.sent.start]
                    if t.dep_ in ("nsubj", "nsubjpass")]
        owners = [c for t in subjects if t.pos_ != "PROPN" for c in t.children
                  if c.dep_ == "poss"]  # (not "England's Josh Lewsey": a name's place)
        if any(self._unknown_name(t) for t in subjects + owners) or not subjects and \
                token.dep_ not in ("nsubj", "nsubjpass") and \
                self._subject_before(token) is _AMBIGUOUS:
            return None  # "Baros denied suggestions he wanted to leave": he is Baros, maybe
            # (and "Baros's goal came after he …")
        same = next((t for t in subjects if t.lower_ in (
            ("she",) if gender == "f" else ("he",))), None)
        if same is not None:
            return self._resolve(same)  # "He told a paper he was happy": one person
        if main is not None and main.pos_ == "NOUN" and main.lemma_.lower() in PEOPLE and \
                token.dep_ in ("nsubj", "nsubjpass") and token.head.dep_ == "ccomp" and \
                token.head.head == main.head and not any(
                    c.pos_ == "PROPN" for c in main.children if c.dep_ in ("appos", "compound")):
            # "The home secretary admitted he was wrong": he is the secretary, the one the
            # article gave that title before ("Home Secretary David Blunkett"), not the last
            # name before (which is, when no name had the title)
            titled = self._titled(main, token)
            if titled is not None:
                return titled
        if token.dep_ in ("nsubj", "nsubjpass") and token.head == token.sent.root:
            # "Greenspan has given a speech … He delivered the lecture": the sentence before's
            # subject, not whoever it named last ("… in honour of Adam Smith")
            found = self._subject_before(token)
            if found is _AMBIGUOUS:
                return None  # "Hendrix was … He died …": which Hendrix, the article knows
            if found is not None and _sex_of_name(found, self.gender) in (None, gender):
                return found
        if token.dep_ in ("nsubj", "nsubjpass") and token.head != token.sent.root and \
                main is not None and main.text in self.names and main.text not in self.shared \
                and self.gender.get(main.text, gender) == gender:
            # "Holmes has been advised by her coach Margot Jennings …, and it is unlikely she
            # will compete …": a subject inside the sentence means its main subject, not the
            # last name before
            return self.fullest.get(main.text, main.text)
        here = (self.doc_index.get(id(token.doc), 0), token.i)
        before = bisect.bisect_right(self.ends, here)
        if before and self._named_before_this_sentence(before - 1, token):
            found = self._followed_on(token, gender)
            if found is not None:
                return None if found is _AMBIGUOUS else found
        # the last person named before whom the article does not call the other sex: "she"
        # is not "Mr Blair"
        while before and self.gender.get(self.surnames[before - 1], gender) != gender:
            before -= 1
        if not before or _speaks_of_another(self.mentions[before - 1], token, gender):
            return None
        if self.surnames[before - 1] not in self.gender and any(
                self.gender.get(name) == gender for name in self.surnames[:before - 1]):
            return None  # "Her comeback song …" after "… reggae artist Beenie Man", in an
            # article that calls Jamelia Davis "her": the last name, of no known sex, or the
            # woman named before it, only a reader can tell
        return self._fullest(before - 1)

    def _named_before_this_sentence(self, mention: int, token: Token) -> bool:
        """Whether the ``mention``-th mention stands before the sentence of ``token``."""
        at = self.doc_index.get(id(token.doc), 0)
        return self.ends[mention] <= (at, token.sent.start)

    def _titled(self, role: Token, token: Token) -> str | None:
        """The person the article named with the title ``role`` says ("the home secretary")
        before ``token``, written in front of the name ("Home Secretary David Blunkett")."""
        words = [t.lower_ for t in role.subtree if t.i <= role.i and t.dep_ in (
            "compound", "amod") or t == role]
        here = self.doc_index.get(id(token.doc), 0)
        for doc in self.docs[:here + 1]:
            for ent in doc.ents:
                if ent.label_ != "PERSON" or ent.start < len(words) or (
                        doc is token.doc and ent.start >= token.i):
                    continue
                if [t.lower_ for t in doc[ent.start - len(words):ent.start]] == words:
                    return self.fullest.get(ent[-1].text, ent.text)
        return None

    def _followed_on(self, token: Token, gender: str) -> str | None:
        """Whom ``token`` means when its sentence names nobody before it: the person the
        sentence before is about, or whom that sentence's own "he" or "she" means. "Hale
        was at the centre of the row over Reed's report. The inquiry cleared him …": him is
        Hale, its subject, not Reed, whose report it was; "… Since then, he has toured …"
        goes on about the same man. ``_AMBIGUOUS`` when that one is someone it does not name."""
        before = self._sentence_before(token.sent)
        if before is None or _said_in_quotes(before.root):
            return None
        found = self._subject_before(token)
        if found is not None and found is not _AMBIGUOUS:
            return found if _sex_of_name(found, self.gender) in (None, gender) else None
        if re.match(r"(The |the )?\d+-year-old\b", before.text):
            return _AMBIGUOUS  # "The 47-year-old later succeeded Jones …. He engineered …": the
            # one the sentence before was about, whom it does not name, not Jones
        pronouns = ("she", "her") if gender == "f" else ("he", "him", "his")
        if any(t.text in self.names for t in before):
            return None  # named by a subject it did not find, or in passing: as before
        same = next((t for t in before if t.lower_ in pronouns), None)
        return self._resolve(same) if same is not None else None

    def _fullest(self, mention: int) -> str | None:
        """The fullest name the article gives the person of the ``mention``-th mention; for a
        surname several people share, only the mention's own full name."""
        surname = self.surnames[mention]
        if surname not in self.shared:
            return self.fullest[surname]
        text = self.texts[mention]
        return text if " " in text else None

    def _sentence_before(self, sentence: Span) -> Span | None:
        """The sentence before ``sentence``, the last of the paragraph before for a first."""
        if sentence.start:
            return sentence.doc[sentence.start - 1].sent
        at = self.doc_index.get(id(sentence.doc), 0)
        return self.docs[at - 1][-1].sent if at and len(self.docs[at - 1]) else None

    def _subject_before(self, token: Token) -> str | None:
        """The person the sentence before is about, when its subject names one (or is the
        same pronoun, which is then followed back). A sentence a speaker says is passed
        over: '"… Gordon Brown would love me." He finished …' goes on about the speaker."""
        before = self._sentence_before(token.sent)
        for _ in range(_QUOTED_SENTENCES_PASSED):
            if before is None or not _said_in_quotes(before.root):
                break
            speaker = _speaker_of(before)
            if speaker is not None:
                return self._subject_named(speaker, token, before)
            before = self._sentence_before(before)
        if before is None or _said_in_quotes(before.root):
            return None
        subject = next((t for t in before.root.children if t.dep_ in ("nsubj", "nsubjpass")),
                       None)
        return self._subject_named(subject, token, before)

    def _subject_named(self, subject: Token | None, token: Token, before: Span) -> str | None:
        """The person ``subject``, the subject of the sentence ``before``, names, for
        `_subject_before`."""
        if subject is None:
            return None
        if any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and any(
                g.dep_ in ("nsubj", "nsubjpass") and g.text != subject.text and (
                    g.pos_ == "PROPN" or g.pos_ == "NOUN" and g.lemma_.lower() in PEOPLE)
                for g in c.children) for c in before.root.children) or any(
                t.pos_ == "PROPN" and misread_subject(t) for t in before):
            return _AMBIGUOUS  # "Lee went off and Hill came on to replace him. He …": either
            # (also where the parse joined Hill to a list before him; and "… brought on Reed,
            # and the young striker made an impact. He …")
        if self._unknown_name(subject):
            return _AMBIGUOUS  # "Baros denied … He told …": Baros, whom it did not know
        if subject.lower_ == token.lower_:
            if subject.head == before.root and self._subject_before(subject) is _AMBIGUOUS:
                return _AMBIGUOUS  # "The minister is … He is saying … He is also claiming …":
                # whom the first "he" may be, so may the next
            return self._resolve(subject)
        if subject.text in self.shared:  # only a full name says which one: "Jimi Hendrix was …"
            name = [t for t in subject.subtree if t.dep_ == "compound" and t.head == subject
                    or t == subject]  # (not "rock" of "Tom Hale, the rock singer")
            return render(name) if len(name) > 1 else _AMBIGUOUS
        if (subject.pos_ == "NOUN" or subject.is_lower) and subject.lower_ in PEOPLE and \
                subject.tag_ in ("NN", "NNP") and not subject.ent_type_:
            return _AMBIGUOUS  # "The prime minister is trying to … with Gordon Brown. He is
            # saying …": the minister, whom the sentence does not name, not the last name (the
            # tagger may call a lower-case "chancellor" a name)
        return self.fullest.get(subject.text) if subject.pos_ == "PROPN" else None


def _standing_for_a_clause(token: Token) -> bool:
    """Whether ``token`` is an "it" that stands for the "that" clause after its verb, naming
    nothing: "it is thought that …", "it is likely that …", "it seems that …"."""
    verb = token.head
    heads = [verb, *(c for c in verb.children if c.dep_ == "acomp")]  # ("likely that …")
    return token.lower_ == "it" and token.dep_ in ("nsubj", "nsubjpass") and (
        token.dep_ == "nsubjpass" or verb.lemma_ in ("be", "seem", "appear")) and any(
        c.dep_ == "ccomp" and c.i > verb.i and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
        for head in heads for c in head.children)


_AMBIGUOUS = "\x00"  # what `_subject_before` says of a surname several people share
# How many sentences of a quotation `_subject_before` passes over to reach the writer's own.
_QUOTED_SENTENCES_PASSED = 4


def _speaks_of_another(name: Span, token: Token, gender: str) -> bool:
    """Whether ``name``, named before ``token`` in another sentence, is the speaker of words
    that call someone else "him" or "her": '"… to offer him the audiences …," said Mr Robinov.
    His first film …' goes on about the man he spoke of."""
    verb = name.root.head
    return name.sent != token.sent and name.root.dep_ == "nsubj" and \
        verb.lemma_ in SPEECH_VERBS and any(
            t.tag_ in ("PRP", "PRP$") and _PRONOUN_SEX.get(t.lower_) == gender
            for c in verb.children if c.dep_ == "ccomp" for t in c.subtree)


# Words for a law or a pact, whose name ends in the year it was made.
_LAWS = {"act", "treaty", "convention", "agreement", "accord", "charter", "declaration",
         "directive", "regulations", "constitution", "protocol"}
# What follows a year to say its era.
_ERAS = {"BC", "AD", "BCE", "CE", "B.C.", "A.D."}
# Nouns for a word or a name, which is what they are: "The nickname … is Geordie".
_NAMES_OF_WORDS = {"nickname", "name", "dialect", "term", "word", "slogan", "motto", "language",
                   "accent", "codename", "catchphrase", "surname", "title"}
# Kinds of places, whose name may follow them: "the Roman settlement Pons Aelius".
# (not PLACE_WORDS, the last words of names of places: "centre", "hall" are also people's roles)
_PLACE_KINDS = {"settlement", "fort", "colony", "camp", "town", "city", "village", "port",
                "island", "castle", "site", "region", "province", "county", "district", "suburb",
                "estate", "farm", "mine", "valley", "river", "lake", "mountain"}
# Verbs of going to live somewhere: what follows "to" or "in" is a place.
_SETTLING = {"move", "relocate", "emigrate", "settle", "live", "bear", "grow", "raise", "travel",
             "commute", "fly"}


# Currencies a sum may name with a capital: "2m Euros", "500 Swiss Francs".
_CURRENCY_NAMES = {"euros", "euro", "dollars", "dollar", "pounds", "pound", "yen", "francs",
                   "franc", "swiss", "us", "hong", "kong", "australian", "canadian", "rand",
                   "rupees", "yuan", "kronor", "krona", "roubles", "sterling"}


def _after_a_role(span: Span) -> bool:
    """Whether ``span`` is a name of two or three words right after a word for a person's role
    ("Treasury spokesman Vince Cable", "Scotland international Ian Reed", where the tagger took
    the role for an adjective): a person's, whatever the recogniser made of it."""
    from .gazetteer import kind_of

    before = span.doc[span.start - 1] if len(span) and span.start else None
    return before is not None and (before.tag_ == "NN" and before.lemma_ in PEOPLE or
                                   before.tag_ == "JJ" and before.lower_ in PEOPLE) and \
        2 <= len(span) <= 3 and all(t.tag_ == "NNP" and t.is_title for t in span) and \
        not kind_of(span.text)


def _sex_of_name(name: str, genders: dict[str, str]) -> str | None:
    """The sex of the person ``name`` names: by the first name where it says it (of a family
    the article calls "he" and "she", "Sharon Osbourne" is a woman), else as the article calls
    the surname's bearer (``genders``), else ``None``."""
    from .word_classes import SEX_OF_FIRST_NAME, SEX_OF_TITLE

    words = name.split()
    return (SEX_OF_FIRST_NAME.get(words[0]) or SEX_OF_TITLE.get(words[0].lower().rstrip("."))
            if len(words) > 1 else None) or genders.get(words[-1])  # (and "Ms Robinson")


def _genders(docs: list[Doc], people: list[Span]) -> dict[str, str]:
    """Each surname's sex ("m" or "f") where the article says it: by a title ("Mrs Hutchings")
    or a common first name ("Maria Hutchings")."""
    from .word_classes import SEX_OF_FIRST_NAME, SEX_OF_TITLE

    found: dict[str, str] = {}
    for doc in docs:
        for t in doc:
            if t.pos_ == "PROPN" and t.i and t.nbor(-1).lower_.rstrip(".") in SEX_OF_TITLE:
                found.setdefault(t.text, SEX_OF_TITLE[t.nbor(-1).lower_.rstrip(".")])
    for name in people:
        if len(name) > 1 and name[0].text in SEX_OF_FIRST_NAME:
            found.setdefault(name[-1].text, SEX_OF_FIRST_NAME[name[0].text])
    # a sentence that names one person and says "his" or "her" of one: "Moore dedicated his
    # trophy to …" (as many sentences as it takes to outvote a misreading)
    surnames = {e[-1].text for e in people}
    votes: dict[str, Counter[str]] = {}
    for doc in docs:
        for sentence in doc.sents:
            named = {t.text for t in sentence if t.text in surnames and t.pos_ == "PROPN"}
            first = min((t.i for t in sentence if t.text in named), default=sentence.end)
            said = {_PRONOUN_SEX[t.lower_] for t in sentence if t.lower_ in _PRONOUN_SEX and
                    t.tag_ in ("PRP", "PRP$") and t.i > first}  # (a pronoun before the name
            # is someone's named before: "… written for her by Coldplay's Chris Martin")
            if len(named) == 1 and len(said) == 1:
                votes.setdefault(named.pop(), Counter())[said.pop()] += 1
    for surname, count in votes.items():
        (sex, most), *rest = count.most_common()
        if not rest or most > 2 * rest[0][1]:
            found.setdefault(surname, sex)
    return found


_PRONOUN_SEX = {"he": "m", "him": "m", "his": "m", "himself": "m",
                "she": "f", "her": "f", "hers": "f", "herself": "f"}
# Words of a question that say the sex of whom it asks about.
_QUESTION_SEX = {**_PRONOUN_SEX, "female": "f", "woman": "f", "women's": "f", "actress": "f",
                 "sportswoman": "f", "chairwoman": "f", "spokeswoman": "f", "businesswoman": "f",
                 "queen": "f", "princess": "f", "duchess": "f", "wife": "f", "mother": "f",
                 "daughter": "f", "sister": "f", "girlfriend": "f", "widow": "f",
                 "male": "m", "man": "m", "men's": "m", "sportsman": "m", "businessman": "m",
                 "king": "m", "prince": "m", "duke": "m", "husband": "m", "father": "m",
                 "son": "m", "brother": "m", "boyfriend": "m", "widower": "m"}


def _previous_subject_of(token: Token) -> str | None:
    """For `it`/`they` as a subject: the subject of the sentence before, when it is a noun
    phrase of the same number (the usual reading in expository text)."""
    from .questions import render, side_parts

    sentence = token.sent
    if token.dep_ not in ("nsubj", "nsubjpass"):
        return None
    verb = token.head
    if verb.lemma_ == "be" and any(c.dep_ == "acomp" for c in verb.children) and any(
            c.dep_ in ("xcomp", "ccomp", "advcl", "csubj") for c in verb.children):
        return None  # "it was pointless having a new stadium": "it" stands for nothing
    said = next((t for t in sentence if t.i < token.i and t.lower_ == token.lower_ and
                 t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ccomp" and
                 t.head.is_ancestor(token)), None)
    if said is not None:
        return _previous_subject_of(said)  # "… have said they want to raise the money they
        # spend": the speakers, as in the clause of what they said that holds it
    speaker = verb.dep_ == "ccomp" and verb.head.pos_ in ("VERB", "AUX")
    if speaker and misparsed_clause(verb.head):
        return None  # (no speaker of a clause whose parse went wrong)
    if speaker:
        # "The club has warned it will go bankrupt": the one who spoke, in the same sentence
        # (whatever the recogniser called it: "it" says it is no person)
        subject = next((t for t in verb.head.children if t.dep_ in ("nsubj", "nsubjpass")),
                       None)
    elif (colon := next((t for t in sentence if t.text in (":", ";") and t.i < token.i),
                        None)) is not None and (before := [
            t for t in sentence if t.dep_ in ("nsubj", "nsubjpass") and t.head.i < colon.i]):
        subject = before[-1]  # "The jobless rate is falling, too: it is set to …": the
        # clause before the colon's
    elif sentence.start == 0:
        return None
    elif any(c.dep_ in ("nsubj", "nsubjpass") and c.i > token.i and
             token.i not in range(c.left_edge.i, c.right_edge.i + 1)
             for c in sentence.root.children):
        return None  # "Despite struggling since it was opened in 1992, EuroDisney has …":
        # "it" stands for the subject after it, not the sentence before's
    else:
        previous = token.doc[sentence.start - 1].sent
        subject = next((t for t in previous.root.children
                        if t.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.pos_ not in ("NOUN", "PROPN"):
        return None  # (nor the "that" the parser made the subject of "said that rumours …")
    if written_after_be(subject):
        return None  # "Star of the show will be the robot. It will …": the robot, written
        # after its verb
    if speaker and any(is_honorific(t) for t in subject.subtree):
        return None  # "Mr Dyer acknowledged that it would be …": "it" is never Mr Dyer
    if speaker and token.lower_ == "it" and (subject.ent_type_ == "PERSON" or subject.lemma_.lower()
                                             in ("spokesman", "spokeswoman", "spokesperson")):
        # "A Norbury spokesman said it may …": the firm the spokesman speaks for, never him
        owner = next((c for c in subject.children if c.dep_ in ("compound", "poss") and
                      c.pos_ == "PROPN" and c.ent_type_ != "PERSON"), None)
        return owner.text if owner is not None and not any(
            True for _ in owner.children) else None
    agreeing = [subject.head, *(c for c in subject.head.children if c.dep_ in ("aux", "auxpass"))]
    plural = subject.tag_ in ("NNS", "NNPS") or any(
        t.tag_ == "VBP" or t.lower_ == "were" for t in agreeing) or any(
        c.dep_ == "conj" for c in subject.children)  # "Leeds have …": a team; "memory and
    # networking options": two things
    if plural != (token.lower_ == "they") or (
            not plural and not speaker and (subject.ent_type_ == "PERSON" or
                                            subject.lemma_.lower() in PEOPLE)):
        return None  # "it" is never a person ("the prime minister")
    aside = side_parts(subject, set())  # (not "Acme a leading German insurer" of "Acme, a
    # leading German insurer, said …")
    words = [t for t in subject.subtree if not t.is_punct and t.i not in aside]
    if not words or len(words) > 6 or words[-1].dep_ == "prep":
        return None  # (nor "the new game from", its name hung elsewhere by the parse)
    words = [t for t in subject.subtree if t.i not in aside and (
        not t.is_punct or t.text == "," and words[0].i < t.i < words[-1].i and any(
            c.dep_ == "conj" for c in t.head.children))]  # (a list's commas: "Reed, Lane
    # and Cole")
    text = render(words)
    return text if words[0].tag_ in ("NNP", "NNPS") else text[:1].lower() + text[1:]


def _cloze_tokens(sentence: Span, answer: Span) -> list[Token] | None:
    """The sentence, or when it is too long the clause around the answer, if that has a subject
    of its own."""
    from .questions import (
        clause_tokens,
        dashed_asides,
        drops_what_was_said,
        hedged,
        in_embedded_question,
        is_finite,
    )

    tokens = list(sentence)
    if sentence.root.pos_ not in ("VERB", "AUX") and any(
            t.dep_ == "appos" for t in tokens) and not any(
            t.tag_ in ("VBD", "VBZ", "VBP", "MD") or t.dep_ in ("nsubj", "nsubjpass")
            for t in tokens):
        return None  # "Personal Reflections on Adoption, a documentary about …": a title or a
        # piece cut off by "...", which says nothing
    if sum(not t.is_punct for t in tokens) <= _MAX_QUESTION_WORDS:
        return tokens
    verb = answer.root
    while verb.head != verb and not (verb.pos_ in ("VERB", "AUX") and is_finite(verb)):
        verb = verb.head
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ in RELATIVE_WORDS or verb.dep_ in ("relcl", "acl") or \
            in_embedded_question(verb) or misparsed_clause(verb):
        return None  # "which led to …", "what mood the fans will be in" do not stand alone
    if verb.dep_ == "ccomp" and not any(c.dep_ == "mark" for c in verb.children) and any(
            c.dep_ == "attr" and c.right_edge.i + 1 == verb.left_edge.i
            for c in verb.head.children):
        return None  # "… a matter he would have to discuss …": a relative clause
        # with no "that", whose object is the noun before it
    if sentence.root.pos_ not in ("VERB", "AUX"):
        return None  # a parse with no verb at the top ("One of the problems … as the chief
        # was the length of …" read as "One"): its clauses may be pieces of others
    clause = clause_tokens(verb, set(range(answer.start, answer.end)))
    if not clause or not (clause[0].i <= answer.start and answer.end - 1 <= clause[-1].i):
        return None
    kept = {t.i for t in clause}
    if verb.head.i not in kept and hedged(verb):
        return None  # "Tom Hale denied {he had taken the money}": what is denied, cut from
        # who denies it, is no fact
    if any(t.tag_ in ("WDT", "WP", "WP$") and t.i not in kept and t.head.i not in kept and
           t.head.head.i in kept and t.head.head.pos_ in ("VERB", "AUX") for t in sentence):
        return None  # "Party can get their core support out." of "… will hinge on which party
        # can get …": the wh-phrase that makes it a question left behind
    if any(t.dep_ == "mark" and t.i not in kept and t.head.i in kept and clause[0].i < t.i
           for t in sentence):
        return None  # "… during her five-and-a-half years as the assembly's first health
        # minister was …", whose "as" the parse made the mark of the sentence's verb: without
        # it, "… years the assembly's first health minister was …"
    if any(t.dep_ == "mark" and t.lower_ in CONDITIONS and t.i not in kept and (
            t.head.i in kept or t.head.head.i in kept) for t in sentence):
        return None  # "If the fund could raise its spending …, then … could have been saved":
        # a condition, or what follows from one, said as a fact without it
    if any(t.lemma_ in SPEECH_VERBS and not any(c.i in kept and c.dep_ in SAID
                                                for c in t.children) and any(
            c.dep_ in SAID for c in t.children) for t in clause):
        return None  # "On Friday, the government said." of "… said its estimate of … - much
        # of which was flattened … - was 20 trillion rupiah", what was said cut as an aside
    if any(drops_what_was_said(t, clause) for t in clause if t.pos_ == "VERB"):
        return None  # "The minister said late Friday.", "… deny wrongdoing and state."
    if sentence[0].tag_ in ("WP", "WDT") and sentence[0].i not in kept:
        return None  # "What this means, said Ann Lee, is that …": the subject was cut off
    if any(t.head.i not in kept for t in clause if t != verb and not t.is_punct):
        return None  # "Brown's ___ by … Peston, Mr Blair went back …": the rest of a phrase
        # whose start was dropped ("According to a new book, Brown's Britain …")
    if any(t.i not in kept and t.head.i in kept and t.dep_ in ("advcl", "xcomp") and any(
            c.lower_ == "to" and c.dep_ == "aux" for c in t.children) and any(
            c.dep_ == "auxpass" for c in t.head.children) for t in sentence):
        return None  # "… a young girl who is sent.": a passive cut from what it was done for
        # ("sent to live in a boarding school")
    if any(t.dep_ == "ccomp" and t.i not in kept and t.head.i in kept and not any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in t.children) for t in sentence):
        return None  # "… to be over as a search made on 2 May." of "… as a search made on 2
        # May found …": the verb of a subject the parse cut from it, and the clause with it
    if any(t.lemma_ == "be" and t.dep_ not in ("aux", "auxpass") and any(
            c.i > t.i and not c.is_punct for c in t.children) and not any(
            c.i > t.i and c.i in kept and not c.is_punct for c in t.children) for t in clause):
        return None  # "… which ruled in 1701 that it was.": all that "was" said, cut off
    if any(_a_verb_read_as_a_noun(t) and t.i + 1 not in kept for t in clause):
        return None  # "… to deny wrongdoing and state.": what it says cut off
    listed = sum(t.dep_ == "appos" for t in sentence) >= 3  # a list read as appositions
    if any(t.i not in kept and t.head.i in kept and (
            t.dep_ == "conj" and (t.pos_ not in ("VERB", "AUX") or any(
                c.dep_ == "conj" and c.i > t.i and c.i in kept for c in t.head.children))
            or t.dep_ == "appos" and (
                listed or any(c.dep_ == "conj" for c in t.subtree))) for t in sentence):
        return None  # "… with the involvement of Harriet Harman three officials": a list cut
        # short says something else (and "he ate and wrapped in a coat", of "he ate and drank,
        # wrapped in a coat", a verb cut out of the middle of three)
    after_verb = [c for c in verb.children if c.i > verb.i and not c.is_punct]
    if after_verb and not any(c.i in kept for c in after_verb) and not any(
            c.dep_ == "auxpass" for c in verb.children):
        return None  # "The mayor's plan for a new bridge comes.": all the verb said, what it
        # came after, cut off (but "A committee is convened." says what was done)
    if any(t.dep_ == "conj" and t.tag_ == "VB" and t.head.tag_ in ("VBD", "VBZ") and
           t.i in kept and t.head.i in kept and not any(
               c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass") for c in t.children) and
           any(i not in kept for i in range(t.head.i, t.i)) for t in sentence):
        return None  # "Hale defended the keeper - and hand them hope.": a bare verb of the
        # clause cut out between them ("whose slip allowed Leeds to equalise"), hung by the
        # parse on the sentence's verb
    for first, last in dashed_asides(sentence):
        if first in kept and last + 1 in kept and sentence.doc[last].text in ("-", "–", "—"):
            kept.add(last)  # "Reardon - known as "Dracula" - won": both dashes of a kept aside
    clause = [t for t in sentence if t.i in kept]
    # (its full stop, but no "%" the sentence happened to end on: "… national incomes%.")
    return clause + ([sentence[-1]] if sentence[-1].text in (".", "!", "?") else [])


def _a_verb_read_as_a_noun(token: Token) -> bool:
    """Whether ``token`` is a bare noun joined to another and followed by a clause's subject:
    "state" of "to deny wrongdoing and state they are settling", a verb."""
    doc = token.doc
    return token.dep_ == "conj" and token.tag_ == "NN" and not any(token.children) and \
        token.i + 1 < len(doc) and doc[token.i + 1].dep_ in ("nsubj", "nsubjpass") and \
        doc[token.i + 1].head != token and doc[token.i + 1].tag_ == "PRP"


def _may_be_meant(token: Token) -> bool:
    """Whether ``token`` is a subject that a later "he" or "she" of its sentence may mean: "The
    British number two escaped a ban when he …", "The minister said she …"."""
    return token.dep_ in ("nsubj", "nsubjpass") and token.tag_ in ("NN", "NNP") and (
        token.ent_type_ == "PERSON" or token.lemma_.lower() in PEOPLE or token.lower_ == "number"
        and any(c.like_num for c in token.rights))


def _named_after(token: Token) -> bool:
    """Whether ``token`` ("his", "her") is in a clause set before the person it means, who is
    the subject of the clause after it: "Outlining his crime manifesto, Mr Howard said …"."""
    clause = next((a for a in token.ancestors if a.dep_ in ("advcl", "prep") and
                   a.head.pos_ in ("VERB", "AUX")), None)
    if clause is None:
        return False
    subject = next((c for c in clause.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subject is not None and subject.i > clause.right_edge.i and (
        subject.ent_type_ == "PERSON" or subject.lemma_.lower() in PEOPLE or
        subject.pos_ == "PROPN" and subject.is_title)  # (a name the recogniser missed: "Safin")


def _subordinate_alone(tokens: list[Token] | Span) -> bool:
    """Whether ``tokens`` are a clause that "where", "when" or "if" opens, with no main clause
    after it: "When he played and scored against Mauritius." (but "When put inside servers,
    the consortium expects …" goes on)."""
    opener = tokens[0]
    if opener.dep_ not in ("advmod", "mark") or not (opener.tag_ == "WRB" or
                                                      opener.pos_ == "SCONJ"):
        return False
    ids = {t.i for t in tokens}
    verb = opener.head
    while verb.dep_ in ("xcomp", "ccomp", "conj") and verb.head.i in ids and verb.head != verb:
        verb = verb.head
    return verb.head == verb or verb.head.i not in ids


def _stands_for_no_one_before(pronoun: Token, tokens: list[Token], answer: Span) -> bool:
    """Whether ``pronoun``, a subject after the answer, has no noun before it in ``tokens`` to
    stand for (the answer is a time or a number): "In {{c1::2003}} it bought …", whose "it" only
    the sentence before names."""
    return pronoun.dep_ in ("nsubj", "nsubjpass") and (
        answer.root.pos_ == "NUM" or answer.root.ent_type_ in _VALUE_LABELS) and not any(
        t.pos_ in ("NOUN", "PROPN") for t in tokens if t.i < pronoun.i and t not in answer)


def _cloze(sentence: Span, answer: Span, resolve: _PronounResolver) -> str | None:
    """The sentence with the answer as Anki's `{{c1::…}}` deletion, if it stands on its own."""
    tokens = _cloze_tokens(sentence, answer)
    if tokens is None:
        return None
    if tokens[0].lower_ in ("this", "these", "that", "those", "it", "they", "but", "and",
                            "so", "however"):
        return None
    if _subordinate_alone(tokens):
        return None  # "Where ___ need to be dealt with."
    if tokens[0].tag_ in ("VBZ", "VBD", "VBP"):
        return None  # "Thinks ___, mobile industry specialist …": the end of a quotation
    if sum(not t.is_punct for t in tokens) < 5:
        return None  # "___ is prime.", "___ gets its way.": too little around the blank
    if tokens[0].i == answer.start and answer.text[:1].islower():
        return None  # a clause cut from inside a sentence, opened by the blank: "___ is …"
    words: list[Token | str] = []
    named_already: set[str] = set()
    for token in tokens:
        if token.i == answer.start:
            words.append("{{c1::" + answer.text + "}}")
        if answer.start <= token.i < answer.end:
            continue
        if token.tag_ == "PRP" and token.lower_ in PERSONAL_PRONOUNS and (
                token.i < answer.start or _stands_for_no_one_before(token, tokens, answer)) \
                and not _standing_for_a_clause(token):
            name = resolve(token) if token.dep_ in ("nsubj", "nsubjpass") else None
            if name is None:
                return None
            # "Howard denied he was afraid", not "Howard denied Michael Howard was afraid"; and
            # "Michael Howard denied he …" when the sentence's own "He" is named
            named = name in named_already or \
                name.split()[-1] in {t.text for t in tokens if t.i < token.i} or \
                any(_may_be_meant(t) for t in tokens if t.i < token.i)
            words.append(token if named else name)
            named_already.add(name)
            continue
        if token.tag_ == "PRP$" and token.i < answer.start and not any(
                w.pos_ in ("NOUN", "PROPN") for w in tokens if w.i < token.i):
            # "Its original lens …": whose, only the sentence before says
            if _named_after(token):
                words.append(token)
                continue
            name = resolve(token) if token.lower_ in ("his", "her") else None
            if name is None:
                return None
            # "Maria Hutchings tried to complain about her son's school", not "… about Maria
            # Hutchings's son's school"
            words.append(token if name in named_already else name + "'s")
            named_already.add(name)
            continue
        words.append(token)
    text = render(words)
    if text.count("(") != text.count(")") or text.count('"') % 2:
        return None  # "… Administration ({{c1::FDA}}.", "… set up "{{c1::audit trails}}.": cut
        # inside its brackets or quotation marks
    if not text.endswith((".", "!", "?", '"')):
        text += "."
    return text[:1].upper() + text[1:]


def _salience(docs: list[Doc]) -> dict[str, int]:
    """How often each answer text and each last word of a name is mentioned in the article."""
    counts: dict[str, int] = {}
    for doc in docs:
        for ent in doc.ents:
            for key in {_norm(ent.text), ent[-1].lower_}:
                counts[key] = counts.get(key, 0) + 1
        for chunk in doc.noun_chunks:
            counts[chunk.root.lemma_.lower()] = counts.get(chunk.root.lemma_.lower(), 0) + 1
    return counts


def _bare_definite(answer: Span) -> bool:
    """Whether ``answer`` is one everyday noun after "the" and nothing else ("the dispute"):
    no currency ("the dollar" names one), no term the general lexicon lacks ("the statocyst")."""
    root = answer.root
    return len(answer) == 1 and root.pos_ == "NOUN" and not root.ent_type_ and root.is_lower \
        and [c.lower_ for c in root.children] == ["the"] and root.lower_ not in _CURRENCY_NAMES \
        and in_lexicon(root.lower_)


def _list_size(token: Token) -> int:
    """How many items the coordination ``token`` belongs to has (1 when none)."""
    first = token
    while first.dep_ == "conj":
        first = first.head
    items, todo = 1, [first]
    while todo:
        for child in todo.pop().children:
            if child.dep_ == "conj":
                items += 1
                todo.append(child)
    return items


# A noun phrase starting with one of these points back to something said before ("these
# devices", "such cases", "its own weight") or counts vaguely ("some people"): no fact to ask.
_VAGUE_WORDS = {"this", "these", "that", "those", "such", "some", "any", "other", "another",
                "each", "every", "no", "all", "both", "most", "several", "various", "certain",
                "many", "much", "more", "few", "own", "same", "former", "latter", "multiple",
                "numerous", "recent", "similar", "previous"}


# Words that rank people without saying who they are: "the top players", "senior officials".
_RANKING_WORDS = {"top", "best", "leading", "senior", "junior", "key", "major", "big",
                  "biggest", "young", "younger", "older"}


# A verb and its bare object that say one thing together: "part company", "change hands".
_IDIOM_OBJECTS = {("part", "company"), ("part", "ways"), ("change", "hands"),
                  ("lose", "ground"), ("gain", "ground"), ("take", "shape"), ("take", "place"),
                  ("take", "part"), ("keep", "pace"), ("make", "headway"), ("lose", "heart"),
                  ("take", "heart"), ("hold", "sway"), ("give", "way"), ("make", "way"),
                  ("stand", "trial"), ("catch", "fire"), ("set", "sail"), ("bear", "fruit"),
                  ("strike", "chord"), ("strike", "balance"), ("raise", "eyebrows"),
                  ("take", "toll"), ("steal", "show"), ("make", "headlines"),
                  ("hit", "headlines"), ("foot", "bill"), ("become", "reality"),
                  ("put", "appearance"), ("raise", "money"), ("raise", "funds")}
# (a light verb's bare object has its own rule: "take note", "make sense", "pay attention")


# Verbs whose object, named after a city, is its team: "join Preston", "beat Hull".
_PLAYED = {"join", "beat", "face", "host", "leave", "play"}
# A firm named by its trade: "the retailer", "the software giant".
_TRADES = {"retailer", "airline", "carrier", "lender", "insurer", "manufacturer", "maker",
           "carmaker", "chain", "supermarket", "brewer", "publisher", "broadcaster", "operator",
           "giant", "conglomerate", "bank", "agency", "charity", "union", "studio", "label",
           "developer", "watchdog", "regulator"}
# Words a copula says a firm is: "The biggest retailer to gain was Costco Wholesale".
_FIRM_WORDS = _TRADES | {"company", "firm", "business"}
# Nouns a news article uses for what it named before: "the band", "the firm", "the incident".
_STAND_INS = {"band", "group", "company", "firm", "club", "team", "side", "country", "party",
              "organisation", "organization", "body", "region", "city", "state", "nation",
              "incident", "move", "decision", "row", "matter", "situation", "announcement",
              "champion", "seed", "youngster", "veteran", "newcomer", "teenager", "peer",
              "duo", "trio", "quartet", "pair", "couple"} | _TRADES
# And those that do so alone, without a word before them ("the technology", not "the Marlin
# technology").
_BARE_STAND_INS = {"technology", "system", "scheme", "project", "plan", "deal", "device",
                   "product", "service", "software", "machine", "proposal", "measure",
                   "programme",
                   # and the event or work named before: "the game", "the film"
                   "game", "match", "tie", "fixture", "contest", "race", "tournament", "event",
                   "film", "movie", "album", "book", "show", "series", "song", "single",
                   "case", "trial", "bill", "report", "study", "survey", "date", "title",
                   # and what was said before: "embrace the idea"
                   "idea", "concept", "issue", "problem"}
_ANY_STAND_INS = _STAND_INS | _BARE_STAND_INS


# Nouns for a share of something: `PARTS_OF_WHOLE` and the like.
_SHARES_OF_WHOLE = PARTS_OF_WHOLE | {"chunk", "slice", "portion", "proportion", "fraction",
                                    "bulk", "piece", "share"}


def _a_body(token: Token) -> bool:
    """Whether ``token`` is a body's word written in a name: "Council", "Societies"."""
    word = token.lower_
    return token.is_title and (word in BODIES or word.endswith("ies") and word[:-3] + "y" in
                               BODIES or word.endswith("s") and word[:-1] in BODIES)


def _piece_of_a_name(answer: Span) -> bool:
    """Whether ``answer`` is a word cut from a longer name: "Four" of "the Fantastic Four" (no
    count), "50" or "Cent" of "50 Cent", "Marat" of "Marat Safin"."""
    from .gazetteer import kind_of
    from .word_classes import SEX_OF_FIRST_NAME

    doc, root = answer.doc, answer.root
    before = doc[answer.start - 1] if answer.start else None
    after = doc[answer.end] if answer.end < len(doc) else None
    if root.like_num and root.is_alpha and root.is_title and root.i != root.sent.start and \
            root.i > 0 and doc[root.i - 1].is_title and doc[root.i - 1].pos_ == "PROPN":
        return True
    if before is not None and before.text == "&" or after is not None and after.text == "&":
        return True  # "McLennan" of "Marsh & McLennan"
    if after is not None and answer[-1].pos_ == after.pos_ == "PROPN" and \
            answer[-1].dep_ == "compound" and answer[-1].head == after and after.ent_type_ and \
            not is_honorific(answer[-1]):
        return True  # "Vauxhall Astra" of "Vauxhall Astra GSI", "Sony" of "Sony PlayStation"
    if before is not None and before.pos_ == "PROPN" and before.dep_ == "compound" and \
            before.head.i in range(answer.start, answer.end) and before.ent_type_ in (
                "PRODUCT", "ORG", "WORK_OF_ART", "FAC") and before.ent_iob_ != "O":
        return True  # "GSI" of "Vauxhall Astra GSI", which the recogniser split
    if after is not None and answer[-1].pos_ == "PROPN" and (
            re.fullmatch(r"[IVX]{2,}|[A-Z]{1,3}-?\d{2,}\w*", after.text) or
            after.like_num and after.is_alpha and after.is_title):
        return True  # "BBC" of "BBC One", "MDA" of "the MDA IV", "Airbus" of "Airbus A320": a
        # name with its number
    if after is not None and after.text == ":" and not answer[-1].whitespace_ and \
            answer.end + 1 < len(doc) and doc[answer.end + 1].is_title or \
            before is not None and before.text == ":" and answer.start > 1 and \
            not doc[answer.start - 2].whitespace_ and (doc[answer.start - 2].pos_ == "PROPN" or
                                                       doc[answer.start - 2].is_title) \
            and answer[0].is_title and answer.sent.start < answer.start - 2:
        return True  # "GTA" or "San Andreas" of "GTA: San Andreas" (and "The Beginning" of
        # "prequel Exorcist: The Beginning", which the tagger took for common nouns)
    joined = doc[answer.end + 2] if answer.end + 2 < len(doc) else None
    if after is not None and after.lower_ == "and" and joined is not None and \
            doc[answer.end + 1].lower_ == "the" and joined.is_title and joined.pos_ == "PROPN" \
            and joined.dep_ == "conj" and joined.head == root and joined.ent_type_ in (
                "", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT") and \
            joined.lower_ not in _RANKS and all(t.is_title for t in answer if t.is_alpha):
        return True  # "Harry Potter" of "Harry Potter and the Prisoner of Azkaban" (but "the
        # Queen and the Duke of Kent", "Labour and the Greens")
    if before is not None and before.text in ("A", "An") and not before.is_sent_start and \
            answer[0].is_title:
        return True  # "Little Princess" of the film "A Little Princess"
    if len(answer) == 1 and answer.text in SEX_OF_FIRST_NAME and after is not None and \
            after.lower_ == "the" and answer.end + 1 < len(doc) and doc[answer.end + 1].is_title:
        return True  # "William" of "William the Conqueror"
    if len(answer) == 1 and answer[0].is_title and answer[0].ent_type_ in ("", "WORK_OF_ART"):
        # "Shaun" of the film "Shaun of the Dead", "Medal" of "Medal of Honor" (not "Blair" of
        # "Blair of the Labour Party", a person the recogniser knows), and "Duty" of "Call of
        # Duty"
        the = 1 if answer.end + 1 < len(doc) and doc[answer.end + 1].lower_ == "the" else 0
        if after is not None and after.lower_ == "of" and answer.end + 1 + the < len(doc) and \
                doc[answer.end + 1 + the].is_title and (
                    answer[0].tag_ != "NNS" or not answer[0].is_sent_start):
            return True  # (but "Fans of the Crown …" opening a sentence are fans)
        if before is not None and before.lower_ == "of" and answer.start > 1 and \
                doc[answer.start - 2].is_title and doc[answer.start - 2].ent_type_ in (
                    "", "WORK_OF_ART") and (doc[answer.start - 2].tag_ != "NNS" or
                                            not doc[answer.start - 2].is_sent_start):
            return True
    if before is not None and before.is_title and not before.is_sent_start and \
            before.pos_ in ("ADP", "CCONJ", "DET") and answer[0].is_title and \
            before.lower_ not in ("a", "an", "the"):
        return True  # "Borders" of "Reporters Without Borders": a small word with a capital is
        # inside a name
    if after is not None and after.is_title and after.pos_ in ("ADP", "CCONJ", "DET") and \
            after.lower_ not in ("a", "an", "the") and answer[-1].is_title and \
            answer.end + 1 < len(doc) and doc[answer.end + 1].is_title:
        return True  # "Drink" of "Drink Or Die", "Reporters" of "Reporters Without Borders"
    if after is not None and after.tag_ == "POS" and answer[-1].text[:1].isupper() and (
            answer.end + 1 == len(doc) or doc[answer.end + 1].text in (",", ".", ";", ":", ")")
            or doc[answer.end + 1].pos_ in ("VERB", "AUX", "ADP", "CCONJ")):
        return True  # "McDonald" of "McDonald's, the world's largest restaurant chain, is …":
        # an "'s" that owns nothing is the name's own
    if answer[0].text in ("St", "St.", "Saint") and after is not None and after.tag_ == "POS" \
            and answer.end + 1 < len(doc) and doc[answer.end + 1].is_title:
        return True  # "St Fintian" of "St Fintian's High School", "St James" of "St James's
        # Park": a saint's name is a place's
    if before is not None and before.lower_ == "and" and answer.start > 1 and \
            kind_of(doc[answer.start - 2:answer.end].text) or after is not None and \
            after.lower_ == "and" and kind_of(doc[answer.start:answer.end + 2].text):
        return True  # "Tobago" of "Trinidad and Tobago"
    if len(answer) == 1 and root.lower_ in month_names() and before is not None and \
            before.like_num and before.text.isdigit() and int(before.text) <= 31:
        return True  # "July" of "16 July", which the recogniser missed
    if len(answer) == 1 and root.lower_ in _WEEKDAYS and before is not None and \
            before.is_title and before.pos_ == "PROPN" and not before.is_sent_start and \
            before.lower_ not in _WEEKDAYS | _MONTHS:
        return True  # "Wednesday" of "Sheffield Wednesday", "Friday" of "Good Friday"
    if len(answer) == 1 and root.lower_ in BODIES and after is not None and \
            after.lower_ == "for" and answer.end + 1 < len(doc) and \
            doc[answer.end + 1].is_title and doc[answer.end + 1].pos_ == "PROPN":
        return True  # "Department" of "A Department for Work and Pensions spokeswoman"
    at = answer.start - 1
    while answer[0].is_title and at > answer.sent.start and (
            doc[at].is_title or doc[at].lower_ in ("of", "for", "and", "&", "the")):
        if _a_body(doc[at]) and doc[at + 1].lower_ in ("of", "for"):
            return True  # "Pensions" of "the Department for Work and Pensions", "Red Cross" of
            # "the International Federation of the Red Cross and Red Crescent Societies"
        at -= 1
    at = answer.end + 1
    if after is not None and after.lower_ in ("and", "&") and answer[-1].is_title:
        while at < answer.sent.end and doc[at].is_title and not doc[at].is_sent_start:
            if _a_body(doc[at]):
                return True  # "World Travel" of "the World Travel and Tourism Council"
            at += 1
    if before is not None and before.lower_ in ("and", "&") and answer.start > 1 and \
            doc[answer.start - 2].is_title and not doc[answer.start - 2].is_sent_start and \
            _a_body(answer[-1]) and len(answer) > 1:
        return True  # "Tourism Council" of "the World Travel and Tourism Council"
    if before is not None and before.lower_ == "the" and answer.start >= 3 and \
            doc[answer.start - 2].lower_ == "of" and doc[answer.start - 3].is_title and (
                doc[answer.start - 3].pos_ == "PROPN" or doc[answer.start - 3].is_sent_start) \
            and answer[0].is_title and \
            root.ent_type_ not in ("GPE", "LOC", "NORP", "PERSON") and \
            doc[answer.start - 3].ent_type_ != "PERSON":
        return True  # "Sky" of "Queen of the Sky", the name of a blog
    if answer[-1].text in ("Today", "Tonight") and not answer[-1].is_sent_start:
        return True  # "that day's Today" of "On that day's Today programme": a programme
    if _one_title(answer):
        return True  # "Tom Sawyer" of "Tom Sawyer and the Iron Mask has topped the chart"
    if _in_a_law_s_name(answer):
        return True  # "Succession" or "Crown Bill" of "the Succession to the Crown Bill"
    if answer[0].lower_ == "of" or all(t.is_title and t.pos_ == "PROPN" for t in answer) and \
            after is not None and after.lower_ == "of" and answer.end + 1 < len(doc) and \
            root.ent_type_ != "PERSON" and doc[answer.end + 1].is_title and \
            doc[answer.end + 1].pos_ == "PROPN" or answer[0].is_title and all(
                t.is_title or t.is_punct or t.lower_ == "and" for t in answer) and (
            before is not None and before.lower_ == "of" and answer.start > 1 and
            doc[answer.start - 2].is_title and doc[answer.start - 2].pos_ == "PROPN" and
            not doc[answer.start - 2].is_sent_start):
        return True  # "Medal" or "Honor" of "Medal of Honor", "of England" of "the Bank of
        # England", "Directors Guild" of "the Directors Guild of Great Britain", "Economy,
        # Trade and Industry" of "the Ministry of Economy, Trade and Industry"
    if all(t.is_title for t in answer) and not answer[0].is_sent_start and after is not None \
            and after.lower_ == "of" and answer.end + 2 < len(doc) and \
            doc[answer.end + 1].lower_ == "the" and doc[answer.end + 2].text in _AWARD_ENDS:
        return True  # "European Businessman" of "European Businessman of the Year"
    if answer[0].lower_ in ("year", "month", "season", "match", "tournament") and \
            before is not None and before.lower_ == "the" and answer.start > 1 and \
            doc[answer.start - 2].lower_ == "of":
        return True  # "year in 2004" of "France's player of the year in 2004": an award's name
    if root.pos_ == "PROPN" and after is not None and after.like_num and \
            after.head == root and after.dep_ == "nummod" and \
            all(t.pos_ == "PROPN" and not t.like_num for t in answer):
        return True  # "CAC" of "the CAC 40 index", "BBC News" of "BBC News 24"
    if before is not None and before.is_sent_start and before.dep_ in ("compound", "amod") \
            and root.pos_ == "PROPN" and answer.start <= before.head.i < answer.end and \
            before.is_title and root.ent_type_ != "PERSON" and capitalised_elsewhere(before):
        return True  # "Madrid" of "Real Madrid view him …", where the article writes "Real"
        # with its capital inside a sentence too (but "President Viktor Yushchenko" is a
        # person's title and name)
    if answer[0].like_num and before is not None and before.pos_ == "PROPN" and \
            before.is_title and answer[0].head == before and answer[0].dep_ == "nummod":
        return True  # "24" of "BBC News 24", "2" of "Halo 2"
    if len(answer) == 1 and (root.like_num and after is not None and after.is_title and
                             after.pos_ == "PROPN" and root.head == after or
                             root.pos_ == "PROPN" and before is not None and before.like_num and
                             before.head == root and root.is_title and not before.is_alpha):
        return True
    return root.dep_ == "compound" and root.head.i == answer.end and \
        root.head.pos_ == "PROPN" and root.head.is_title


# Light nouns that say nothing even with an adjective ("the clever bit", "new things"; but
# "a composite number", "parliamentary time" name something).
_EMPTY_NOUNS = {"way", "thing", "bit", "part", "lot", "future", "past", "sort", "kind", "type",
                "side", "end", "fact", "need"}
# Nouns for an amount that say nothing without its figure: "a previous estimate".
_VAGUE_AMOUNTS = {"majority", "minority", "estimate", "proportion", "amount", "total", "figure"}
# Nouns that only measure a change: "its fastest rate", "their lowest level".
_MEASURES_OF_CHANGE = {"rate", "pace", "level", "levels", "speed", "point", "ebb"}

# How the name of an award ends: "Player of the Year", "Man of the Match".
_AWARD_ENDS = {"Year", "Month", "Season", "Match", "Tournament", "Decade", "Century"}

# Ranks and offices written before "of" and a place: "the Duke of Kent", "the Mayor of Leeds".
_RANKS = {"duke", "duchess", "prince", "princess", "king", "queen", "earl", "countess",
          "count", "baron", "baroness", "marquess", "emperor", "empress", "president",
          "chancellor", "mayor", "bishop", "archbishop", "pope", "governor", "minister",
          "secretary", "speaker", "chairman", "chief", "head", "dean", "provost", "master"}


def _in_a_law_s_name(answer: Span) -> bool:
    """Whether ``answer`` is a part of a bill's or a law's name with a small word inside it
    ("the Succession to the Crown Bill", "the Prevention of Terrorism Act")."""
    doc, sentence = answer.doc, answer.sent
    if not any(t.text in _LAW_WORDS for t in doc[answer.start:min(answer.end + 8, sentence.end)]):
        return False  # (no law's name ends within reach: the pattern is only tried where it
        # may match, since it is asked of every answer)
    words = [t.text for t in sentence]
    at, end = answer.start - sentence.start, answer.end - sentence.start
    text = " ".join(words)
    for match in _LAW_NAME.finditer(text):
        first = len(text[:match.start()].split())
        last = first + len(match.group(0).split())
        if first <= at < last or first < end <= last:
            return not (first == at and last == end)
    return False


# A name of a law or a bill with small words inside: "Succession to the Crown Bill".
_LAW_WORDS = {word.title() for word in _LAWS | {"bill", "order"}}
_LAW_NAME = re.compile(r"(?<!\S)(?!(?:The|A|An)\s)(?:[A-Z][\w'-]*\s)+"
                       r"(?:(?:to|of|for|on|and|in)\s(?:the\s)?"
                       r"(?:[A-Z][\w'-]*\s)*)+(?:{})(?!\S)".format("|".join(sorted(_LAW_WORDS))))


def _one_title(answer: Span) -> bool:
    """Whether ``answer`` is a part of a list the sentence's verb takes as one thing, a title's
    ("Tom Sawyer and the Iron Mask has topped …")."""
    root = answer.root
    first = root.head if root.dep_ == "conj" else root
    items = [first, *first.conjuncts]
    if first.dep_ not in ("nsubj", "nsubjpass") or len(items) < 2 or \
            all(answer.start <= t.i < answer.end for t in items):
        return False
    verb = first.head
    return any(t.tag_ == "VBZ" or t.lower_ == "was"
               for t in (verb, *verb.children) if t == verb or t.dep_ in ("aux", "auxpass"))


# The words between a noun said twice in a fixed phrase: "year on year", "side by side".
_DOUBLING_WORDS = {"on", "by", "to", "after", "in", "for"}


def _clause_right_after(answer: Span) -> bool:
    """Whether a clause begins with its subject right after ``answer``, with no "and", comma or
    "that" between: the parser's reading of a clause about the noun ("the claim the plan
    failed")."""
    from .questions import VERBS, subject_of

    doc = answer.doc
    if answer.end >= len(doc):
        return False
    verb = next((a for a in doc[answer.end].ancestors if a.pos_ in VERBS), None)
    subject = subject_of(verb) if verb is not None else None
    return subject is not None and subject.left_edge.i == answer.end and \
        verb.left_edge.i == answer.end and answer.root not in verb.subtree


def _in_a_telephone_number(answer: Span) -> bool:
    """Whether ``answer`` holds digit groups of a telephone number: "111" of "0800 555 111" (a
    run of three groups of digits or more, or of two after a 0), or "0800 555 111 or 0161"."""
    doc = answer.doc
    for token in answer:
        if not token.is_digit:
            continue
        first = last = token.i
        while first > 0 and doc[first - 1].is_digit and doc[first - 1].whitespace_:
            first -= 1
        while last + 1 < len(doc) and doc[last + 1].is_digit and doc[last].whitespace_:
            last += 1
        run = doc[first:last + 1]
        if len(run) >= 3 or len(run) == 2 and run[0].text.startswith("0") and len(run[0]) >= 3:
            return True  # (but "400 000 pounds" is a sum)
    return False


# Small words inside a name: "Safe Travel at Night".
_SMALL_WORDS_IN_NAMES = {"at", "of", "for", "in", "on", "the", "to"}


def _a_place(name: str, word: Token) -> bool:
    """Whether ``word`` (written ``name``) is a place's name, to the recogniser or the
    gazetteer."""
    from .gazetteer import kind_of

    return word.ent_type_ in ("GPE", "LOC") or bool(kind_of(name))


def _cut_from_a_title(answer: Span) -> bool:
    """Whether ``answer`` is a piece of a name with small words in it that describes a noun
    after it: "Safe Travel" or "Night campaign" of "the Safe Travel at Night campaign"; or of
    one that opens with a place after "the": "London" or "Sydney Marathon" of "the London to
    Sydney Marathon"."""
    doc = answer.doc
    end, start = answer.end, answer.start

    def place(token: Token) -> bool:
        return token.is_title and _a_place(token.text, token)

    def titled_of(at: int) -> bool:  # "Justice of" before the place at ``at``
        return at >= 2 and doc[at - 1].lower_ == "of" and doc[at - 2].is_title and \
            doc[at - 2].pos_ == "PROPN" and not place(doc[at - 2])

    # (the cheap tests first: this runs for every candidate)
    if end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN" and \
            answer[-1].is_title and answer[-1].whitespace_ and \
            doc[end].ent_type_ not in ("DATE", "TIME") and any(
                t.lower_ in _SMALL_WORDS_IN_NAMES and t.is_lower for t in answer[1:-1]):
        return True  # "Office of the Chief" of "the Office of the Chief Fire Officer"
    if end + 1 < len(doc) and doc[end].lower_ == "and" and titled_of(end - 1) and \
            place(answer[-1]) and place(doc[end + 1]) or start >= 4 and \
            doc[start - 1].lower_ == "and" and titled_of(start - 2) and place(answer[0]) and \
            place(doc[start - 2]):
        return True  # "Lord Chief Justice of England and Wales": its places are the title's
    if end + 1 < len(doc) and start and doc[start - 1].lower_ == "the" and \
            _a_place(answer.text, answer.root) and doc[end].lower_ in _SMALL_WORDS_IN_NAMES \
            and doc[end].is_lower and doc[end + 1].is_title and doc[end + 1].pos_ == "PROPN" \
            and doc[end + 1].ent_type_ not in ("DATE", "TIME"):
        return True
    if start >= 3 and doc[start - 3].lower_ == "the" and (
            _a_place(doc[start - 2].text, doc[start - 2]) or doc[start - 3].text == "The" and
            doc[start - 3].i != doc[start - 3].sent.start and doc[start - 2].is_title) and \
            doc[start - 1].lower_ in _SMALL_WORDS_IN_NAMES and doc[start - 1].is_lower and \
            answer[0].is_title:
        return True  # (and "White" of "… and The Woman in White all had …", a title)
    if end + 1 < len(doc) and answer[-1].is_title and answer[-1].pos_ == "PROPN" and \
            doc[end].lower_ in _SMALL_WORDS_IN_NAMES and doc[end].is_lower and \
            doc[end + 1].is_title and doc[end + 1].dep_ == "compound" and \
            doc[end + 1].head.i > end + 1 and doc[end + 1].head.is_lower and \
            doc[end + 1].ent_type_ not in ("DATE", "TIME"):
        return True  # (but "the Circle on Wednesday night": a time after a whole name)
    return start >= 2 and answer[0].is_title and answer[0].dep_ == "compound" and \
        answer[0].ent_type_ not in ("DATE", "TIME") and \
        answer.root.is_lower and doc[start - 1].lower_ in _SMALL_WORDS_IN_NAMES and \
        doc[start - 1].is_lower and doc[start - 2].is_title and \
        doc[start - 2].pos_ == "PROPN" and doc[start - 2].i != doc[start - 2].sent.start


# Nouns for a piece of something, said with "of" what it is a piece of (the parts of a whole
# are asked with their "of": "What share of pictures …? — vast majority").
_PIECES = {"piece", "bit", "slice", "portion", "share", "chunk", "fraction", "proportion"}
# Nouns that make an idiom with a possessive: "changed his mind", "did their best".
_OWN_IDIOMS = {"mind", "mark", "way", "word", "weight", "right", "best", "part", "say", "bit",
               "utmost"}


def _is_trivial(answer: Span, title_words: set[str]) -> bool:
    """Pronouns, stop words, the article's own topic and pieces of hyphenated words ("two" in
    "two-state") are no answers; numbers are."""
    from .distractors import LIGHT_NOUNS, ORDINAL_WORDS

    text = _norm(answer.text)
    doc = answer.doc
    if answer.end < len(doc) and not answer[-1].whitespace_ and \
            doc[answer.end].text in ("-", "–"):
        return True
    if answer.start > 1 and doc[answer.start - 1].text in ("-", "–") and not \
            doc[answer.start - 1].whitespace_ and not doc[answer.start - 2].whitespace_:
        return True  # "election chances" of "re-election chances", "Paleogene" of
        # "Cretaceous–Paleogene"
    if _cut_from_a_title(answer) or is_abbreviation(answer):
        return True  # (a short form in brackets says again the words before it: "megawatts
        # ({{c1::MW}})")
    root = answer.root
    if answer[0].tag_ == "VBG" and answer[0].dep_ == "amod" and answer.start and \
            doc[answer.start - 1].pos_ == "NOUN" and doc[answer.start - 1].tag_ == "NN":
        return True  # "the most time {{c1::consuming elements}}": an adjective of two words
        # written apart, cut in half
    if any(t.lower_ == "one" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "another"
           for t in answer):
        return True  # "propping up one another's prices": no count, nor a thing of its own
    if len(answer) == 1 and root.lower_ == "one" and root.dep_ == "nummod" and any(
            t.lower_ in ("another", "other", "different") for t in doc[root.i + 1:answer.sent.end]):
        return True  # "from one shelf to another": "a", set against another, not a count
    if root.lower_ in ("one", "ones") and root.pos_ == "NOUN" and len(answer) > 1:
        return True  # "the alien ones", "a cheaper one": a thing named before, not here
    if root.lower_ == "terms" and root.dep_ == "pobj" and root.head.lower_ == "in":
        return True  # "in financial terms": a point of view, no thing
    if len(answer) == 1 and root.like_num and any(
            t.pos_ == "PROPN" for t in (*root.conjuncts, root.head)
            if t.dep_ == "conj" or root.dep_ == "conj"):
        return True  # "firms like Spain's Movil and 3": a name in a list of names, no count
    if answer.end < len(doc) and answer.root.i == answer.end - 1 and \
            plural_read_as_a_verb(doc[answer.end]):
        return True  # "junior world" of "the junior world rankings", "rankings" read as a verb
    last = answer[-1]
    if last.like_num and last.is_alpha and last.is_title and last.i != last.sent.start and \
            answer.end < len(doc) and doc[answer.end].is_title and \
            doc[answer.end].pos_ == "PROPN":
        return True  # "four Six" of "four Six Nations captains"
    if answer[0].lower_ == "not":
        return True  # "that {{c1::not all funds}} raised would go …": a denial, no thing
    if answer[0].pos_ == "ADP" and answer[0].dep_ == "prep" and answer[0] == answer.root and \
            not any(t.like_num for t in answer):
        return True  # "optimism {{c1::about the years ahead}}": a phrase, no thing (but
        # "due {{c1::between 2008 and 2012}}" is a time)
    if answer.root.dep_ in ("amod", "compound") and answer.root.head.i >= answer.end and \
            answer.root.ent_type_ in ("", "DATE") and not any(t.like_num for t in answer) \
            and answer.root.pos_ in ("ADJ", "NOUN"):
        return True  # "the maths of {{c1::modern-day}} football": a quality, no thing or time
    if re.fullmatch(r"(past|last)( few| \w+)? (day|week|month|year|decade)s?", text) and (
            text.startswith("past") or answer.start and doc[answer.start - 1].lower_ == "the"):
        return True  # "slid 41% in the past year": a stretch up to now, no time to ask when
    if re.fullmatch(r"(the )?(run|lead|build) ?- ?up", answer.text.lower()):
        return True  # "in the run-up to the election": which one, its "to" says
    if answer.root.pos_ == "PROPN" and answer.root.ent_type_ not in ("DATE", "TIME") and any(
            t.dep_ == "compound" and t.head == answer.root and t.ent_type_ in ("DATE", "TIME")
            for t in answer):
        return True  # "Tuesday Acme" of "On Tuesday Acme, the …, confirmed": a day and a name
    if re.fullmatch(r"(a )?(single|one) (day|night|week|weekend|month|year)", text) or \
            re.fullmatch(r"(day|night|morning|afternoon|evening|weekend)", text) and all(
                c.lower_ == "the" for c in answer.root.children):
        return True  # "conducted on a single day": how long, no time; "throughout the night",
        # "over the weekend": which one, the article says elsewhere
    if len(answer) == 1 and re.fullmatch(r"\d{1,3}", answer.text) and answer.start >= 2 and \
            answer.end < len(doc) and doc[answer.start - 1].text == doc[answer.end].text == "," \
            and doc[answer.start - 2].pos_ == "PROPN" and answer.root.dep_ != "appos":
        return True  # "follows Adrian, 13, on a journey": his age, which the parse hung on the
        # verb ("When does … follow Adrian?"; as an apposition it is asked "How old is …?")
    if any(0 <= i < len(doc) and doc[i].text[:1] in "+=×÷"
           for i in range(answer.start - 1, answer.end + 1)):
        return True  # "a poster reading {{c1::2}} +2=5": a sum's figure, no fact
    if _in_a_telephone_number(answer):
        return True  # "on 0800 555 111": digits of a telephone number, no figure
    if re.fullmatch(r"(following|previous|preceding|same|that|next) (day|week|month|year|"
                    r"season|decade|century)", text):
        return True  # "the following year": which one, only the sentence before says
    if re.fullmatch(r"(day|weekend|week|morning|afternoon|evening|night)", text) and \
            answer.end < len(doc) and doc[answer.end].lower_ == "of":
        return True  # "on the weekend of 27-28 May": which weekend, its "of" phrase says
    if any(doc[i].lower_ == doc[i + 2].lower_ and doc[i + 1].lower_ in _DOUBLING_WORDS and
           doc[i].pos_ == "NOUN" for i in range(max(0, answer.start - 2),
                                                min(answer.end, len(doc) - 2))):
        return True  # "month on month", "hand in hand": a way of saying, not a thing
    root = answer.root
    if root.ent_type_ in ("DATE", "TIME") and answer.end + 1 < len(doc) and doc[
            answer.end].lower_ in ("a", "an", "per", "each") and doc[
            answer.end + 1].lemma_.lower() in DURATION_UNITS:
        return True  # "six days a week": how often, no time
    if root.head.i == answer.end and not root.ent_type_ and root.pos_ == "NOUN" and (
            root.dep_ == "compound" or root.dep_ == "nsubj" and root.head.tag_ == "VBG" and
            not any(c.dep_ in ("aux", "auxpass") for c in root.head.children)):
        return True  # "illegal film" of "illegal film downloading": a piece of the thing
    if (root.lemma_.lower() in PEOPLE or root.lemma_.lower() in _STAND_INS) and any(
            c.ent_type_ == "ORDINAL" or c.tag_ == "JJS" or c.lower_ in ("only", "last")
            for c in root.children if c.i < root.i) and (any(
            c.dep_ in ("acl", "relcl") and c.i >= answer.end for c in root.children) or
            answer.end + 1 < len(doc) and doc[answer.end].lower_ == "to" and
            doc[answer.end + 1].tag_ == "VB"):
        return True  # "the first man" of "the first man to defend the title": first in what,
        # the rest says
    if root.ent_type_ in ("DATE", "TIME") and root.lemma_.lower() in DURATION_UNITS and any(
            c.dep_ == "relcl" and c.i >= answer.end for c in root.children):
        return True  # "lamented two years in which …": which years the clause says, no
        # length of time ("How long did he lament?")
    if answer.end < len(doc) and doc[answer.end].lower_ in ("old", "olds") and \
            answer[-1].lemma_.lower() in DURATION_UNITS:
        return True  # "12 year" of "12 year olds": a piece of who, no time
    if root.ent_type_ in ("DATE", "TIME") and root.dep_ == "pobj" and root.head.lower_ == "in" \
            and any(c.tag_ == "PRP$" for c in root.children) and \
            any(t.lower_ in (*ORDINAL_WORDS, "last", "final") or
                re.search(r"\d(st|nd|rd|th)$", t.text) for t in answer):
        return True  # "now in its third year": how old a thing is, no time ("When is Bangkok a
        # recent addition? — third year"; but "took $36m on its first weekend" says when)
    if root.ent_type_ == "DATE" and len(answer) == 1 and re.fullmatch(r"\d{1,2}", answer.text) \
            and root.dep_ == "pobj" and root.head.lower_ == "at":
        return True  # "At 34, she will be aware …": an age, no date
    if root.ent_type_ not in ("DATE", "TIME") and any(
            t.dep_ == "det" and t.lower_ in ("this", "that", "these", "those") and t != answer[0]
            for t in answer):
        return True  # "the very front line of that campaign", "the main result of these
        # launches": which one, the sentence before says
    if root.pos_ == "NOUN" and root.lemma_.lower() in PEOPLE and not root.ent_type_ and any(
            c.dep_ == "det" and c.lower_ in ("a", "an") for c in root.children) and not any(
            t.pos_ == "PROPN" for t in answer):
        return True  # "no plans to sign a new goalkeeper": anyone at all, no one to name
    if root.pos_ == "NOUN" and not any(t.like_num for t in answer) and any(
            c.dep_ in ("appos", "nummod") and c.like_num and c.i >= answer.end
            for c in root.children):
        return True  # "record" of "slid to a record $1.36": the figure is the fact
    if any(t.dep_ in ("det", "nummod") and t.lower_ in ("every", "each", "any")
           for t in answer) and not any(t.pos_ in ("PROPN", "NUM") for t in answer):
        return True  # "in {{c1::virtually every department}}": all of them, none to name
    if root.lemma_.lower() in ("subject", "issue", "question", "topic", "matter") and \
            answer.start >= 2 and doc[answer.start - 1].lower_ == "the" and \
            doc[answer.start - 2].lower_ == "on" and any(c.lower_ == "of" for c in root.children):
        return True  # "On the {{c1::subject of Liverpool's finances}}, Parry revealed …": what
        # the rest is about, no fact
    if root.lemma_.lower() == "job" and root.dep_ == "dobj" and root.head.lemma_ == "do":
        return True  # "did a {{c1::fine job}} of capturing …": how well, no thing
    if answer.end < len(doc) and (answer[-1].lower_, doc[answer.end].lower_) in (
            ("thanks", "to"), ("due", "to"), ("instead", "of"), ("ahead", "of"),
            ("prior", "to"), ("regardless", "of")):
        return True  # "a $1m tournament thanks to …": the first word of a preposition
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.head.head.lower_ == "one" and \
            root.tag_ in ("NNS", "NNPS") and all(
                t.dep_ in ("det", "amod") and t.pos_ in ("DET", "ADJ") for t in answer if t != root):
        return True  # "One of the {{c1::biggest challenges}} … is how to …": which one, the
        # rest of the sentence says
    if len(answer) > 1 and any(t.tag_ in ("VBZ", "VBP", "MD") and t.dep_ in ("compound", "amod")
                               for t in answer):
        return True  # "trial breaks human rights laws" of "Detaining suspects without trial
        # breaks human rights laws": the sentence's verb read as a noun of the phrase
    if answer[0].like_num and answer.start >= 2 and \
            doc[answer.start - 2].lower_ == "out" and doc[answer.start - 1].lower_ == "of":
        return True  # "10" of "Eight out of 10 voters": the whole, not how many
    if root.lower_ == "record" and answer.end < len(doc) and doc[answer.end].lower_ in (
            "high", "low", "highs", "lows"):
        return True  # "hit a record high", read as "hit a record" and "high"
    if root.lower_ in _MEASURES_OF_CHANGE and any(
            t.tag_ in ("JJS", "RBS") or t.lower_ in ("record", "slowest", "fastest")
            for t in answer) and (answer.start == 0 or doc[answer.start - 1].tag_ == "PRP$" or
                                  root.dep_ == "pobj"):
        return True  # "grew at its fastest rate in …": the superlative says how
        # much, no thing to name ("What did the economy grow at? — fastest rate")
    if len(answer) == 1 and root.like_num and root.dep_ == "nummod" and \
            root.head.pos_ == "PROPN" and root.head.i == root.i - 1 and \
            root.head.lower_ not in _LAWS:
        return True  # "Football Manager 2005", "Euro 2004": a piece of a name (but "the
        # Scotland Act 1998" says when the law was made)
    if root.dep_ == "pobj" and root.head.lower_ == "of" and answer.start and \
            doc[answer.start - 1].text == "the" and root.head.head.is_title and \
            not root.head.head.is_sent_start and answer[0].is_title and \
            (root.ent_type_ not in ("GPE", "LOC", "ORG", "FAC", "NORP") or
             len(answer) == 1 and root.ent_type_ == "ORG"):  # (but "of the Royal Society")
        return True  # "Lord of the Rings", "Return of the Mack": a piece of a title
    if root.ent_type_ in ("GPE", "LOC") and name_goes_on(answer[-1]) and \
            not doc[answer.end].ent_type_:
        return True  # "Qatar" of "the Qatar Open": a piece of another name
    if answer.start and answer[0].is_title and not answer[0].is_sent_start and \
            answer[0].ent_type_ not in ("PERSON", "GPE", "LOC") and \
            (before := doc[answer.start - 1]).is_title and \
            (before.ent_type_ in ("NORP", "LANGUAGE") or before.pos_ == "ADJ") and \
            before.dep_ in ("amod", "compound") and before.head.i in range(answer.start,
                                                                            answer.end):
        return True  # "Democrats" of "the English Democrats", "Assembly" of "the Welsh
        # Assembly": a piece of a name whose first word says where it is from
    if answer.start > 1 and answer[0].is_title and doc[answer.start - 1].lower_ in (
            "for", "of") and (named := doc[answer.start - 2]).is_title and \
            not named.is_sent_start and named.pos_ in ("NOUN", "PROPN") and \
            not named.ent_type_ and named.lemma_.lower() not in PEOPLE:
        return True  # "Borders Rail" of "Campaign for Borders Rail": the rest of a name whose
        # start the recogniser left out (but "Minister for Europe" names a place)
    if answer[0].ent_type_ in ("", "DATE", "TIME", "CARDINAL", "QUANTITY") and not any(
            t.pos_ == "PROPN" for t in answer) and any(
            t.dep_ == "prep" and any(c.dep_ == "pobj" and c.i >= answer.end for c in t.children)
            for t in answer):
        return True  # "first day of a two-day" of "… of a two-day hearing": a phrase cut before
        # its noun
    if answer[-1].ent_type_ == "PERSON" and answer.end < answer.sent.end and \
            answer[-1].dep_ == "compound" and answer[-1].head.i == answer.end and \
            doc[answer.end].text[:1].isupper() and doc[answer.end].ent_type_ != "PERSON":
        return True  # "Davis" of "the Davis Cup", "Pocket" of "Pocket PCs": a piece of a name
        # the recogniser took for a person's
    if answer.start > 1 and doc[answer.start - 1].lower_ == "the" and answer[0].is_title and \
            (before := doc[answer.start - 2]).is_title and before.pos_ in ("ADP", "SCONJ") and \
            not before.is_sent_start:
        return True  # "Beyond the Sea", "Under the Bridge": a piece of a title
    if _list_size(root) >= 3 and _cut_from_list(answer) or _comma_list_size(answer) >= 3 or \
            _names_in_a_row(answer) >= 4:
        return True  # one item of a list: "Syria, ___, Gaza" could be any of them (also where
        # the parser lost the list: "Norway, Chile, Kenya … want …")
    if len(answer) == 1 and root.pos_ == "NOUN" and not root.ent_type_ and root.dep_ == "pobj" \
            and root.tag_ in ("NN", "NNS") and root.lower_ in _IDIOM_NOUNS and not any(
                c.dep_ in ("det", "poss") for c in root.children):
        return True  # "in turn", "at risk", "by hand", "behind bars": an idiom, not a thing
    if len(answer) == 1 and root.dep_ == "pobj" and (
            root.lower_ in _IDIOM_AFTER_THE and root.head.lower_ in ("on", "in", "off", "at")
            and [c.lower_ for c in root.children] == ["the"] or
            root.lower_ in _IDIOM_AFTER_A and root.head.lower_ in ("as", "for", "in") and
            [c.lower_ for c in root.children] == ["a"]):
        return True  # "on the mend", "on the rise", "as a result": an idiom, not a thing
    if text in _IDIOM_PHRASES and root.dep_ == "pobj":
        return True  # "in short supply", "in full swing": an idiom, not a thing
    if root.lemma_ == "time" and root.dep_ == "pobj" and root.head.lower_ == "for" and any(
            c.ent_type_ == "ORDINAL" or c.lower_ in ("last", "final", "next")
            for c in root.children):
        return True  # "playing in Europe for the first time": how often, no thing to ask for
    if len(answer) == 1 and root.dep_ in ("dobj", "attr") and (
            root.head.lemma_, root.lower_) in _IDIOM_OBJECTS:
        return True  # "parting company with", "take place": an idiom, not a thing
    if len(answer) == 1 and root.tag_ == "NN" and not root.ent_type_ and root.dep_ == "dobj" \
            and root.head.lemma_ in LIGHT_VERBS and not any(
                c.dep_ in ("det", "poss", "amod", "compound") for c in root.children):
        return True  # "take advantage of", "make use of", "pay attention to"
    if root.dep_ == "dobj" and root.lemma_ in _LIGHT_OBJECTS and \
            root.head.lemma_ in (*LIGHT_VERBS, "have") and all(
                t == root or t.dep_ == "det" or t.dep_ == "amod" and t.pos_ == "ADJ"
                for t in answer) and not any(
                c.dep_ in ("poss", "compound") for c in root.children):
        return True  # "takes a look at", "made a bid for", "have a serious look at": what is
        # done, not a thing
    if len(answer) == 1 and root.pos_ == "NOUN" and not root.ent_type_ and (
            root.tag_ == "NNS" and (root.lemma_.lower() in PEOPLE or root.dep_ in (
                "nsubj", "nsubjpass", "dobj")) or any(
                c.dep_ in ("acl", "relcl") or c.dep_ == "prep" and (
                    c.lower_ in ("of", "for", "to", "on", "against") or root.tag_ == "NNS")
                for c in root.children)):
        # a bare plural of people ("officials", "allies"), or one that a clause is about
        # ("relations have since improved"), names no one and nothing in particular (but
        # "covered with colloblasts" names what the thing is covered with); in "a range of
        # issues", "relations between the allies", "access to the site" or
        # "her view that …" the content is in what follows the noun, not in the noun ("an
        # attack on the cost of …")
        return True
    if root.tag_ == "NNS" and root.lemma_.lower() in PEOPLE and not root.ent_type_ and all(
            t == root or t.lower_ in _RANKING_WORDS or t.lower_ == "the" for t in answer) and \
            any(t.lower_ in _RANKING_WORDS for t in answer) and not any(
            c.dep_ in ("poss", "nummod") or c.dep_ == "det" and c.lower_ != "the"
            for c in root.children):
        return True  # "the top players", "senior officials": some of them, no one to name
        # (but "geographic scholars" says which ones)
    if any(c.dep_ == "amod" and (c.tag_ in ("JJS", "RBS") or c.ent_type_ == "ORDINAL") and
           c.i < answer.start for c in root.children):
        return True  # "became the youngest Indian to win …": which one, the superlative
        # left out says
    if any(t.lower_ in ("the", "a", "an") and t.i > answer.start and doc[t.i - 1].pos_ == "ADJ"
           for t in answer) or any(t.tag_ in ("JJR", "RBR") for t in answer) and any(
                t.lower_ == "than" and t.i >= answer.end for t in answer.sent):
        return True  # "the {{c1::better the detail}}": a comparison's halves read as one phrase;
        # "greater censorship" of "greater censorship over the net than any other country"
    if len(answer) == 1 and capitalised_only_to_open(root):
        return True  # "{{c1::House}} prices fell …": a common word, no name
    if root.dep_ in ("nsubj", "nsubjpass") and list_read_as_a_subject(root.head) or any(
            _a_verb_read_as_a_noun(t) for t in answer):
        return True  # "owns {{c1::Yugansk and Russia}} has said", "deny {{c1::wrongdoing and
        # state}} they are …"
    if _piece_of_a_name(answer):
        return True
    if root.lemma_.lower() in _PIECES and any(
            c.dep_ == "prep" and c.lower_ == "of" and c.i >= answer.end for c in root.children):
        return True  # "Tom Hale's first slice" of "… first slice of the budget": a part cut
        # from what it is a part of
    if root.lemma_.lower() in _OWN_IDIOMS and root.dep_ in ("dobj", "pobj") and \
            len(answer) == 1 and any(c.tag_ == "PRP$" for c in root.children):
        return True  # "changed his mind", "made their mark", "kept her word", "threw their
        # weight behind", "was within his rights": an idiom
    if answer[0].tag_ in ("WDT", "WP", "WRB") and answer[0].lower_ != "that":
        return True  # "What infrastructure" of "What infrastructure will be required …": a
        # question of the article's own
    if re.fullmatch(r"[\w-]+-year-old", text) or len(answer) == 1 and root.tag_ in (
            "NNP", "NN", "JJ") and (root.lower_ in NATIONALITIES or root.ent_type_ == "NORP") and \
            root.dep_ in ("nsubj", "nsubjpass") and any(
                c.lower_ == "the" for c in root.children) or \
            root.lemma_.lower() in PEOPLE and root.dep_ in ("nsubj", "nsubjpass") and len(
                answer) == 2 and answer[0].lower_ in NATIONALITIES and any(
                c.lower_ == "the" for c in root.children):
        return True  # "The 24-year-old delivered …", "The American made 26 errors", "the
        # American billionaire launched …": a stand-in for a name the article gave
    if root.tag_ == "NN" and not root.ent_type_ and all(
            t == root or t.dep_ in ("amod", "compound") or t.i < root.i and t.dep_ in (
                "cc", "conj", "nmod") for t in answer) and (
            root.lemma_.lower() in _STAND_INS and any(c.lower_ == "the" or c.tag_ == "PRP$"
                                                      for c in root.children)
            or root.dep_ in ("pobj", "nsubj", "nsubjpass") and
            [c.tag_ for c in root.children] == ["PRP$"]):
        return True  # "the band", "his party": a name said again in other words; "throughout
        # his career", "Her departure will come into effect …": whose, the answer does not say
    if root.pos_ == "PROPN" and any(c.dep_ == "det" and c.lower_ in ("a", "an") and
                                    c.i < answer.start for c in root.children) and any(
            c.dep_ == "amod" and c.i < answer.start for c in root.children):
        return True  # "a step towards a federal Europe", "an independent Scotland": a kind of
        # the place that is not yet, which its name alone does not say
    if len(answer) == 1 and root.pos_ == "NOUN" and not root.ent_type_ and any(
            c.lower_ == "the" or c.dep_ == "poss" for c in root.children) and \
            _clause_right_after(answer):
        return True  # "rejected Robinson's contention England dominated …", "forget the impact
        # the murder had had …": what the noun is, the clause after it says
    if root.lemma_.lower() in _ANY_STAND_INS and all(
            t == root or t.dep_ == "det" for t in answer) and any(
            c.lower_ == "the" or c.tag_ == "PRP$" or c.lower_ in ("a", "an") and
            root.dep_ in ("nsubj", "nsubjpass") for c in root.children):
        return True  # "What allows for much more personalised TV? — technology"; "What has
        # been launched …? — organisation" (of "An organisation …": any one at all)
    if (root.pos_ == "NOUN" or root.is_sent_start and not capitalised_elsewhere(root) and
            in_lexicon(root.lower_, "NOUN")) and not root.ent_type_ and \
            answer.end < len(doc) and doc[answer.end].lower_ == "of" and \
            doc[answer.end].head == root and root.lemma_.lower() not in _SHARES_OF_WHOLE:
        return True  # "Real Madrid director" of "… director of sport Emilio Butragueno", "the
        # price" of "the price of oil": a noun whose "of" says which one, cut from it (a share
        # of a whole has its own rule below: "What share of pictures …? — vast majority"; and
        # a noun the tagger took for a name for its capital: "Use of games …")
    if re.search(r"\D \d+-\d+( \d+-\d+)*$", answer.text):
        return True  # "American Abigail Spears 7-6 6-3": a name and a result
    if len(answer) == 1 and root.lower_ in PARTS_OF_WHOLE and not root.ent_type_:
        return True  # "a maximum (of £2,500)", "the majority": an amount, of what it does not say
    if root.lemma_.lower() in _SHARES_OF_WHOLE and not root.ent_type_ and all(
            t == root or t.dep_ in ("det", "amod", "advmod") for t in answer) and any(
            c.dep_ == "prep" and c.lower_ == "of" and c.i >= answer.end for c in root.children) \
            and not (root.dep_ in ("nsubj", "nsubjpass") and wh_word(answer) == "what share"):
        return True  # "a significant chunk (of their revenue)": as above, with a word before it
        # (but "What share of pictures remains …? — the vast majority" says of what)
    lemma = root.lemma_.lower()
    vague = lemma in _VAGUE_AMOUNTS and not any(c.lower_ == "of" for c in root.children)
    if (lemma in LIGHT_NOUNS or vague) and root.ent_type_ in ("", "DATE", "TIME") and all(
            t.dep_ in ("det", "poss") or t.dep_ == "amod" and t.pos_ == "ADJ" and
            t.ent_type_ != "ORDINAL" and (lemma in _EMPTY_NOUNS or vague)
            for t in answer if t != root):
        return True  # "pave the way", "a lot", "the clever bit", "the overwhelming majority":
        # nothing to know (but "the vast majority of pictures" is a share of them)
    if root.pos_ == "NOUN" and any(c.dep_ == "appos" and c.i >= answer.end and any(
            t.ent_type_ == "PERSON" or t.pos_ == "PROPN" and t.is_title for t in c.subtree)
            for c in root.subtree):
        return True  # "her deputy" of "her deputy Tom Hale", "Passion of the Christ director"
        # of "… director Mel Gibson", "friend" of "Gordon Brown's friend, Saxon Spence, …",
        # "coach" of "Yapp's coach at the Blues, … Dai Young": the name is what to know
    if root.dep_ in ("nsubj", "nsubjpass") and root.head.lemma_ == "be" and any(
            c.dep_ == "ccomp" for c in root.head.children) and not any(
            c.dep_ in ("attr", "acomp") for c in root.head.children):
        return True  # "The good news is that …": the news is in what follows
    if root.lower_ == "number" and answer.end < len(doc) and doc[answer.end].like_num:
        return True  # "The British number" of "the British number two": a rank cut short
    if root.tag_ == "NN" and root.lower_.endswith("ing") and any(
            c.dep_ == "compound" for c in root.children) and root.i + 1 < len(doc) and \
            doc[root.i + 1].pos_ == "ADP":
        return True  # "hospital suffering" of "taken to hospital suffering from flu"
    if answer[0].lower_ in ("between", "from") and answer.end < len(doc) and (
            doc[answer.end].lower_ in ("and", "to", "until") or answer[0].lower_ == "between"
            and not any(t.lower_ == "and" for t in answer)):
        return True  # "Between the 1880s" of "between the 1880s and World War II": half a range
    low = answer.start - 2 if answer.start > 1 and doc[answer.start - 1].lower_ == "to" else \
        answer.end - 1 if answer.end + 1 < answer.sent.end and doc[answer.end].lower_ == "to" \
        else None  # the first number of a range "A to B", the answer at one end of it
    if low is not None and doc[low].like_num and doc[low + 2].like_num and not (
            low and doc[low - 1].lower_ in ("from", "between")):
        return True  # "2,000" of "kept 1,000 to 2,000 files": one end of a range (but "rose
        # from 40 to 55" says where it went)
    if text in ("today", "now", "nowadays", "currently", "at present", "present"):
        return True  # "When was the company known? — today": no time to know
    if root.lemma_.lower() in ("example", "instance", "case", "sign", "symbol") and any(
            c.dep_ == "prep" and c.lower_ == "of" for c in root.children):
        return True  # "a perfect example of this": what it is an example of is the point
    if root.lemma_.lower() in LIGHT_NOUNS and not root.ent_type_ and any(
            c.dep_ in ("acl", "relcl") for c in root.children):
        return True  # "the only way to dispel it": what is meant follows the noun
    if answer[0].lower_ in _VAGUE_WORDS and (not root.ent_type_ or root.ent_type_ in (
            "DATE", "TIME") and not any(t.like_num or t.is_title and t.i != t.sent.start
                                        for t in answer)):
        return True  # "recent years", "this week": no date to know
    if len(answer) == 1 and root.pos_ == "ADJ" and any(c.dep_ == "xcomp" for c in root.children):
        return True  # "is likely to boost profits": what is said follows the adjective
    if len(answer) == 1 and root.like_num and (
            answer.end < len(doc) and doc[answer.end].lower_ in _MONTHS or
            answer.start > 0 and doc[answer.start - 1].lower_ in _MONTHS):
        return True  # "11" of "11 March": the day of a date, no count
    if re.fullmatch(r"\d+-\d+", answer.text) and len(
            re.findall(r"\b\d+-\d+\b", answer.sent.text)) > 1:
        return True  # one set of "losing 6-3 6-1": a line of a result, no fact of its own
    if len(answer) == 1 and root.ent_type_ in ("DATE", "TIME") and \
            root.lemma_.lower() in (*DURATION_UNITS, "quarter"):
        return True  # "year" of "a year after Citigroup beat …", "In the quarter, …": no time
        # to know
    if root.lower_ == "half" and any(c.lower_ in ("first", "second") for c in root.children):
        return True  # "the first half": a part of a match, not a share
    if len(answer) == 2 and answer[0].lower_ == "last" and answer[1].like_num:
        return True  # "booked their place in the last eight": a round, no time
    if answer.text in TIME_ZONES or root.like_num and answer.end < len(doc) and \
            doc[answer.end].text in TIME_ZONES:
        return True  # "At 1300 GMT": a clock time and its zone, no count, no thing
    if root.like_num and root.dep_ == "nummod" and root.i < root.head.i and any(
            c.dep_ in ("compound", "amod", "nmod") and c.i < root.i and c.text[:1].isupper()
            and c.i != c.sent.start for c in root.head.children):
        return True  # "the FTSE 100 index": a number in a name, no count
    if root.like_num and root.dep_ != "nummod" and root.ent_type_ == "CARDINAL" and any(
            c.dep_ in ("det", "poss", "amod") for c in root.children):
        return True  # "its new 777": a model's name, not a count
    if len(answer) == 1 and root.lower_ == "one" and root.dep_ != "nummod":
        return True  # "One of the patches …": a pronoun, not a count
    if answer[0].lower_ == "one" and answer[0].i == answer.sent.start and \
            answer[0].dep_ == "nummod" and answer[0].head.dep_ in ("nsubj", "nsubjpass"):
        return True  # "One effect of it was …": "a", not a count
    if answer.start > 0 and doc[answer.start - 1].lower_ in ("number", "no.", "no", "top") and \
            answer[0].like_num:
        return True  # "his fourth number one", "two top 10 albums": a place in a chart
    number = next((t for t in answer if t.like_num and t.is_alpha), None)
    if number is not None and number.dep_ == "nummod" and any(
            c.lower_ == "the" for c in number.head.children):
        return True  # "the two allies": the count is already known
    if any(t.like_num or t.ent_type_ for t in answer) and text not in title_words:
        return False
    return (not text or all(t.is_stop or t.is_punct or t.pos_ == "PRON" for t in answer)
            or text in title_words or len(text) < 2)


# A pointer to more of the story elsewhere: "For the full interview with X tune into …".
_PROMOTION = re.compile(
    r"\s*For (the )?(full|more)\b.*\b(tune|listen|watch|click|visit|see|go)\b", re.IGNORECASE)
# A sentence that starts with a comma or a small letter (but not "de Gaulle", "iPod", "eBay").
_BROKEN_START = re.compile(r"\s*([,;:)]|(?!(de|van|von|da|di|du|al|el|le|la|der|den)\b)[a-z]+\b)")


def _two_verbs_glued(sentence: Span) -> bool:
    """Whether a form of "be" in ``sentence`` stands right before a verb's "-s" form, a word
    that is nothing else ("was refers", "is seems"; but "was news", "is always", and "what it
    is is …")."""
    from lemminflect import getAllLemmas

    # (the cached lexicon first: this runs on every sentence, the lemma look-up copies)
    return any(
        t.lower_ in ("is", "was", "are", "were") and t.i + 1 < sentence.end and
        (word := t.nbor().lower_).endswith("s") and word.isalpha() and
        in_lexicon(word, "VERB") and
        not any(in_lexicon(word, upos) for upos in ("NOUN", "ADJ", "ADV")) and
        getAllLemmas(word, "VERB").get("VERB", (word,))[0] not in (word, "be", "have", "do")
        for t in sentence)


def _name_lost_from_subject(sentence: Span) -> bool:
    """Whether a subject of ``sentence`` is a people's word alone, in the singular, the rest
    of a name the copy lost: "Kenyan also missed out on …", "fellow Ethiopian appeared …"
    (but "Kenyans", "the Kenyan", "Kenyan Ann Lee")."""
    from .gazetteer import names_a_people

    return any(t.dep_ in ("nsubj", "nsubjpass") and t.tag_ in ("NNP", "NN", "JJ") and
               t.ent_type_ in ("NORP", "") and  # (a person's name: "Conan said …")
               (t.i + 1 == len(t.doc) or t.nbor().ent_iob_ != "I") and not any(
                   c.dep_ in ("det", "poss", "compound", "appos", "nummod", "conj")
                   for c in t.children) and names_a_people(t.text) for t in sentence)


def _bare_names(sentence: Span) -> int:
    """How many items of ``sentence`` are a bare name between commas ("Almunia, Lauren,
    Toure, …", "Porto, Real Madrid, Werder Bremen")."""
    items: list[list[Token]] = [[]]
    for t in sentence:
        if t.is_punct or t.lower_ == "and":
            items.append([])
        else:
            items[-1].append(t)
    return sum(0 < len(item) <= 3 and all(t.pos_ == "PROPN" for t in item) for item in items)


# A sentence about the page it is on: "The tables below show …", "(pictured)".
_POINTS_AT_LAYOUT = re.compile(r"\b(tables?|charts?|graphs?|maps?|figures?|graphics?|links?|"
                               r"pictures?|images?|box|list)\s+(below|above)\b|\b(see|click)\s+"
                               r"(below|above|here)\b|\(pictured\b", re.IGNORECASE)


def _cut_at_a_dash(sentence: Span) -> bool:
    """Whether ``sentence`` is a piece of one the splitter cut at a dash: "… thought his former
    lover -" and "Kimberly Quinn - acted vindictively …"."""
    doc = sentence.doc
    return re.search(r"[-–—]\W*$", sentence.text) is not None or sentence.start > 0 and \
        doc[sentence.start - 1].text in _DASHES or sentence.end < len(doc) and \
        doc[sentence.end].text in _DASHES or sentence[0].text in _DASHES


_SENTENCE_ENDS = {".", "!", "?", '"', "'", "”", "’", ")"}


def _inside_a_quotation(sentence: Span) -> bool:
    """Whether ``sentence`` stands inside a quotation opened before it in its paragraph:
    '"I have stressed I believe Rafa is doing a good job. He is the right man …' is the
    speaker's "he", not the article's. (Articles often open a new quotation without closing
    the one before, so the last mark is read for which way it faces: an opening mark is
    glued to the word after it, a closing one to the word before.)"""
    doc = sentence.doc
    last = next((t for t in reversed(doc[:sentence.start]) if t.text == '"'), None)
    return last is not None and not last.whitespace_ and last.i + 1 < len(doc) and \
        doc[last.i + 1].text[:1].isalnum() and (
            last.i == 0 or bool(doc[last.i - 1].whitespace_) or doc[last.i - 1].is_punct and
            doc[last.i - 1].text not in ".,!?;:")


def _said_in_quotes(token: Token) -> bool:
    """Whether ``token`` stands inside quotation marks: those open at its sentence's start
    (`_inside_a_quotation`), then each mark before it in the sentence, which opens when it is
    glued to the word after it only, and else closes (or turns, glued to both)."""
    sentence = token.sent
    inside = _inside_a_quotation(sentence)
    for mark in sentence[:token.i - sentence.start]:
        if mark.text == '"':
            opens = not mark.whitespace_ and mark.i + 1 < len(mark.doc)
            closes = mark.i > 0 and not mark.doc[mark.i - 1].whitespace_
            inside = not inside if opens and closes else opens and not closes
    return inside


def _speaker_of(sentence: Span) -> Token | None:
    """The subject of a verb of saying outside the quotation marks of ``sentence``: "Lord
    Hale" of 'Lord Hale said: "I have …"'."""
    return next((t for t in sentence if t.dep_ == "nsubj" and t.head.lemma_ in SPEECH_VERBS
                 and not _said_in_quotes(t) and not _said_in_quotes(t.head)), None)


def _answers_for(sentence: Span, ents: list[Span], chunks: list[Span], paragraph: Paragraph,
                 p_index: int, index: int, n_sentences: int, salience: dict[str, int],
                 resolve: _PronounResolver, title_words: set[str],
                 in_paragraph: int = 0) -> list[_Candidate]:
    """The answers worth asking about in ``sentence``, each with its worth; ``index`` is the
    sentence's place in the article, ``in_paragraph`` its place in its paragraph."""
    words = [t for t in sentence if not t.is_punct]
    if len(words) < 6 or _DIRECT_SPEECH.search(sentence.text) or sentence.text.count('"') % 2 \
            or _inside_a_quotation(sentence):
        return []  # fragments, and quotations (or a part of one, or a sentence inside one:
        # '… a good job. He is the right man …' is the speaker's) whose speaker is hard to ask
    if any(t.text == "?" for t in sentence) or sentence[0].is_lower and sentence[0].is_alpha \
            and sentence[0].pos_ in ("DET", "ADJ", "NOUN", "ADP", "CCONJ"):
        return []  # a question asserts nothing, nor does a title with a "?" make a sentence
        # the parser can read ("He was a regular on Does the Team Think?, a comic version of
        # …"); a sentence opened in lower case is the rest of one the splitter cut at its "?"
    if not any(t.pos_ in ("VERB", "AUX") for t in sentence) or sentence.start == 0 and \
            sentence.end == len(sentence.doc) and sentence[-1].text not in _SENTENCE_ENDS:
        return []  # a line with no verb, or a line alone with no full stop, is a heading's or
        # a label's: "BBC1, Radio 4 LW and this website" under a match's heading
    if sentence.text.count("(") != sentence.text.count(")"):
        return []  # a piece of a sentence the splitter cut inside its brackets: "Smith expects
        # better (often with the use of some colourful invective."
    if _cut_at_a_dash(sentence) or _subordinate_alone(sentence) or re.search(
            r"\b(to|of|the|a|an|and|with|for|at|by)\W*$", sentence.text, re.IGNORECASE):
        return []  # (nor a clause alone: "When Bwalya played and scored against Mauritius.",
        # nor one the copy cut short: "… their anger at Mr Blair's failure to.")
    if _POINTS_AT_LAYOUT.search(sentence.text):
        return []  # "The tables below show …": what the page shows, which a question cannot
    if sentence.text.rstrip('"\' ').endswith("?"):
        return []  # the article's own question ("Have listeners even heard of them?") says no
        # fact
    if sentence.text.rstrip().endswith("!"):
        return []  # an exclamation is a reader's or a writer's cry, no fact: "A laptop is not
        # a gadget!", "Shame the marketing was so bad!!!"
    if _BROKEN_START.match(sentence.text):
        return []  # the rest of a sentence whose start the copy lost: ", who had qualified …"
    if _two_verbs_glued(sentence) or _name_lost_from_subject(sentence):
        return []  # a copy that kept two wordings ("the name was refers to …") or lost a name
    root = sentence.root
    if root.tag_ == "VB" and not any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass")
                                     for c in root.children) or _PROMOTION.match(sentence.text):
        return []  # an instruction, no fact: "For the full interview, tune into … on BBC Two."
    if any(t.text == "I" and t.tag_ == "PRP" and t.dep_ in ("nsubj", "nsubjpass") or
           t.lower_ in ("me", "my", "myself", "we", "us", "ourselves") and
           t.tag_ in ("PRP", "PRP$") for t in sentence):
        return []  # someone speaking, whom the sentence does not name: "I had five years
        # there", "If Madrid do not want me then …", "We showed a lack of strength" (but "our"
        # is often anyone's: "the proteins in our body", "our solar system")
    names = _bare_names(sentence)
    finite = any(t.pos_ in ("VERB", "AUX") and is_finite(t) for t in sentence)
    if names >= 3 and (names * 2 >= len(words) or not finite) or not finite and (any(
            t.lower_ in ("v", "vs", "v.", "vs.") for t in sentence) or
            sentence.text.count(" - ") >= 2 or ":" in sentence.text or
            len(re.findall(r"[A-Z][\w'-]+ \d+\b", sentence.text)) >= 2):
        return []  # no sentence but a list: a team's line-up, "Subs not used: Hislop, Cisse.",
        # fixtures ("Arsenal v West Ham or Sheffield United"), "Goals: Rooney 68, Dunne 75 og.",
        # "Bramble 35 og, Mellor 38, Baros 61."
    # Earlier is more central: the article's lead, and each paragraph's topic sentence.
    position = (1.0 - 0.1 * index / max(1, n_sentences)) * (1.0 - 0.04 * min(in_paragraph, 5))
    line = paragraph.line_at(sentence.start_char - sentence.doc[0].idx)
    out = []
    for answer in _candidate_spans(sentence, ents, chunks):
        if _is_trivial(answer, title_words):
            continue
        label = resolve.label(answer)
        mentions = max(salience.get(_norm(answer.text), 0), salience.get(answer[-1].lower_, 0),
                       salience.get(answer.root.lemma_.lower(), 0))
        # A noun phrase around a name is worth what any noun phrase is, not what the name is.
        # A whole list of names ("Webb and Morris") is worth what one of them is.
        items = [answer.root, *answer.root.conjuncts]
        is_entity = any(e.start <= answer.start and answer.end <= e.end for e in ents) or (
            len(items) > 1 and not _cut_from_list(answer) and answer.root.ent_type_ != ""
            and len({t.ent_type_ for t in items}) == 1)
        kind = _LABEL_WEIGHT.get(label if is_entity else "", _LABEL_WEIGHT[""])
        if mentions < 3 and _bare_definite(answer):
            continue  # "the affair", "the dispute": a pointer to what the article named before,
            # or to what the writer's readers know ("the government"), no fact to learn (but
            # a term the article is about: "the embargo", said again and again)
        often = min(1.0, math.log1p(mentions) / math.log(6))
        out.append(_Candidate(sentence, answer, index, p_index, line, label,
                              kind * (0.6 + 0.4 * often) * position))
    return out


# A question asked in place reads well only when it is short, and not from inside a "that"
# clause ("X reiterated the view that what needs …?").
_IN_PLACE_MAX_WORDS = 20


def _askable_in_place(answer: Span) -> bool:
    from .questions import (
        QUESTION_WORDS,
        clause_tokens,
        clause_verb,
        dashed_asides,
        disagrees,
        drops_what_was_said,
        first_in_a_while,
        hedged,
        in_a_title,
        in_embedded_question,
        is_abbreviation,
        is_bare_demonstrative,
        measured_against,
        measured_from_another,
        misread_speaker,
        said_by_a_number,
        speaks_for,
        strands_a_preposition,
        subject_of,
        subject_of_the_next_verb,
    )

    verb = next((a for a in answer.root.ancestors if a.pos_ in ("VERB", "AUX")), None)
    if strands_a_preposition(verb) or in_a_title(verb) or \
            subject_of_the_next_verb(answer.root) or any(
                misparsed_clause(a) for a in answer.root.ancestors if a.pos_ in ("VERB", "AUX")):
        return False  # "British troops are on what?": the parser lost the phrase's object
    clause = clause_verb(answer.root)
    if said_by_a_number(clause) or first_in_a_while(answer) or measured_against(answer) or \
            hedged(clause) or speaks_for(answer) or measured_from_another(answer):
        return False  # "According to 41%, who was a good mayor?", "a first defeat in how long?"
    if verb is not None and drops_what_was_said(verb, answer.root.ancestors):
        return False  # "The minister said when?"
    if clause is not None and any(t.dep_ in ("dobj", "pobj", "nsubj") and is_bare_demonstrative(t)
                                  and t.head.dep_ != "relcl" and t not in answer
                                  for t in clause.subtree):
        return False  # "Who slaps that aside?": what "that" is, the sentence before says
    if verb is not None and any(c.dep_ == "ccomp" and c.i > answer.end for c in verb.children):
        return False  # "Tony Blair felt when he had lost voters' trust …?": what was felt
        # follows the blank
    if not any(a.pos_ in ("VERB", "AUX") and is_finite(a) for a in answer.root.ancestors):
        return False  # no sentence around it: "A good PC sporting …, 512 megabytes who?"
    if any(t.tag_ == "POS" and t.i >= answer.end for t in answer.root.subtree):
        return False  # "What for Rivers's report will be published?": the parser hung "the
        # Council for Rivers's report" on "Council"
    if any(in_embedded_question(a) for a in answer.root.ancestors):
        return False  # "How many tickets were sold in when?" of "Details of how many …"
    if any(a.dep_ == "relcl" for a in answer.root.ancestors):
        return False  # "Agassi, who was matched for power by his opponent's what, said …?"
    if answer.root.dep_ == "appos" or answer.root.dep_ == "dobj" and any(
            c.dep_ == "dobj" and c.i < answer.root.i for c in answer.root.head.children):
        return False  # "Jane Campbell had discovered her husband, who?": the name is given
        # (also where the parse made it a second object)
    named = answer.root.head.head if answer.root.dep_ == "pobj" and \
        answer.root.head.lower_ == "of" else None
    if named is not None and named.is_title and named.i != named.sent.start:
        return False  # "The success of Pirates of what …?": a piece of a title
    if any(start < answer.start and answer.end - 1 <= end
           for start, end in dashed_asides(answer.sent)):
        return False  # "The film took $33m in its when?" of "… - now in its fourth week -"
    if is_abbreviation(answer):
        return False  # "The UK Internet Forum (what) is concerned …?": an abbreviation
    if verb is not None and misread_speaker(verb):
        return False  # "Howard denied who?" of "Howard denied Mr Yeo, his spokesman, said …"
    root = answer.root
    if len(answer) == 1 and root.like_num and root.dep_ == "pobj" and \
            answer.doc[answer.start - 1] == root.head:
        return False  # "… left school at how many?": a bare number after a preposition is an
        # age, a level or a place in a row (`form` asks those it can), no count
    before = answer.doc[answer.start - 1] if answer.start > answer.sent.start else None
    if before is not None and before.pos_ in ("NOUN", "PROPN", "ADJ") and before.tag_ != "POS" \
            and before.dep_ in ("compound", "amod", "nmod", "appos", "nsubj", "nsubjpass"):
        return False  # "Mr Howard's fellow who won …?", "Liverpool forward who is …?": a
        # wh-word after a noun reads as the start of a relative clause
    if root.dep_ in ("compound", "nmod", "amod", "poss", "nummod") and \
            root.head.pos_ in ("NOUN", "PROPN") and root.head.i > root.i:
        return False  # "cancelling her when world tour?": a word in front of a noun
    if verb is not None and (sum(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) > 1
                             or verb.dep_ == "conj" and subject_of(verb) is None):
        return False  # two subjects of one verb, or none for a second verb: a parse error
    if verb is not None and disagrees(verb, subject_of(verb)):
        return False  # "The firms thwarts what?": the parser gave the verb another subject
    if any(a.pos_ in ("VERB", "AUX") and (subject := subject_of(a)) is not None and
           subject.dep_ in ("nsubj", "nsubjpass", "csubj") and is_bare_demonstrative(subject)
           for a in answer.root.ancestors):
        return False  # "This compares with $1.35 in late trading in what?", "That is despite
        # the game taking place in what?": what "this" is, only the sentence before says
    words = clause_tokens(clause, set(range(answer.start, answer.end)), QUESTION_WORDS) \
        if clause is not None else []
    if words and words[0].pos_ == "VERB" and words[0].tag_ in ("VBZ", "VBP", "VBD", "VBG"):
        return False  # "Facing what percentage fewer consumers … means …?", "Shows Number 73
        # and Motormouth when …?": a clause without a subject to open the question
    if any(c.dep_ == "poss" and c.i < answer.start for c in answer.root.children):
        return False  # "Google's what means …?"
    if any(c.i >= answer.end and c.dep_ in ("prep", "acl", "relcl") for c in root.children):
        return False  # "What with creditors fail?": the rest of its phrase left hanging
    if root.dep_ == "pobj" and root.head.lower_ == "of" and root.ent_type_ in ("DATE", "TIME"):
        return False  # "in the first half of when?"
    if answer.start and answer.doc[answer.start - 1].lower_ in ("than", "as") and \
            root.ent_type_ in ("DATE", "TIME"):
        return False  # "greater than last year" compares with a time, says no time: "… were
        # greater when?"
    for a in answer.root.ancestors:
        subject = next((c for c in a.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if a.dep_ in ("advcl", "prep") and a.head.pos_ in ("VERB", "AUX") and \
                subject is not None and a.i < subject.i:
            return False  # "After missing out on the tour to what, Tindall says …?"
    return not any(t.dep_ == "mark" and t.lower_ == "that" for a in answer.root.ancestors
                   for t in a.children if t.i < answer.start)


def _make_question(cand: _Candidate, resolve: _PronounResolver) -> bool:
    """Ask about the candidate's answer: a moved wh-question if a rule fits, else a cloze if
    the sentence stands on its own, else the answer asked in place. False if none is fit."""
    from .distractors import BIRTH_WORDS
    from .questions import ask_in_place, ask_moved_out, form

    sentence, answer = cand.sentence, cand.answer
    if _gerund_cut_from_its_object(answer):
        return False
    made = []
    # "1.9% to 1.8%": two values, one blank; a question would ask for one of them
    ranged = re.search(r"\d\S*\s+(to|and|-|–)\s+\S*\d", answer.text) is not None
    # "Robert Sidoli and Brent Cockbain are …": asked "Who …?", either is right; a blank for
    # one of them shows the other
    ranged = ranged or _cut_from_list(answer) or re.fullmatch(r"\d+-\d+", answer.text) is not None
    # (nor "How many …? — 3-3": a score is no count)
    formed = None if ranged else form(sentence, answer, resolve, cand.label)
    if formed is not None and formed.rule == "subject" and _done_by_another_too(answer,
                                                                               resolve.docs):
        formed = None
    if formed is not None:
        made.append(("short", formed.text, formed.rule, _as_the_question_leaves_it(
            answer, formed.text, formed.rule)))
    # A blank for one common noun ("pave the ___", "a ___ of issues") tests grammar, not facts.
    # (nor one for a word that only describes: "a rise in ___ house price inflation")
    plain_noun = len(answer) == 1 and (answer[0].pos_ == "NOUN" and not answer[0].ent_type_ or
                                       answer[0].pos_ == "ADJ" and answer[0].ent_type_ in (
                                           "", "DATE", "TIME"))  # "annual", but "German"
    # (nor one for a number of a pair: "maybe {{c1::four}} or five shows" is a guess)
    cloze = None if plain_noun or answer.root.like_num and _cut_from_list(answer) else \
        _cloze(sentence, answer, resolve)
    if cloze is not None:
        made.append(("cloze", cloze, "cloze", answer))
    if not made and not plain_noun and not ranged and _askable_in_place(answer):
        # (moved out if that reads as a question, else in place)
        for in_place in (ask_moved_out(sentence, answer, resolve, cand.label),
                         ask_in_place(sentence, answer, resolve, cand.label)):
            if in_place is not None and len(in_place.text.split()) <= _IN_PLACE_MAX_WORDS:
                made.append(("short", in_place.text, in_place.rule, answer))
    if _denied(answer) or answer.start and answer.doc[answer.start - 1].lower_ in BIRTH_WORDS:
        made = [m for m in made if m[0] != "short"]  # "Who did the club not sign?": anyone;
        # "Who started her career …? — Jocelyn Stoker", of "Born Jocelyn Stoker, the singer
        # …": the name she goes by is as right (a blank after "Born" asks for the one)
    for qtype, text, rule, asked in made:
        if _acceptable(qtype, text, asked):
            cand.qtype, cand.text, cand.rule, cand.answer = qtype, text, rule, asked
            cand.score = round(cand.worth * (0.5 + 0.5 * _RULE_WEIGHT[rule]), 3)
            return True
    return False


def _as_the_question_leaves_it(answer: Span, question: str, rule: str) -> Span:
    """``answer`` with what its question leaves out along with it: the name that owns it ("What
    will he attack? — Labour's record", not "record") and, for a subject, a short phrase after
    it ("What would be a factor? — war in Iraq", not "war"; after an object, the phrase may be
    the verb's: "made an album in jail")."""
    words = set(re.findall(r"\w+", question.lower()))
    if (owned := _with_its_owner(answer)) is not None and owned[0].lower_ not in words:
        answer = owned
    if rule == "subject" and (whole := _with_the_rest_of_its_phrase(answer)) is not None and \
            not any(t.lower_ in words for t in whole[len(answer):] if not t.is_stop):
        answer = whole
    return answer


def _with_its_owner(answer: Span) -> Span | None:
    """``answer``, a thing, with the name that owns it, which the answer lost when it was
    trimmed: "Labour's record" of "record" (but "Australia's Lleyton Hewitt" is a name, and
    "the club's record" is owned by no name)."""
    doc = answer.doc
    mark = doc[answer.start - 1] if answer.start else None
    if mark is None or mark.tag_ != "POS" or answer.root.pos_ != "NOUN" or \
            answer.root.ent_type_:
        return None
    owner = mark.head
    if owner.dep_ != "poss" or owner.head != answer.root or owner.pos_ != "PROPN":
        return None
    start = owner.left_edge.i + (owner.left_edge.lower_ == "the")
    return doc[start:answer.end]


def _with_the_rest_of_its_phrase(answer: Span) -> Span | None:
    """``answer`` with the short phrase after it that belongs to the same noun ("war in Iraq"
    of "war" in "the war in Iraq would be …"), which a question that moves the whole phrase
    leaves out too; None when there is none, or a longer one or a clause."""
    doc, root = answer.doc, answer.root
    end = root.right_edge.i + 1
    if not answer.end < end <= answer.end + 4 or root.pos_ != "NOUN" or root.ent_type_:
        return None  # (a name is whole: "Hirsch", not "Hirsch from …"; "Hundreds" counts)
    rest = doc[answer.end:end]
    if rest[0].dep_ != "prep" or rest[0].head != root or any(
            t.pos_ in ("VERB", "AUX") or t.is_punct or t.dep_ == "cc" for t in rest):
        return None  # (nor a list, whose names are asked on their own: "a game between Leeds
        # and Hull")
    return doc[answer.start:end]


def _done_by_another_too(subject: Span, docs: list[Doc]) -> bool:
    """Whether the article says that someone else does what ``subject`` does, with "also" or
    "too" on one of the two verbs: after "Ann will attend the gala. Tom will also attend.",
    "Who will attend the gala?" has two answers."""
    from .questions import SUBJECTS, clause_verb, subject_of

    noun = subject.root.head if subject.root.dep_ == "appos" else subject.root  # "The singer
    # Ann Lee will …"
    verb = clause_verb(noun)
    if verb is None or noun.head != verb or noun.dep_ not in SUBJECTS:
        return False

    def also(v: Token) -> bool:
        return any(c.dep_ == "advmod" and c.lower_ in ("also", "too") for c in v.children)

    def done_to(v: Token) -> set[str]:
        return {f"{c.lower_} {g.lemma_.lower()}" if c.dep_ == "prep" else c.lemma_.lower()
                for c in v.children if c.dep_ not in _NOT_DONE_TO
                for g in (c.children if c.dep_ == "prep" else [c])}

    # another doer of the same verb, in the same voice, done to the same thing or to nothing
    # said ("Tom will also attend."; but not "also calls for more money" of "is calling on the
    # government", nor "Hale also missed two kicks" of Hale)
    return verb.lemma_ not in ("be", "have") and any(
        other.lemma_ == verb.lemma_ and other.pos_ == verb.pos_ and other != verb and
        (also(other) or also(verb)) and (them := subject_of(other)) is not None and
        them.dep_ == noun.dep_ and them.pos_ != "PRON" and them.lower_ != noun.lower_ and
        done_to(other) <= done_to(verb) for doc in docs for other in doc)


# What a verb's clause says besides what it is done to: its doer, its helpers, its asides.
_NOT_DONE_TO = {"nsubj", "nsubjpass", "csubj", "csubjpass", "expl", "aux", "auxpass", "neg",
                "advmod", "npadvmod", "punct", "cc", "conj", "mark", "advcl", "parataxis", "dep"}


def _gerund_cut_from_its_object(answer: Span) -> bool:
    """Whether ``answer`` is a lone "-ing" word whose object or particle was left out of it: "no
    intention of handing in his notice" asked "… no intention of? — handing"."""
    word = answer[0]
    return len(answer) == 1 and word.lower_.endswith("ing") and word.tag_ in ("NN", "VBG") and \
        not any(c.dep_ in ("det", "poss") for c in word.children) and \
        in_lexicon(word.lower_, "VERB") and any(
            c.i > word.i and c.dep_ in ("dobj", "prt", "prep", "dative") for c in word.children)


def _denied(answer: Span) -> bool:
    """Whether ``answer`` is what a negated verb is said not to be or do ("is not the only
    reason", "did not sign the striker"): a question for it has endless right answers."""
    from .questions import SUBJECTS, clause_verb

    root = answer.root
    if any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in root.children):
        return True  # "Neither player has dipped …": "Who has dipped …? — player" says the
        # opposite
    if root.dep_ == "pobj" and any(c.dep_ == "neg" for c in root.head.children):
        return True  # "a fan of the winter break, although not in England": where it is not
    verb = clause_verb(root)
    if verb is None or root.ent_type_ in ("DATE", "TIME") or not any(
            c.dep_ == "neg" for c in verb.children):
        return False  # (but "Since when has she not competed indoors?" has one answer)
    token = root
    while token != verb:
        if token.dep_ in SUBJECTS or token.head == token:
            return False  # "Who did not attend?", "The head of which agency did not …?"
        token = token.head
    return True


# What a relative clause left behind, past a question's first two words: "… the vast majority
# of which were caused by what?", "… keen to exploit which in when?"
_RELATIVE_LEFT = re.compile(r"\S+ \S+ .*\b(which|whom)\b", re.IGNORECASE)


def _bare_one(answer: Span) -> bool:
    """Whether the answer's sentence says "one" for a thing named before it ("Mr Blair had
    given one to MPs on Tuesday"): one of what, only the sentence before says."""
    return any(t.text == "one" and t.dep_ in ("dobj", "nsubj", "nsubjpass", "pobj") and
               not any(True for _ in t.children) and not answer.start <= t.i < answer.end
               for t in answer.sent)  # (not "no one", "one of them", "one from Court TV")


def _half_quoted(text: str) -> bool:
    """Whether ``text`` opens or closes a quotation it does not close or open ("pin' cards"),
    an apostrophe of a plural's possessive ("Williams' team") being none."""
    if len(re.findall(r"[\"“”]", text)) % 2:
        return True
    opens = len(re.findall(r"(?:^|(?<=\s))['‘]", text))
    closes = len(re.findall(r"(?<![sS])['’](?=\s|$)", text))
    possessive = re.search(r"[sS]['’](?=\s|$)", text) is not None
    return opens != closes and not (opens == closes + 1 and possessive)


def _acceptable(qtype: str, text: str, answer: Span) -> bool:
    if len(text.split()) > _MAX_QUESTION_WORDS:
        return False
    doc = answer.doc
    if answer.end < len(doc) and not answer[-1].whitespace_ and \
            doc[answer.end].text[:1].isalnum() or answer.start > 0 and \
            not doc[answer.start - 1].whitespace_ and doc[answer.start - 1].text[-1:].isalnum():
        return False  # "profits of £21.5" of "£21.5m": an answer that stops inside a word
    if re.search(r"\bone\b", text, re.IGNORECASE) and _bare_one(answer):
        return False  # "When had Mr Hale given one to MPs?": one of what, the article says before
    if _half_quoted(answer.text):
        return False  # "'chip and pin' cards" cut to "chip and pin' cards": half a quotation
    if text.split(maxsplit=1)[0].lower() in ("its", "their", "his", "her"):
        return False  # "Its original boiler …": whose, only the sentence before says
    if qtype == "short" and _UNRESOLVED.search(text):
        return False  # "It flagged up how many holes?": who "it" is, only the article says
    if qtype == "short" and re.search(r"(?<!\bto )\b(do|does|did|doing|done) so\b", text,
                                      re.IGNORECASE):
        return False  # "In what year did the party do so?": do what, the clause before says
        # (but "those free to vote who have not signed up to do so" says it)
    if qtype == "short" and re.search(r"\bthere\b", text) and any(
            t.lower_ == "there" and t.dep_ == "advmod" for t in answer.sent):
        return False  # "Who made his debut there?": where, only the sentence before says (but
        # "How many rows are there?")
    if qtype == "short" and (_RELATIVE_LEFT.match(text) or len(re.findall(
            r"\bwhat\b", text, re.IGNORECASE)) > 1):
        return False  # a relative clause's leftovers, or "what … what"
    if qtype == "short" and re.search(r"\b(is|are|was|were|be|been|being)\?$", text) and \
            answer.root.dep_ not in ("attr", "acomp", "oprd"):
        return False  # "What percentage of new machines were?", "How long has the network
        # been? — three years" (in the making): what they are, the question left out
    if qtype == "short" and re.match(r"(when|where|what|who|how \w+),", text, re.IGNORECASE):
        return False  # "When, Sania Mirza became …?": an opening phrase asked in place
    if qtype == "short" and re.search(r"\b\d+-\d+ \d+-\d+\b", text):
        return False  # the rest of a result the answer was cut from: "by beating 7-6 7-6?"
    if qtype == "short" and re.search(r"\b(his|her|its|their|my|our|your|the|a|an) (who|whom)\b",
                                      text, re.IGNORECASE):
        return False  # "One of her who called …?": a possessive asked in place
    if qtype == "short" and re.search(r"\b(to|for|with|from|by|at) (that|whether)\b", text):
        return False  # "What would the plan suggest to that …?": a preposition left behind
    if qtype == "short" and re.search(r"\b(with|for|of|into|by) to [a-z]+\b", text):
        return False  # "What did Tom Hale finish with to go out and vote?": a preposition left
        # behind before what the answer was to do (but "is about to embark")
    if qtype == "short" and re.search(r"\beither\b", text, re.IGNORECASE) and \
            not re.search(r"\bor\b", text):
        return False  # "… were either hurt?": the half after "or" was cut off
    if qtype == "short" and re.search(r"\b(than|such as|including|rather)\?$", text):
        return False  # "… a matter of conscience, rather than?": what it is set against was
        # left out
    if qtype == "short" and re.search(r"\b(\w+ \w+) \1\b", text, re.IGNORECASE):
        return False  # "… his return to the to the Real Madrid?": words twice over
    if qtype == "short" and re.search(r"\b(in|on|at|to|for|with|of|from|by) \1\b", text):
        return False  # "enjoy a double success in in his first outing?": a preposition twice
    if qtype == "short" and re.search(r"\b(from|of|than) (in|on|at|by)\b(?! (least|most|front|"
                                      r"between|all|about|around))", text):
        return False  # "… down from in May 2002?": a preposition the answer left behind
    if qtype == "short" and re.search(r"\b[A-Z]\w*['’]s?\s+(to|for|in|on|at|of|with|by|from)?"
                                      r"\s*\?", text):
        return False  # "… awarded to Kevin Boyle's for?": the possessor of a moved answer
    if qtype == "short" and re.search(r",\s*[-–—]|[-–—]\s*[,?]", text):
        return False  # "… Eric Fellner,- of Working Title films?": a dashed aside's leftovers
    if qtype == "short" and _tears_a_name(text, answer.sent):
        return False  # "South Africa's Os Randt": a name torn by the parse ("du" read as the
        # verb's)
    if qtype == "short" and text.endswith(" to?") and any(
            t.lower_ == "to" and t.i + 1 < len(t.doc) and
            t.doc[t.i + 1].is_punct for t in answer.sent):
        return False  # "… at Mr Blair's failure to?": an aside after "to" dropped with its verb
    if qtype == "short" and re.search(r"\b(that|said|says)\b.*\b(is|are|was|were)\?$", text):
        return False  # "Who said that his indifferent form was?": what it was down to, cut
    if qtype == "short" and _whose_unsaid(text, answer.sent):
        return False  # "What percentage … thought his former lover?": whose, the question does
        # not say
    if qtype == "short" and re.search(r"\b(you|your)\b", text, re.IGNORECASE):
        return False  # "What downloaded to your handset?": the article's reader, not a fact
    if qtype == "short" and _points_back(text, answer.sent):
        return False  # "When was that inquiry launched?": which one, the sentence before says
    if _epithet_left(re.sub(r"\{\{c1::|\}\}", "", text), answer.sent) or \
            qtype == "short" and (list(answer) == _epithets(answer) or _bare_role(answer)):
        return False  # "Who could the 19-year-old meet …?", "Who is carrying an injury? —
        # winger": which one, the article says before (nor does a sentence to fill in stand on
        # its own with one)
    if qtype == "short" and re.match(r"(What|Who) (is|are|was|were) (that|which|who)\b", text):
        return False  # "What are that are covered with …?": a relative clause's leftovers
    if qtype == "short" and re.fullmatch(r"(Who|What) (\w+ ){1,2}(a|an|some) [\w-]+\?", text):
        return False  # "Who held a record?": which record, the question does not say
    after_comma = re.search(r",\s*(\S+)", answer.text)
    if after_comma and answer.root.ent_type_ == "DATE" and not (
            after_comma[1][:1].isdigit() or after_comma[1].lower() in _MONTHS):
        return False  # "November, first half" of "In November, first half profits were …": a
        # date the recogniser ran on past its comma (not "Monday, 12 March")
    if qtype == "short" and re.search(r",? (including|excluding|notably|especially|"
                                      r"particularly|such as)\?$", text):
        return False  # "What does Smith have the backing of many fans, including?": an example
        # cut from its list, asked as if it were the thing
    if qtype == "short" and (between := re.search(r"\bbetween (\w+)\?$", text)) and not (
            between[1].endswith("s") or between[1].lower() in ("them", "us", "you")):
        return False  # "What would be between himself?": the rest of the list left out
    if qtype == "short" and ";" in text:
        return False  # "What went to Aaltra; and the Sutherland Trophy?": a list of clauses
        # read as one
    if qtype == "short" and _content_words(text) < 2:
        return False  # "What is done?", "What may be powerful?": nothing says what is meant
    # A name of the answer's list left in view gives it away: "What has declined the offer,
    # with Thailand keeping up its payments? — Thailand and India"
    rest = re.sub(r"\{\{c1::.*?\}\}", " ", text)
    inside = range(answer.start, answer.end)
    if any(t.pos_ == "PROPN" and (t.dep_ == "conj" and t.head.i in inside or any(
            c.dep_ == "conj" and c.i in inside for c in t.children)) and re.search(
            r"\b" + re.escape(" ".join(c.text for c in t.children if c.dep_ == "compound" and
                                       c.i < t.i) + " " + t.text).strip() + r"\b", rest)
           for t in answer):
        return False
    if qtype == "cloze":
        # "… in Spain as {{c1::Madrid}} prepared for the Madrid Open": the rest of the sentence
        # says the deleted words again
        return not re.search(r"(?<!\w)" + re.escape(_norm(answer.text)) + r"(?!\w)",
                             rest.lower())
    # a short question must not give its own answer away
    return not (qtype == "short" and _norm(answer.text) in _norm(text))


# Times a demonstrative may name without pointing back: "this year", "that weekend".
_DEICTIC_TIMES = DURATION_UNITS | {"season", "weekend", "summer", "winter", "spring", "autumn",
                                   "morning", "afternoon", "evening", "night", "time", "term"}


def _points_back(question: str, sentence: Span) -> bool:
    """Whether ``question`` keeps a "that …", "these …", "such …" or "the same …" of its
    sentence that points at something the sentence before named ("that inquiry", "in the same
    half of the draw" as whom), not at a time ("this year")."""
    pointed = {t.head.lower_ for t in sentence if t.dep_ in ("det", "amod", "predet") and
               t.lower_ in ("this", "that", "these", "those", "such", "same") and
               t.head.pos_ == "NOUN" and t.head.lemma_.lower() not in _DEICTIC_TIMES and (
                   t.lower_ == "such" or not any(c.lower_ == "as" for c in sentence if c.i > t.i)
                   if t.lower_ in ("such", "same") else
                   not any(c.dep_ in ("relcl", "prep", "acl") for c in t.head.children))}
    return any(re.search(rf"\b(this|that|these|those|such|same) ([\w-]+ ){{0,2}}"
                         rf"{re.escape(noun)}\b", question, re.IGNORECASE) for noun in pointed)


# Words for a player by the place they play, or for anyone by their age or their nation, that
# stand for a name the article gave before: "the winger is carrying an injury".
_EPITHETS = {"winger", "striker", "midfielder", "defender", "goalkeeper", "fly-half",
             "scrum-half", "full-back", "flanker", "batsman", "bowler", "spinner", "skipper",
             "youngster", "teenager", "veteran", "frenchman", "spaniard", "scot", "welshman",
             "englishman", "irishman", "dutchman", "swede", "argentine"}


def _epithets(sentence: Span) -> list[Token]:
    """The words of ``sentence`` that name a person only by a place in a team, an age or a
    nation ("the winger", "the youngster", "the Spaniard"), standing for a name the article
    gave before (but "the French", "the Swiss" are a team or a people, and "the veteran actor
    Tom Hale" names him)."""
    return [t for t in sentence if t.dep_ not in ("compound", "amod", "nmod") and t.i > 0 and
            t.doc[t.i - 1].lower_ == "the" and not any(c.dep_ == "appos" for c in t.children)
            and (t.lower_ in _EPITHETS or
                 t.ent_type_ == "NORP" and t.tag_ in ("NNP", "NN", "JJ") and
                 not t.lower_.endswith(("sh", "ch", "ese", "ss")))]


def _bare_role(answer: Span) -> bool:
    """Whether ``answer`` is only "the" person's role, standing for the name the article gave
    ("Who wrote a new song? — singer")."""
    return len(answer) == 1 and answer.root.lemma_.lower() in PEOPLE and answer.start > 0 and \
        answer.doc[answer.start - 1].lower_ == "the"


def _epithet_left(question: str, sentence: Span) -> bool:
    """Whether ``question`` keeps one of ``sentence``'s `_epithets`, or an age in their place
    ("the 19-year-old")."""
    return re.search(r"\b[Tt]he \d+-year-old\b(?! [A-Z])", question) is not None or any(
        re.search(rf"\b[Tt]he {re.escape(t.text)}\b(?! [A-Z])", question)
        for t in _epithets(sentence))


def _tears_a_name(question: str, sentence: Span) -> bool:
    """Whether ``question`` has the first and the last word of one of ``sentence``'s names of
    three words or more but not the words between ("Os Randt" of "Os du Randt"), found by the
    recogniser or held together by a small word ("Os du Toit", which it did not find)."""
    for name in sentence.ents:
        if name[0].lower_ in ("the", "a", "an"):
            name = name[1:]
        if len(name) > 2 and name.text not in question and all(
                t.text[:1].isupper() and re.search(rf"\b{re.escape(t.text)}\b", question)
                for t in (name[0], name[-1])):
            return True
    doc = sentence.doc
    return any(t.lower_ in NAME_PARTICLES and t.is_lower and t.i > 0 and t.i + 1 < len(doc) and
               doc[t.i - 1].is_title and doc[t.i + 1].is_title and
               f"{doc[t.i - 1].text} {doc[t.i + 1].text}" in question for t in sentence)


def _whose_unsaid(question: str, sentence: Span) -> bool:
    """Whether ``question`` says "his", "her", "its" or "their" of someone it does not name: no
    "who", no one of the sentence's people (or things, for "its") before it: "What blocked its
    application for the 21st time?"."""
    owners = {t.lower_ for t in sentence if t.tag_ == "PRP$" and t.lower_ in (
        "his", "her", "its", "their")}
    people = {t.lower_ for t in sentence if t.ent_type_ in ("PERSON", "NORP", "ORG") or
              t.lemma_.lower() in PEOPLE and t.tag_ == "NN" or
              t.lower_ == "old" and t.i and t.nbor(-1).text == "-"  # "the 31-year-old"
              } | {"who", "whom", "whose"}
    things = {t.lower_ for t in sentence if t.pos_ in ("NOUN", "PROPN")}  # what "its" may mean
    words = re.findall(r"[\w'’]+", question.lower())
    return any(w in owners and not (people if w in ("his", "her") else people | things) &
               set(words[:i]) for i, w in enumerate(words))


class _BestFirst:
    """One paragraph's candidates, best question first. Questions are made lazily: a
    candidate's score is at most its worth, so once the best question made scores more than
    the worth of the next candidate, no later candidate can beat it."""

    def __init__(self, cands: list[_Candidate], fits: Callable[[_Candidate], bool],
                 resolve: _PronounResolver) -> None:
        self.todo = sorted(cands, key=lambda c: (-c.worth, c.sentence_index, c.answer.start))
        self.todo.reverse()  # popped from the end
        self.made: list[tuple[float, int, int, int, _Candidate]] = []
        self.fits, self.resolve = fits, resolve

    def pop(self) -> _Candidate | None:
        while True:
            while self.todo and (not self.made or -self.made[0][0] < self.todo[-1].worth):
                cand = self.todo.pop()
                if self.fits(cand) and _make_question(cand, self.resolve):
                    # ties go to the longer answer ("France and Belgium" before "France"),
                    # never to where the candidate happens to sit in memory
                    heapq.heappush(self.made, (-cand.score, cand.sentence_index,
                                               cand.answer.start, -cand.answer.end, cand))
            if not self.made:
                return None
            cand = heapq.heappop(self.made)[-1]
            if self.fits(cand):  # still: another paragraph may have taken its answer
                return cand


_UNRESOLVED = re.compile(r"\b([Ii]t|[Tt]hey|[Hh]e|[Ss]he|[Hh]im|[Tt]hem|[Ww]e|us)\b")  # not "US"


def _content_words(text: str) -> int:
    """How many words of ``text`` are no function words (numbers count)."""
    from spacy.lang.en.stop_words import STOP_WORDS

    return sum(w.lower() not in STOP_WORDS for w in re.findall(r"[\w'-]+", text))


def _select(cands: list[_Candidate], limit: int,
            resolve: _PronounResolver) -> list[_Candidate]:
    """The best questions, each answer once, at most three per sentence, spread over the whole
    article: in each round every paragraph offers its next best question and the round's
    offers are taken best first."""
    chosen: list[_Candidate] = []
    answers: set[str] = set()
    questions: set[str] = set()
    per_sentence: Counter[int] = Counter()
    same_sentence: dict[int, list[_Candidate]] = {}

    def overlaps(cand: _Candidate) -> bool:
        """Whether an answer taken from the same sentence holds this one or is held by it
        ("NATO" and "NATO allies"): one question would answer the other."""
        mine = _norm(cand.answer.text)
        return any(mine in _norm(o.answer.text) or _norm(o.answer.text) in mine
                   for o in same_sentence.get(cand.sentence_index, ()))

    def fits(cand: _Candidate) -> bool:
        return (_norm(cand.answer.text) not in answers and per_sentence[cand.sentence_index] < 3
                and (not cand.text or cand.text.lower() not in questions)
                and not overlaps(cand))

    by_paragraph: dict[int, list[_Candidate]] = {}
    for cand in cands:
        by_paragraph.setdefault(cand.paragraph, []).append(cand)
    queues = [_BestFirst(group, fits, resolve) for _, group in sorted(by_paragraph.items())]
    while queues and len(chosen) < limit:
        offers: list[tuple[float, int, int, int, _Candidate]] = []
        for n, queue in enumerate(queues):
            cand = queue.pop()
            if cand is not None:
                heapq.heappush(offers, (-cand.score, cand.sentence_index, cand.answer.start, n,
                                        cand))
        left = {n for *_, n, _ in offers}
        while offers and len(chosen) < limit:
            *_, n, cand = heapq.heappop(offers)
            if not fits(cand):  # an offer taken this round by another paragraph: its next
                again = queues[n].pop()
                if again is None:
                    left.discard(n)
                else:
                    heapq.heappush(offers, (-again.score, again.sentence_index,
                                            again.answer.start, n, again))
                continue
            chosen.append(cand)
            answers.add(_norm(cand.answer.text))
            questions.add(cand.text.lower())
            per_sentence[cand.sentence_index] += 1
            same_sentence.setdefault(cand.sentence_index, []).append(cand)
        queues = [queue for n, queue in enumerate(queues) if n in left]
    return chosen


def _check_english(article: Article, source: str | None) -> None:
    """Refuse text that is not English: in English about four words in ten are function words
    (the, of, and, …); in other languages almost none of them are."""
    from spacy.lang.en.stop_words import STOP_WORDS

    words = re.findall(r"[^\W\d_]+", " ".join(p.text for p in article.paragraphs).lower())
    if len(words) < 20:
        return
    share = sum(w in STOP_WORDS for w in words) / len(words)
    if share < 0.15:
        raise ArticleError(f"this does not look like English (only {share:.0%} of its words are "
                           "common English words)",
                           "quizgen makes questions from English articles", source)


def _title_from(source: str | None, article: Article) -> str:
    if article.title:
        return article.title
    if source:
        stem = PurePath(source).stem.replace("_", " ").replace("-", " ").strip()
        if stem:
            return stem[:1].upper() + stem[1:]
    return "Article"


def _prepare(text: str, source: str | None) -> Article:
    """The article cleaned, checked to be English, and cut into pieces the parser handles."""
    article = clean(text)
    if not article.paragraphs:
        raise ArticleError("the article has no text", "give an article with some sentences",
                           source)
    _check_english(article, source)
    return dataclasses.replace(article, paragraphs=tuple(
        piece for paragraph in article.paragraphs for piece in split_long(paragraph)))


def _build(text: str, source: str | None, article: Article, docs: list[Doc],
           max_questions: int | None, per_100_words: float, bank_id: str | None,
           seed: int) -> Bank:
    """The bank of an article from its parsed paragraphs."""
    title = _title_from(source, article)
    title_words = {_norm(title)}  # the topic itself is no answer worth asking for
    n_sentences = sum(1 for d in docs for _ in d.sents)
    cands: list[_Candidate] = []
    index = 0
    salience = _salience(docs)
    resolve = _PronounResolver(docs)
    share_capitals(docs)
    for p_index, (paragraph, doc) in enumerate(zip(article.paragraphs, docs)):
        parts = _by_sentence(doc)
        for in_paragraph, sentence in enumerate(doc.sents):
            ents, chunks = parts[sentence.start]
            cands += _answers_for(sentence, ents, chunks, paragraph, p_index, index,
                                  n_sentences, salience, resolve, title_words, in_paragraph)
            index += 1
    limit = max(1, round(article.words() * per_100_words / 100))
    if max_questions is not None:
        limit = min(limit, max_questions)
    chosen = _select(cands, limit, resolve)
    _offer_choices(sorted(chosen, key=lambda c: -c.score), docs, article, seed, resolve.gender)
    questions = []
    for cand in sorted(chosen, key=lambda c: -c.score):
        sentence = cand.sentence.text.strip()
        answer = cand.answer.text
        question = Question(
            id=question_id(sentence, answer, cand.qtype), type=cand.qtype, question=cand.text,
            answer=cand.verdict or answer, choices=cand.choices, sentence=sentence,
            line=cand.line, score=cand.score)
        questions.append(dataclasses.replace(question, checksum=question.content_checksum()))
    asked = {q.sentence for q in questions}
    for matching in (_people_and_roles(docs, article, resolve),
                     _terms_and_definitions(docs, article, asked)):
        if matching is not None:  # last: it ranks below every question it is made of
            questions.append(dataclasses.replace(
                matching, score=questions[-1].score if questions else 0.0))
    if not questions:  # (an article all quotations may still name people and their roles)
        raise ArticleError("found no sentence to ask about",
                           "give an article of full English sentences", source)
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    bank_id = bank_id or slug(PurePath(source).stem if source else title)
    return Bank(id=bank_id, title=title, deck=f"quizgen::{title}", questions=tuple(questions),
                source=Source(path=str(source), sha256=sha) if source else None,
                tags=(bank_id,))


# Answers whose wrong options are sure to be of their kind: dates and numbers (made in the
# answer's own format), people (other people of the article, named alike) and places the
# gazetteer knows (countries, cities, US states).
_VALUE_LABELS = {"DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL"}
_PLACE_LABELS = {"GPE", "LOC"}
MCQ_SHARE = 0.4
"""At most this share of a bank becomes multiple choice; the rest stays open."""
TRUEFALSE_SHARE = 0.2
"""At most this share of a bank becomes true/false statements, about half of them false."""


class _Options:
    """Wrong options of an answer's kind, from the article and the gazetteer."""

    def __init__(self, docs: list[Doc], article: Article, seed: int,
                 genders: dict[str, str]) -> None:
        from .distractors import kind_counts, with_surnames
        from .questions import written_as_no_person

        self.context = "\n".join(p.text for p in article.paragraphs)
        self.docs, self.seed, self.genders = docs, seed, genders
        # people named in full, and their surnames (for an answer that is a surname): a lone
        # word the recogniser called a person is too often a club or a place
        full = {n: c for n, c in kind_counts("PERSON", docs).items() if len(n.split()) > 1
                and not written_as_no_person(n, self.context)}  # (not "Lib Dems")
        self.people = with_surnames(full)
        self._places: dict[str, dict[str, int]] = {}

    def __call__(self, cand: _Candidate, n: int, text: str) -> list[str]:
        from .distractors import (
            ORDINAL_WORDS,
            _article_words,
            _plural_of,
            _singulars,
            _values,
            _word_class,
            alike,
            choose,
            compounds,
            kind_counts,
            places,
            same_head_after_a_name_or_noun,
        )

        answer = cand.answer.text
        if cand.label in _VALUE_LABELS:
            return choose(answer, _values(answer, self.context, self.seed), n, text)
        if cand.label == "PERSON":
            if len(answer.split()) == 1 and answer not in self.people:
                return []  # "the Welsh": a lone word never named in full may be no person
            sex = self._sex(answer, text)
            # (each option of its own sex too: no "Gary Murray" for "Hayley Yelling")
            people = [p for p in alike(answer, "PERSON", self.people, cand.answer)
                      if sex is None or _sex_of_name(p, self.genders) in (None, sex)]
            # those the article shows to be of the answer's sex first: a name it does not
            # ("Anastasia Myskina") may be the other's
            people.sort(key=lambda p: sex is not None and p.split()[-1] not in self.genders)
            return choose(answer, people, n, text, context=self.context)
        if cand.label in _PLACE_LABELS:
            root = cand.answer.root
            if root.dep_ in ("nsubj", "nsubjpass") and (
                    root.head.lemma_ in SPEECH_VERBS or root.tag_ == "NNP" and any(
                        t.tag_ == "VBP" or t.lower_ == "were" for t in (root.head, *(
                            c for c in root.head.children if c.dep_ in ("aux", "auxpass"))))):
                return []  # "Newcastle said the player would not be sold", "Newcastle were
                # never in danger": a club, no city
            if cand.label not in self._places:
                self._places[cand.label] = kind_counts(cand.label, self.docs)
            mentioned = alike(answer, cand.label, self._places[cand.label], cand.answer)
            return choose(answer, places(answer, mentioned), n, text, places=True)
        if not cand.label and answer.split()[0].lower() in ORDINAL_WORDS:
            # "the first leg" → "the second leg", not "the first arm"
            return choose(answer, _values(answer, self.context, self.seed), n, text)
        if not cand.label:
            # Another word of the answer's closed class ("barley" for "wheat") that the article
            # never uses, so that it cannot be right too.
            given = set(answer.lower().split())
            used = _article_words(self.context)
            # a proper noun ("Spore" the game) has only classes of names ("Mars" → "Venus")
            as_name = cand.answer.root.pos_ == "PROPN" or None
            fresh = [o for o in _word_class(answer, self.context, as_name,
                                            modifiers=compounds(cand.answer)) if not any(
                w in used or _plural_of(w) in used or set(_singulars(w)) & used
                for w in set(o.lower().split()) - given)]  # "dogs" when it says "dog"
            fresh = same_head_after_a_name_or_noun(fresh, answer, cand.answer,
                                                   self.context)
            return choose(answer, fresh, n, text)
        return []

    def _sex(self, answer: str, question: str) -> str | None:
        """The answer's sex, as its first name or the article says it, or else the question's
        own "his" or "her" ("Who won her 10th crown?"): no man among the options of a woman."""
        known = _sex_of_name(answer, self.genders)
        said = {_QUESTION_SEX[w] for w in re.findall(r"[a-z']+", question.lower())
                if w in _QUESTION_SEX}  # (and "the show's first female winner", "actress")
        return known or (said.pop() if len(said) == 1 else None)


def _balanced(n: int, kinds: int, rng: random.Random) -> list[int]:
    """``n`` values of ``range(kinds)``, each as often as the others (±1), in an order that
    cannot be guessed: shuffled blocks of one of each."""
    out: list[int] = []
    while len(out) < n:
        block = list(range(kinds))
        rng.shuffle(block)
        out += block
    return out[:n]


def _offer_choices(ranked: list[_Candidate], docs: list[Doc], article: Article,
                   seed: int, genders: dict[str, str]) -> None:
    """Turn open questions into multiple choice where three good wrong options exist (the
    right option's place spread evenly over A–D), and sentences to fill in into true/false
    statements where one good wrong option exists (about half of them made false)."""
    rng = random.Random(f"quizgen\x1f{seed}")
    options = _Options(docs, article, seed, genders)
    mcq: list[tuple[_Candidate, list[str]]] = []
    for cand in ranked:
        if len(mcq) >= int(MCQ_SHARE * len(ranked)):
            break
        if cand.qtype == "short" and cand.rule != "in-place":
            wrong = options(cand, 3, cand.text)
            if len(wrong) == 3:
                mcq.append((cand, wrong))
    for (cand, wrong), place in zip(mcq, _balanced(len(mcq), 4, rng)):
        rng.shuffle(wrong)
        wrong.insert(place, cand.answer.text)
        cand.qtype, cand.choices = "mcq", tuple(wrong)
    # A statement shows its whole sentence: only from a sentence no other question asks about.
    per_sentence = Counter(c.sentence_index for c in ranked)
    statements: list[tuple[_Candidate, str]] = []
    for cand in ranked:
        if len(statements) >= round(TRUEFALSE_SHARE * len(ranked)):
            break
        if cand.qtype == "cloze" and per_sentence[cand.sentence_index] == 1 and any(
                t.tag_ == "MD" or t.pos_ in ("VERB", "AUX") and is_finite(t) and t.dep_ in (
                    "ROOT", "conj", "ccomp", "advcl", "relcl") for t in cand.sentence) and not (
                cand.sentence[0].lower_ in ("what", "how") and
                cand.sentence.root.pos_ not in ("VERB", "AUX")):
            # (a statement is a sentence: not "A 2.6ghz chip, 20 gigabyte hard drive.", nor
            # "What a fine effort from a man who …", an exclamation)
            if cand.answer.text.lower() in ("one", "1", "a", "an") and \
                    cand.answer.root.head.tag_ == "NN":
                continue  # "just one big screening" has no false twin ("twenty big screening")
            wrong = [w for w in options(cand, 3, cand.text) if not (
                w.lower() in ("one", "1") and cand.answer.root.like_num)][:1]
            if wrong:  # (not "the repurchase of one franchise restaurants" for "three")
                statements.append((cand, wrong[0]))
    for (cand, wrong), true in zip(statements, _balanced(len(statements), 2, rng)):
        cand.qtype = "truefalse"
        cand.text = _statement(cand.text, cand.answer.text, cand.answer.text if true else wrong)
        cand.verdict = "true" if true else "false"


# Places whose names take "the" inside a sentence: "in the Philippines", not "in Philippines".
_PLACES_WITH_THE = {"Philippines", "Netherlands", "United States", "United Kingdom", "Bahamas",
                    "Maldives", "Czech Republic", "Dominican Republic", "Central African Republic",
                    "United Arab Emirates", "Comoros", "Seychelles", "Solomon Islands",
                    "Marshall Islands", "Gambia", "Caribbean", "Middle East", "Balkans", "US",
                    "UK", "USA", "UAE", "EU"}


def _statement(cloze: str, answer: str, option: str) -> str:
    """The cloze's sentence with ``option`` in the blank."""
    from .distractors import article_for

    deletion = "{{c1::" + answer + "}}"
    if option in _PLACES_WITH_THE and answer not in _PLACES_WITH_THE:
        cloze = re.sub(r"(?<![Tt]he )" + re.escape(deletion),
                       lambda m: ("The " if m.start() == 0 else "the ") + deletion, cloze)
    elif answer in _PLACES_WITH_THE and option not in _PLACES_WITH_THE and \
            option[:1].isupper():  # "Bloggers in the US" → "in Sri Lanka", not "the Sri Lanka"
        cloze = re.sub(r"\b[Tt]he " + re.escape(deletion), lambda m: deletion, cloze)
    if not option.endswith("s"):  # "over David James' head" → "over Gary Neville's head"
        cloze = re.sub(re.escape(deletion) + r"'(?!\w)", deletion + "'s", cloze)
    # "a British firm" → "an American firm"
    cloze = re.sub(r"\b([Aa]n?) " + re.escape(deletion),
                   lambda m: f"{article_for(option, m.group(1))} {deletion}", cloze)
    return cloze.replace(deletion, option)


def _people_and_roles(docs: list[Doc], article: Article,
                      resolve: _PronounResolver) -> Question | None:
    """A matching question of people and their roles (`Hakan Fidan` ↔ `Turkish Foreign
    Minister`) when the article names at least three, each with one role."""
    from .questions import names_a_role, render, title_of

    roles: dict[str, str] = {}
    first_line: dict[str, int] = {}
    for paragraph, doc in zip(article.paragraphs, docs):
        for ent in doc.ents:
            if ent.label_ != "PERSON" or len(ent) < 2 or resolve.label(_trim(ent)) != "PERSON":
                continue
            title = title_of(ent.root, ent)
            ids = {t.i for t in title}
            if len(title) < 2 or not any(names_a_role(t) for t in title if t.head.i not in ids):
                continue  # (nor "Web portal Lycos Europe": a firm the recogniser took for one)
            if not any(t.is_lower or t.lemma_.lower() in PEOPLE for t in title if t.is_alpha):
                continue  # names only, no role: a team sheet ("W Servat, J Milloud, …") or a
                # place in brackets
            role = render(title)
            fullest = ent.text if ent[-1].text in resolve.shared else \
                resolve.fullest.get(ent[-1].text, ent.text)  # (not another Hendrix's name)
            name = re.sub(r"['’]s$", "", fullest)
            if roles.setdefault(name, role) != role:
                roles[name] = ""  # two roles for one person: ambiguous
            first_line.setdefault(name, paragraph.line_at(ent.start_char))
    pairs = [(name, role) for name, role in roles.items() if role]
    return _matching(pairs, "Match each person to their role.", first_line)


_MATCHING_MAX_PAIRS = 8


def _matching(pairs: list[tuple[str, str]], prompt: str,
              first_line: dict[str, int]) -> Question | None:
    """A matching question of at least three pairs, each side told apart from the others."""
    pairs = pairs[:_MATCHING_MAX_PAIRS]
    if len(pairs) < 3 or any(len({p[side].lower() for p in pairs}) < len(pairs)
                             for side in (0, 1)):
        return None
    question = Question(id=question_id("\x1f".join(n for n, _ in pairs), "", "matching"),
                        type="matching", question=prompt, answer="", pairs=tuple(pairs),
                        line=min(first_line[n] for n, _ in pairs))
    return dataclasses.replace(question, checksum=question.content_checksum())


def _terms_and_definitions(docs: list[Doc], article: Article,
                           asked: set[str]) -> Question | None:
    """A matching question of terms and what the article says they are, from sentences like
    "A ctenophore is a marine animal that …" (subject, a form of "be", "a/an" + noun
    phrase) when there are at least three; not from the ``asked`` sentences, whose questions
    the pairs would answer."""
    from .questions import render

    definitions: dict[str, str] = {}
    first_line: dict[str, int] = {}
    for paragraph, doc in zip(article.paragraphs, docs):
        for sentence in doc.sents:
            root = sentence.root
            subject = next((c for c in root.children if c.dep_ == "nsubj"), None)
            attr = next((c for c in root.children if c.dep_ == "attr"), None)
            if sentence.text.strip() in asked or root.lemma_ != "be" or subject is None or \
                    attr is None or any(
                    c.dep_ == "neg" for c in root.children) or subject.pos_ == "PRON":
                continue
            if not any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in attr.children):
                continue  # "X is the capital": a fact to ask, not a definition
            term = [t for t in subject.subtree if t.dep_ != "det" and not t.is_punct]
            definition = [t for t in attr.subtree if not t.is_punct]
            if not 1 <= len(term) <= 4 or not 2 <= len(definition) <= 12 or any(
                    t.tag_ in ("PRP", "PRP$") for t in term + definition):
                continue
            name = render(term)
            if term[0].tag_ not in ("NNP", "NNPS"):  # "A robin is …" → "robin"
                name = name[:1].lower() + name[1:]
            definitions.setdefault(name, render(definition))
            first_line.setdefault(name, paragraph.line_at(sentence.start_char - doc[0].idx))
    return _matching(list(definitions.items()), "Match each term to what it is.", first_line)


def extract(text: str, source: str | None = None, *, nlp: Language | None = None,
            max_questions: int | None = None, per_100_words: float = DEFAULT_PER_100_WORDS,
            spacy_model: str | None = None, bank_id: str | None = None, seed: int = 0) -> Bank:
    """Make a bank of questions from an article's text.

    ``source`` is the article's path, used for the bank's id, title and provenance (``bank_id``
    sets the id instead); ``spacy_model`` names the spaCy pipeline when ``nlp`` is not given;
    ``seed`` orders the options of multiple-choice questions and picks the false statements.
    Raises ``ArticleError`` when the article holds no sentence to ask about.
    """
    article = _prepare(text, source)
    nlp = nlp or load_pipeline(spacy_model)
    docs = list(nlp.pipe(p.text for p in article.paragraphs))
    return _build(text, source, article, docs, max_questions, per_100_words, bank_id, seed)


def extract_many(items: list[tuple[str, str | None, str | None]], *,
                 nlp: Language | None = None, max_questions: int | None = None,
                 per_100_words: float = DEFAULT_PER_100_WORDS, spacy_model: str | None = None,
                 seed: int = 0) -> list[Bank | ArticleError]:
    """``extract`` for many ``(text, source, bank_id)`` at once: one ``nlp.pipe`` over all
    their paragraphs, which keeps the parser's batches full. An article that cannot be used
    gives its ``ArticleError`` in its place; the others go on."""
    prepared: list[Article | ArticleError] = []
    for text, source, _ in items:
        try:
            prepared.append(_prepare(text, source))
        except ArticleError as exc:
            prepared.append(exc)
    nlp = nlp or load_pipeline(spacy_model)
    paragraphs = [p.text for a in prepared if isinstance(a, Article) for p in a.paragraphs]
    docs = iter(nlp.pipe(paragraphs))
    out: list[Bank | ArticleError] = []
    for (text, source, bank_id), article in zip(items, prepared):
        if isinstance(article, ArticleError):
            out.append(article)
            continue
        own = [next(docs) for _ in article.paragraphs]
        try:
            out.append(_build(text, source, article, own, max_questions, per_100_words,
                              bank_id, seed))
        except ArticleError as exc:
            out.append(exc)
    return out


def _find_words(text: str, words: str) -> int:
    """Where ``words`` first stand in ``text`` as whole words ("one", not inside "someone"),
    ignoring case if need be; -1 when they do not."""
    for flags in (0, re.IGNORECASE):
        pattern = (r"\b" if words[:1].isalnum() else "") + re.escape(words) + (
            r"\b" if words[-1:].isalnum() else "")
        found = re.search(pattern, text, flags)
        if found:
            return found.start()
    return text.lower().find(words.lower())


def ask(context: str, answer: str, *, nlp: Language | None = None) -> str:
    """A question about ``answer`` from ``context`` (a sentence or paragraph that contains it).

    Raises ``ArticleError`` when ``answer`` is not in ``context``.
    """
    from .questions import ask_in_place, ask_moved_out, form, subject_text_of

    start = _find_words(context, answer)
    if start < 0:
        raise ArticleError(f"the answer `{answer}` is not in the context",
                           "give a context that contains the answer word for word")
    nlp = nlp or load_pipeline()
    doc = nlp(context)
    span = doc.char_span(start, start + len(answer), alignment_mode="expand")
    sentence = span.sent if span is not None else next(iter(doc.sents))
    resolve = _PronounResolver([doc], keeps_pronouns=True)
    if span is None:
        return f"What is {answer}?"
    label = resolve.label(span)
    formed = form(sentence, span, resolve, label) or ask_moved_out(
        sentence, span, resolve, label) or ask_in_place(sentence, span, resolve, label)
    if formed.rule == "in-place" and len(formed.text.split()) <= 2:
        # the answer was (nearly) the whole sentence, and "What?" asks nothing: ask what the
        # text says about the thing it is about
        chunks = sorted((c for c in span.noun_chunks if c.root.pos_ != "PRON"),
                        key=lambda c: c.root.dep_ not in ("nsubj", "nsubjpass"))
        if chunks:
            return f"What does the text say about {subject_text_of(list(chunks[0]))}?"
    return formed.text
