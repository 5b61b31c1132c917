"""Turning a sentence and an answer span in it into a question.

The rules move the answer's phrase out of its clause and put a wh-word in front, with
do-support and agreement for the verb: subject → "Who met …?", object → "What did X approve?",
time and place phrases → "When/Where did …?", numbers → "How many N …?", a person's title →
"Who is the Turkish Foreign Minister?". When no rule fits, the answer is asked in place
("… held talks on what?"), which is still a grammatical question.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
OBJECTS = {"dobj", "attr", "oprd", "dative"}
PERSONAL_PRONOUNS = {"he", "she", "it", "they", "him", "her", "them", "we", "us", "i", "me",
                     "you", "this", "that", "these", "those"}
SPEECH_VERBS = {"say", "tell", "state", "announce", "add", "claim", "report", "note", "stress",
                "insist", "argue", "explain", "warn", "write", "suggest", "reiterate", "confirm"}
WHEN_PREPS = {"on", "in", "at", "during"}
WHERE_PREPS = {"in", "at", "near", "inside", "across", "throughout", "outside"}
PLACE_LABELS = {"GPE", "LOC", "FAC"}
TIME_LABELS = {"DATE", "TIME"}
COUNT_LABELS = {"CARDINAL", "QUANTITY"}

# Agreement with a singular wh-subject ("Who has held …", not "Who have held …").
_SINGULAR_AUX = {"are": "is", "have": "has", "do": "does", "were": "was", "'re": "is", "'ve": "has"}
_DO_SUPPORT = {"VBD": "did", "VBZ": "does", "VBP": "do", "VB": "do"}


@dataclass(frozen=True)
class Formed:
    """A question made from a sentence."""

    text: str
    """The question, capitalised and ending in `?`."""

    rule: str
    """Which rule made it: subject, object, when, where, how-many, title or in-place."""


Resolver = Callable[["Token"], "str | None"]


def _no_resolver(token: Token) -> str | None:
    return None


def entity_label(span: Span) -> str:
    """The entity label covering most of ``span`` (empty when it is no entity)."""
    labels = [t.ent_type_ for t in span if t.ent_type_]
    return max(set(labels), key=labels.count) if labels else ""


def span_root(span: Span) -> Token:
    """The token of ``span`` whose head lies outside it."""
    for token in span:
        if token.head.i < span.start or token.head.i >= span.end or token.head.i == token.i:
            return token
    return span.root


def wh_word(span: Span, label: str | None = None) -> str:
    label = entity_label(span) if label is None else label
    if label == "PERSON" or (not label and span_root(span).lemma_ in ("person", "people")):
        return "who"
    if label == "MONEY":
        return "how much"
    if label in COUNT_LABELS:
        return "how many"
    return "what"


def _attaches_left(token: Token, previous: Token | None) -> bool:
    """Whether ``token`` follows the word before it without a space (`'s`, `n't`, `,`)."""
    if previous is not None and token.i == previous.i + 1:
        return not previous.whitespace_
    glued = token.i > 0 and not token.doc[token.i - 1].whitespace_
    return glued and (token.tag_ == "POS" or token.lower_ == "n't" or
                      (token.is_punct and token.text not in "([{\"'"))


def render(tokens: Iterable[Token | str]) -> str:
    """Tokens and inserted words as text, with the article's own spacing between tokens."""
    out: list[str] = []
    previous: Token | None = None
    for item in tokens:
        token = None if isinstance(item, str) else item
        if out and not (token is not None and _attaches_left(token, previous)):
            out.append(" ")
        out.append(item if token is None else token.text)
        previous = token
    text = "".join(out).strip()
    text = re.sub(r"\s+([,.;:?!%])", r"\1", text)
    text = re.sub(r"\s{2,}", " ", text)
    text = re.sub(r"(,\s*)+([?.])", r"\2", text)
    return re.sub(r"^[,;:\s]+|[,;:\s]+$", "", text)


def finish(text: str) -> str:
    text = re.sub(r"\s*[.!?,;:]*\s*$", "", text.strip())
    text = re.sub(r"\s*,\s*,", ",", text)
    return text[:1].upper() + text[1:] + "?"


def _subtree(token: Token) -> set[int]:
    return {t.i for t in token.subtree}


def _subject(verb: Token) -> Token | None:
    for child in verb.children:
        if child.dep_ in SUBJECTS:
            return child
    # A verb joined by `and` shares the subject of the first verb.
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
        return _subject(verb.head)
    return None


def _clause(verb: Token) -> list[Token]:
    """The tokens of the clause headed by ``verb``, without conjoined clauses and end punctuation."""
    skip: set[int] = set()
    for child in verb.children:
        if child.dep_ == "conj" and child.pos_ in ("VERB", "AUX") or child.dep_ in (
                "advcl", "parataxis") and child.i > verb.i:
            skip |= _subtree(child)
        if child.dep_ == "cc" and any(c.dep_ == "conj" and c.pos_ in ("VERB", "AUX")
                                      for c in verb.children) and child.i > verb.i:
            skip.add(child.i)
        if child.dep_ == "mark" and child.i < verb.i:
            skip.add(child.i)
    tokens = [t for t in verb.subtree if t.i not in skip]
    while tokens and (tokens[-1].is_punct or tokens[-1].dep_ == "cc"):
        tokens.pop()
    while tokens and (tokens[0].is_punct or tokens[0].dep_ == "cc" or
                      tokens[0].lower_ in ("but", "and", "so", "however", "also")):
        tokens.pop(0)
    return tokens


def _attribution(verb: Token, resolve: Resolver) -> str:
    """`According to Fidan, ` when the clause is what someone said."""
    if verb.dep_ != "ccomp" or verb.head.lemma_ not in SPEECH_VERBS:
        return ""
    speaker = _subject(verb.head)
    name = _subject_text(speaker, resolve) if speaker is not None else None
    return f"according to {name}, " if name else ""


def _subject_text(subject: Token, resolve: Resolver) -> str | None:
    if subject.lower_ in PERSONAL_PRONOUNS and len(list(subject.subtree)) == 1:
        return resolve(subject)
    text = render(subject.subtree)
    first = subject.left_edge
    if first.i == first.sent.start and first.tag_ not in ("NNP", "NNPS") and first.text != "I":
        text = text[:1].lower() + text[1:]  # no longer the first word of the sentence
    return text


def _has_unresolved_pronoun(tokens: Iterable[Token]) -> bool:
    return any(t.lower_ in PERSONAL_PRONOUNS and t.tag_ == "PRP" for t in tokens)


def is_finite(verb: Token) -> bool:
    """A verb that can carry a question: tensed itself or with a tensed auxiliary."""
    return verb.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
        c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBD", "VBZ", "VBP", "MD")
        for c in verb.children)


def _ask_subject(verb: Token, subject: Token, wh: str, resolve: Resolver) -> Formed | None:
    if not is_finite(verb):
        return None
    gone = _subtree(subject)
    rest = [t for t in _clause(verb) if t.i not in gone]
    if _has_unresolved_pronoun(rest):
        return None
    words: list[Token | str] = []
    agreed = False
    for token in rest:
        if token.i < subject.i:
            words.append(token)
            continue
        if not words or (not isinstance(words[-1], str) and words[-1].i < subject.i):
            words.append(wh)
        if not agreed and token.head == verb and token.dep_ in ("aux", "auxpass") or (
                not agreed and token == verb):
            agreed = True
            if token.tag_ == "VBP":
                words.append(_SINGULAR_AUX.get(token.lower_) or _inflect(token, "VBZ"))
                continue
        words.append(token)
    if wh not in words:
        words.append(wh)
    return Formed(finish(_attribution(verb, resolve) + render(words)), "subject")


def _inflect(token: Token, tag: str) -> str:
    from lemminflect import getInflection

    forms = getInflection(token.lemma_, tag=tag)
    return forms[0] if forms else token.text


def _ask_fronted(verb: Token, wh: str, gone: set[int], resolve: Resolver,
                 rule: str) -> Formed | None:
    """A question with the wh-phrase in front and the subject after the (auxiliary) verb."""
    subject = _subject(verb)
    if subject is None or subject.i > verb.i or not is_finite(verb):
        return None
    if any(c.dep_ in ("ccomp", "xcomp", "dobj") and c.i < subject.i for c in verb.children):
        return None  # "X happened, the minister said": nothing to move the wh-word past
    subject_text = _subject_text(subject, resolve)
    if not subject_text:
        return None
    clause = [t for t in _clause(verb) if t.i not in gone and t.i not in _subtree(subject)]
    auxes = [t for t in clause if t.head == verb and t.dep_ in ("aux", "auxpass") and t.i < verb.i]
    negs = [t for t in clause if t.head == verb and t.dep_ == "neg"]
    before = _fronted_adverbials(verb, subject, clause)
    after = [t for t in clause if t.i > verb.i]
    if _has_unresolved_pronoun(before + after):
        return None
    words: list[Token | str] = [wh]
    if auxes:
        words += [auxes[0], subject_text, *negs, *auxes[1:], verb]
    elif verb.lemma_ == "be":
        words += [verb, subject_text, *negs]
    elif verb.tag_ in _DO_SUPPORT:
        do = _DO_SUPPORT[verb.tag_]
        if verb.tag_ in ("VBP", "VB") and subject.tag_ in ("NN", "NNP"):
            do = "did"  # "The library cost $12 million": a singular subject makes it past
        words += [do, subject_text, *negs, verb.lemma_]
    else:
        return None
    words += after
    if before:
        words += [t for t in before if not t.is_punct]
    return Formed(finish(_attribution(verb, resolve) + render(words)), rule)


def _fronted_adverbials(verb: Token, subject: Token, clause: list[Token]) -> list[Token]:
    """Short time and place phrases in front of the subject, to be moved behind the verb;
    longer fronted clauses are left out (they are optional to the question)."""
    kept = {t.i for t in clause}
    out: list[Token] = []
    for child in verb.children:
        if child.i < subject.i and child.dep_ in ("prep", "npadvmod", "advmod"):
            phrase = [t for t in child.subtree if t.i in kept]
            if len(phrase) <= 6:
                out += phrase
    return out


def _title_of(person: Token, answer: Span) -> list[Token]:
    """`Turkish Foreign Minister` in `Turkish Foreign Minister Hakan Fidan`."""
    title = [t for t in person.subtree if t.i < answer.start and t.dep_ not in ("det", "punct")
             and not (t.dep_ == "poss" or t.tag_ == "POS")]
    if title and any(t.pos_ == "PROPN" or t.is_title for t in title) and all(
            t.ent_type_ != "PERSON" for t in title):
        return title
    for child in person.children:
        if child.dep_ == "appos" and child.ent_type_ != "PERSON":
            return [t for t in child.subtree if not t.is_punct]
    return []


def form(sentence: Span, answer: Span, resolve: Resolver = _no_resolver,
         label: str | None = None) -> Formed | None:
    """A question about ``answer`` (a span of ``sentence``) by the first rule that fits, else
    ``None``. ``label`` overrides the entity label spaCy gave the answer."""
    root = span_root(answer)
    label = entity_label(answer) if label is None else label
    wh = wh_word(answer, label)

    # A person with a title in front of the name or in apposition: "Who is the … minister?"
    if label == "PERSON":
        title = _title_of(root, answer)
        if len(title) >= 2:  # "the Mayor" alone could be anyone's
            text = render(title)
            article = "" if text.lower().startswith("the ") else "the "
            return Formed(finish(f"who is {article}{text}"), "title")

    # A number counting something: "How many rounds of talks have officials held?"
    if label in COUNT_LABELS and root.dep_ == "nummod" and root.head.pos_ == "NOUN":
        noun = root.head
        phrase = "how many " + render(t for t in noun.subtree if t.i not in _subtree(root)
                                      and t.dep_ != "det")
        return _ask_for_phrase(noun, phrase, resolve, "how-many")

    # The agent of a passive: "The bridge was opened by X" → "Who opened the bridge?"
    if root.dep_ == "pobj" and root.head.dep_ == "agent" and root.head.head.tag_ == "VBN":
        return _ask_agent(root.head.head, root.head, wh, resolve)

    if root.dep_ in ("pobj",) and root.head.dep_ == "prep":
        prep = root.head
        verb = prep.head
        if verb.pos_ in ("VERB", "AUX") and verb.dep_ not in ("relcl", "acl", "advcl"):
            gone = _subtree(prep)
            if label in TIME_LABELS and prep.lower_ in WHEN_PREPS:
                return _ask_fronted(verb, "when", gone, resolve, "when")
            if label in PLACE_LABELS and prep.lower_ in WHERE_PREPS:
                return _ask_fronted(verb, "where", gone, resolve, "where")
            if len(list(prep.children)) == 1 and wh == "who":
                # The preposition stays where it was: "Who did X meet with in Leeds?"
                return _ask_fronted(verb, wh, gone - {prep.i}, resolve, "object")
        return None

    if label in TIME_LABELS and root.dep_ in ("npadvmod", "tmod") and root.head.pos_ in (
            "VERB", "AUX"):
        return _ask_fronted(root.head, "when", _subtree(root), resolve, "when")

    return _ask_for_phrase(root, wh, resolve, "subject" if root.dep_ in SUBJECTS else "object")


def _ask_agent(verb: Token, agent: Token, wh: str, resolve: Resolver) -> Formed | None:
    """The active question for the agent of a passive verb."""
    subject = _subject(verb)
    if subject is None or subject.dep_ != "nsubjpass" or verb.dep_ in ("relcl", "acl"):
        return None
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass") and c.i < verb.i]
    passive_be = [a for a in auxes if a.dep_ == "auxpass"]
    if not passive_be:
        return None
    others = [a for a in auxes if a.dep_ == "aux"]
    if others:  # "has been opened" → "has opened", "will be opened" → "will open"
        modal = others[0]
        form_ = "VB" if modal.tag_ == "MD" else "VBN"
        verb_words: list[Token | str] = [*others, _inflect(verb, form_)]
    else:
        tense = "VBD" if passive_be[0].tag_ == "VBD" else "VBZ"
        verb_words = [_inflect(verb, tense)]
    object_text = _subject_text(subject, resolve)
    if not object_text:
        return None
    gone = _subtree(agent) | _subtree(subject) | {a.i for a in auxes} | {verb.i}
    rest = [t for t in _clause(verb) if t.i not in gone and t.i > verb.i]
    if _has_unresolved_pronoun(rest):
        return None
    words = [wh, *verb_words, object_text, *rest]
    return Formed(finish(_attribution(verb, resolve) + render(words)), "agent")


def _ask_for_phrase(head: Token, wh: str, resolve: Resolver, rule: str) -> Formed | None:
    """The question whose answer is the whole noun phrase headed by ``head``."""
    verb = head.head
    if verb.pos_ not in ("VERB", "AUX") or verb.dep_ in ("relcl", "acl", "advcl"):
        return None
    if head.dep_ in SUBJECTS:
        return _ask_subject(verb, head, wh, resolve)
    if head.dep_ in OBJECTS:
        return _ask_fronted(verb, wh, _subtree(head), resolve, rule)
    return None


def ask_in_place(sentence: Span, answer: Span, resolve: Resolver = _no_resolver,
                 label: str | None = None) -> Formed:
    """The answer replaced by its wh-word where it stands: "… held talks on what?"."""
    words: list[Token | str] = []
    for token in sentence:
        if answer.start <= token.i < answer.end:
            if token.i == answer.start:
                words.append(wh_word(answer, label))
            continue
        if token.tag_ == "PRP" and token.dep_ in SUBJECTS:
            name = resolve(token)
            words.append(name if name else token)
            continue
        words.append(token)
    # Drop a determiner left in front of the wh-word ("the what").
    text = render(words)
    text = re.sub(r"\b(the|a|an) (what|who|how many|how much)\b", r"\2", text, flags=re.I)
    return Formed(finish(text), "in-place")
