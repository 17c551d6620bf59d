"""Country names and demonyms misspelt in wire copy ("Phillippines", "Ethopia",
"Afganistan"): one slip (a letter added, dropped, changed, or two swapped) in a long
capitalised word the dictionaries do not know stands for the state it nearly spells.

Kept conservative: both the word and the name have at least `MIN_LENGTH` letters (a short
name has too many neighbours: "Oman"/"Omar", "Brazil"/"Brazile"), the first letter is the
same, the word names one state only, is no part of a person's full name ("Peter Englund")
and is none of the real names one slip away from a state's (data/actors/near_names.txt).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

from spacy.tokens import Token

from accord.knowledge.tsv import load_words, packaged

MIN_LENGTH = 7


@lru_cache(maxsize=1)
def near_names() -> frozenset[str]:
    """Real words one slip from a state's name (data/actors/near_names.txt), lower-case."""
    return load_words(packaged("actors", "near_names.txt"))


def _one_slip(a: str, b: str) -> bool:
    """Whether two different words are one edit apart (insert, delete, substitute, or swap
    two neighbouring letters)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and \
            a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]
    short, long = (a, b) if len(a) < len(b) else (b, a)
    i = 0
    while i < len(short) and short[i] == long[i]:
        i += 1
    return short[i:] == long[i + 1:]


def _deletions(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


# what a misspelt word names: the kind of name ("state" or "adjective") and the state's ISO3
Key = tuple[str, str]


class Misspellings:
    """Long state names and demonyms (`names`: phrase -> its key), looked up one slip away."""

    def __init__(self, names: Iterable[tuple[str, Key]], known: frozenset[str]) -> None:
        self.known = known  # every phrase the dictionaries match: never a slip
        self.keys: dict[str, set[Key]] = {}
        self.index: dict[str, set[str]] = {}
        for phrase, key in names:
            low = phrase.lower()
            if " " in low or "-" in low or "." in low or len(low) < MIN_LENGTH:
                continue
            self.keys.setdefault(low, set()).add(key)
            for variant in _deletions(low) | {low}:
                self.index.setdefault(variant, set()).add(low)

    def key(self, tok: Token) -> Key | None:
        """The key of the one state the token misspells (a state's name before its
        adjective), or None."""
        low = tok.lower_
        if len(low) < MIN_LENGTH or not tok.is_alpha or not tok.text[:1].isupper() or \
                tok.is_sent_start and tok.pos_ not in ("PROPN", "NOUN", "ADJ") or \
                low in self.known or low in near_names() or low in self.keys:
            return None
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if tok.ent_type_ == "PERSON" and (tok.ent_iob_ == "I" or nxt is not None and
                                          nxt.ent_iob_ == "I"):
            return None  # part of a person's full name ("Peter Englund")
        candidates = set().union(*(self.index.get(v, set()) for v in _deletions(low) | {low}))
        hits = {name for name in candidates if name[0] == low[0] and _one_slip(low, name)}
        keys = {k for name in hits for k in self.keys[name]}
        if len({iso3 for _, iso3 in keys}) != 1:
            return None  # near two states' names, or none
        return min(keys, key=lambda k: k[0] != "state")

