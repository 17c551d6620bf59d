"""Country names and demonyms misspelt in wire copy ("Phillippines", "Ethopia",
"Afganistan"): one slip (a letter added, dropped, changed, or two swapped) in a long
capitalised word the dictionaries do not know stands for the state it nearly spells.

Kept conservative: both the word and the name have at least `MIN_LENGTH` letters (a short
name has too many neighbours: "Oman"/"Omar", "Brazil"/"Brazile"), the first letter is the
same, the word names one state only, is no part of a person's full name ("Peter Englund")
and is none of the real names one slip away from a state's (`NEAR_NAMES`).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

MIN_LENGTH = 7

# real words and names one slip from a state's name or demonym: places ("Columbia",
# "Indiana", "Granada", "the Americas"), peoples ("Sundanese" of Java), first names and
# surnames ("Dominic", "Georgina", "Cameron", "Hollande"), Spanish and Italian words
# ("Americano", "Mexicano"), teams ("Canadiens") and common words ("Emirate"); lower-case.
# Every word of the dictionaries' own phrases (people's names included) is known as well.
NEAR_NAMES = frozenset({
    "columbia", "columbian", "columbians", "indiana", "indianan", "indianas", "sundanese",
    "hollande", "englund", "germane", "germano", "romanic", "moravia", "malayan", "malayans",
    "britton", "brittany", "nigella", "jordans", "americas", "americo", "americano",
    "americanos", "mexicano", "mexicanos", "italiano", "italianos", "argentino",
    "argentinos", "portuguesa", "dominic", "dominican", "dominicans", "emirate", "falkland",
    "granada", "guianese", "howland", "slovenj", "cameron", "liberman", "giorgia",
    "georgina", "georgie", "canadien", "canadiens", "austral", "austrias",
})


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


class Misspellings:
    """Long state names and demonyms (`names`: phrase -> a key), looked up one slip away."""

    def __init__(self, names: Iterable[tuple[str, str]], known: frozenset[str]) -> None:
        self.known = known  # every phrase the dictionaries match: never a slip
        self.keys: dict[str, set[str]] = {}
        self.index: dict[str, set[str]] = {}
        for phrase, key in names:
            low = phrase.lower()
            if " " in low or "-" in low or "." in low or len(low) < MIN_LENGTH:
                continue
            self.keys.setdefault(low, set()).add(key)
            for variant in _deletions(low) | {low}:
                self.index.setdefault(variant, set()).add(low)

    def key(self, tok: Token) -> str | None:
        """The key ("kind|ISO3": the kind of name it misspells, a state's name before its
        adjective) of the one state the token misspells, or None."""
        low = tok.lower_
        if len(low) < MIN_LENGTH or not tok.is_alpha or not tok.text[:1].isupper() or \
                tok.is_sent_start and tok.pos_ not in ("PROPN", "NOUN", "ADJ") or \
                low in self.known or low in NEAR_NAMES or low in self.keys:
            return None
        nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
        if tok.ent_type_ == "PERSON" and (tok.ent_iob_ == "I" or nxt is not None and
                                          nxt.ent_iob_ == "I"):
            return None  # part of a person's full name ("Peter Englund")
        candidates = set().union(*(self.index.get(v, set()) for v in _deletions(low) | {low}))
        hits = {name for name in candidates if name[0] == low[0] and _one_slip(low, name)}
        keys = {k for name in hits for k in self.keys[name]}
        if len({k.split("|")[-1] for k in keys}) != 1:
            return None  # near two states' names, or none
        return sorted(keys, key=lambda k: not k.startswith("state|"))[0]

