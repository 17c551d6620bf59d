"""Event patterns as data: verbs and nouns to CAMEO codes, and modality cues."""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import cast

from accord.knowledge.cameo import cameo_table
from accord.knowledge.tsv import LoadReport, load_records, packaged, read_header, split_list
from accord.records import Status

VERB_COLUMNS = ("verb", "object", "cameo", "note")
NOUN_COLUMNS = ("noun", "modifier", "cameo", "note")
MODALITY_COLUMNS = ("cue", "role", "status")
JUDGEMENT_COLUMNS = ("word", "kind", "cameo", "note")
JUDGEMENT_KINDS = ("adjective", "noun", "verb")
SENSE_COLUMNS = ("word", "use", "cameo", "note")
# what a word of patterns/senses.tsv tells of an act's other sense (events/senses.py)
SENSE_USES = ("doer", "struck", "armed", "game_verb", "game_noun", "verbal", "mission",
              "strike_dissent", "strike_force", "forecast", "attacker", "armed_person",
              "armed_word", "weapon", "blast", "not_attack", "bomb_word", "attack_verb",
              "claim_cue", "bomb", "bomb_kind", "harm", "crude_arm")
# uses whose rows carry a code: what a doer's act is instead, and a bombing's sub-code
CODED_SENSE_USES = ("doer", "bomb_kind")
_LEMMA = re.compile(r"[a-z][a-z'\-]*( [a-z]+)?")
# the cameo of a verb row that names a sense with no event ("seized the opportunity",
# "captured a share of the market"): the row wins over the verb's default and codes nothing
NO_EVENT = "-"


@dataclass(frozen=True, slots=True)
class VerbPattern:
    verb: str
    particle: str | None
    objects: frozenset[str]  # empty: the verb's default
    cameo: str

    @property
    def specificity(self) -> int:
        return 2 * (self.particle is not None) + (1 if self.objects else 0)


@dataclass(frozen=True, slots=True)
class NounPattern:
    noun: str
    modifiers: frozenset[str]  # empty: the noun's default
    cameo: str


@dataclass
class Patterns:
    verbs: dict[str, list[VerbPattern]] = field(default_factory=lambda: defaultdict(list))
    nouns: dict[str, list[NounPattern]] = field(default_factory=lambda: defaultdict(list))
    modality: dict[tuple[str, str], Status] = field(default_factory=dict)  # (role, cue) -> status
    # (kind, lemma) -> code: words of condemnation ("reckless", "hypocrisy", "undermine")
    judgements: dict[tuple[str, str], str] = field(default_factory=dict)
    # use -> word -> code ("-": no event): words with a non-political sense (senses.tsv)
    senses: dict[str, dict[str, str]] = field(
        default_factory=lambda: {use: {} for use in SENSE_USES})
    report: LoadReport = field(default_factory=LoadReport)
    _forms: dict[str, Status] | None = field(default=None, repr=False)

    def add_file(self, path: Path, kind: str, *, strict: bool) -> None:
        codes = cameo_table()

        def code(value: str) -> str:
            value = value.strip()
            if value not in codes:
                raise ValueError(f"unknown CAMEO code {value!r} (see data/cameo/cameo.tsv)")
            return value

        def verb(row: dict[str, str]) -> VerbPattern:
            lemma = " ".join(row["verb"].split())
            if not _LEMMA.fullmatch(lemma):
                raise ValueError(f"verb must be a lower-case lemma, optionally with one "
                                 f"particle, got {row['verb']!r}")
            head, _, particle = lemma.partition(" ")
            objs = frozenset(o.lower() for o in split_list(row["object"]))
            if row["cameo"].strip() == NO_EVENT:
                if not objs:
                    raise ValueError("a row with no event (cameo '-') needs an object")
                return VerbPattern(head, particle or None, objs, NO_EVENT)
            return VerbPattern(head, particle or None, objs, code(row["cameo"]))

        def noun(row: dict[str, str]) -> NounPattern:
            lemma = row["noun"].strip()
            if not re.fullmatch(r"[a-z][a-z\-]*", lemma):
                raise ValueError(f"noun must be one lower-case lemma, got {lemma!r}")
            mods = frozenset(m.lower() for m in split_list(row["modifier"]))
            return NounPattern(lemma, mods, code(row["cameo"]))

        def cue(row: dict[str, str]) -> tuple[str, str, Status]:
            role, status = row["role"].strip(), row["status"].strip()
            if role not in ("aux", "governor", "passive", "adverb", "det", "mark"):
                raise ValueError(f"role must be aux, governor, passive, adverb, det or mark, "
                                 f"got {role!r}")
            if status not in ("intended", "hedged", "negated"):
                raise ValueError(f"status must be intended, hedged or negated, got {status!r}")
            return role, row["cue"].strip().lower(), cast(Status, status)

        def judgement(row: dict[str, str]) -> tuple[str, str, str]:
            word, jkind = row["word"].strip(), row["kind"].strip()
            if not re.fullmatch(r"[a-z][a-z\-]*", word):
                raise ValueError(f"word must be one lower-case lemma, got {row['word']!r}")
            if jkind not in JUDGEMENT_KINDS:
                raise ValueError(f"kind must be adjective, noun or verb, got {jkind!r}")
            cameo = code(row["cameo"])
            if not cameo.startswith("11"):
                raise ValueError(f"a judgement is a disapproval or accusation (CAMEO 11x), "
                                 f"got {cameo!r}")
            return jkind, word, cameo

        def sense(row: dict[str, str]) -> tuple[str, str, str]:
            word, use = " ".join(row["word"].split()), row["use"].strip()
            if not re.fullmatch(r"[a-z][a-z\-]*( [a-z]+)?", word):
                raise ValueError(f"word must be a lower-case lemma (two words at most), "
                                 f"got {row['word']!r}")
            if use not in SENSE_USES:
                raise ValueError(f"use must be one of {', '.join(SENSE_USES)}, got {use!r}")
            value = row["cameo"].strip() or NO_EVENT
            if value != NO_EVENT and use not in CODED_SENSE_USES:
                raise ValueError(f"only a 'doer' or 'bomb_kind' row carries a code; a {use!r} "
                                 f"row takes cameo '-', got {value!r}")
            if value == NO_EVENT and use == "bomb_kind":
                raise ValueError("a 'bomb_kind' row needs the bombing's code")
            return use, word, value if value == NO_EVENT else code(value)

        if kind == "verbs":
            for v in load_records(path, VERB_COLUMNS, verb, strict=strict, report=self.report):
                self.verbs[v.verb].append(v)
        elif kind == "nouns":
            for n in load_records(path, NOUN_COLUMNS, noun, strict=strict, report=self.report):
                self.nouns[n.noun].append(n)
        elif kind == "judgements":
            for jkind, word, cameo in load_records(path, JUDGEMENT_COLUMNS, judgement,
                                                   strict=strict, report=self.report):
                self.judgements[(jkind, word)] = cameo
        elif kind == "senses":
            for use, word, value in load_records(path, SENSE_COLUMNS, sense, strict=strict,
                                                 report=self.report):
                self.senses[use][word] = value
        else:
            for role, c, status in load_records(path, MODALITY_COLUMNS, cue, strict=strict,
                                                report=self.report):
                self.modality[(role, c)] = status

    def governor_form(self, word: str) -> Status | None:
        """A governor cue in an inflected form the lemmatiser missed ("hopes", "poised")."""
        if self._forms is None:
            self._forms = {}
            for (role, cue), status in self.modality.items():
                if role != "governor" or " " in cue:
                    continue
                stem = cue[:-1] if cue.endswith("e") else cue
                for form in (cue + "s", cue + "es", cue + "d", cue + "ed", stem + "ing",
                             cue + "ing", stem + "ed"):
                    self._forms.setdefault(form, status)
        return self._forms.get(word)

    def noun_code(self, lemma: str, modifiers: set[str]) -> str | None:
        """The code of an event noun: a row whose modifier matches, else the default."""
        default = None
        for p in self.nouns.get(lemma, ()):
            if p.modifiers and p.modifiers & modifiers:
                return p.cameo
            if not p.modifiers and default is None:
                default = p.cameo
        return default

    def verb_code(self, lemma: str, particles: set[str], objects: set[str]
                  ) -> tuple[VerbPattern | None, str | None]:
        """The most specific pattern for a verb (and the particle it used)."""
        best: VerbPattern | None = None
        for p in self.verbs.get(lemma, ()):
            if p.particle is not None and p.particle not in particles:
                continue
            if p.objects and not (p.objects & objects):
                continue
            if best is None or p.specificity > best.specificity:
                best = p
        return best, best.particle if best else None



@lru_cache(maxsize=4)
def default_patterns(user_files: tuple[str, ...] = ()) -> Patterns:
    pats = Patterns()
    pats.add_file(packaged("patterns", "verbs.tsv"), "verbs", strict=True)
    pats.add_file(packaged("patterns", "nouns.tsv"), "nouns", strict=True)
    pats.add_file(packaged("patterns", "modality.tsv"), "modality", strict=True)
    pats.add_file(packaged("patterns", "judgements.tsv"), "judgements", strict=True)
    pats.add_file(packaged("patterns", "senses.tsv"), "senses", strict=True)
    for f in user_files:
        path = Path(f)
        kinds: dict[tuple[str, ...], str] = {VERB_COLUMNS: "verbs", NOUN_COLUMNS: "nouns",
                                             JUDGEMENT_COLUMNS: "judgements",
                                             SENSE_COLUMNS: "senses"}
        kind = kinds.get(read_header(path), "modality")
        pats.add_file(path, kind, strict=False)
    return pats
