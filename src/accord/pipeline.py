"""The coder as one object: parse → actors → events for each Article.

Everything heavy (the spaCy model, the phrase matchers, the pattern tables) is built once per
`Coder`; `code_articles` streams articles through `nlp.pipe` in batches.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from itertools import chain, islice

from spacy.tokens import Doc, Span, Token

from accord.actors import coref
from accord.actors.domestic import (
    WHERE_PREPS,
    addressed_organ,
    allegiance,
    domestic,
    place_unplaced,
    titled_organs,
    unplaced,
)
from accord.actors.groups import EMBASSY_WORDS, group_places, uncovered
from accord.actors.kb import KnowledgeBase, load_kb
from accord.actors.matcher import ActorMatcher, government_bodies
from accord.events import modality, narrative
from accord.events.coder import JOINT_ROOTS, ArticleContext, SentenceCoder, settled_with
from accord.events.frame import Frame
from accord.events.home import CALL_OFF, home_office
from accord.events.implicit import Places
from accord.events.syntax import on_condition, reporter
from accord.knowledge.cameo import cameo_table
from accord.knowledge.patterns import Patterns, default_patterns
from accord.knowledge.tsv import load_records, packaged
from accord.limits import DEFAULT_LIMITS, Limits
from accord.nlp import DEFAULT_MODEL, load_pipeline
from accord.parallel import ParsePool
from accord.records import (
    NON_STATE_SECTORS,
    REBEL_SECTORS,
    Article,
    Event,
    EventDate,
    Location,
    Mention,
    Status,
)

__version__ = "0.1.0"
# CAMEO 14: protest (demonstrate, rally, strike, boycott, riot)
PROTEST_ROOT = "14"
# the protests whose unnamed target is the group's own government: demonstrations (141),
# hunger strikes (142), blockades (144) and riots (145); a strike or boycott (143) only by a
# group other than workers, whose strike is most often against an employer ("workers went
# on strike over unpaid wages"); not the bare root (140: dissent)
IMPLICIT_CODES = ("141", "142", "144", "145")
POLITICAL_CODES = ("143",)
EMPLOYEES = "LAB"
# words for a government that a workers' strike called off was settled with ("called off the
# strike after talks with the government"): the strike was political, aimed at it
GOVERNMENT_WORDS = {"government", "authorities", "ministry", "minister", "cabinet", "president",
                    "presidency", "state"}
# appeals and demands only a government grants (a change of leadership, elections, policy,
# rights, regime: CAMEO 024x, 104x): one by a country's own civic group that names no one is
# made to its government, as its protest is ("Turkey's main opposition party demanded early
# elections"); not by armed groups, who ask foreign states as often
HOME_ASK_CODES = ("024", "104")
HOME_ASKERS = {"OPP", "LAB", "EDU", "NGO", "CVL", "AGR", "REL"}
# a group ending its protest (home.CALL_OFF, 082: calling off a strike, a march, a hunger
# strike) yields to whom the protest was aimed at: as a protest, by a group other than
# workers, or by workers when the strike is political
# ... and an armed group of a state laying down its arms or surrendering at home (CAMEO 0873,
# 0874) with no target named yields to that state's government ("FARC rebels laid down their
# arms"); not a truce or pull-back (0871, 087), as often toward a foe abroad ("Hezbollah
# declared a ceasefire")
REBEL_RETREAT = ("0873", "0874")
# a workers' strike is political, aimed at the government, when it is general ("a general
# strike", "a nationwide strike") or said to be against, over or to protest a policy ("to
# protest the fuel price rise", "against the pension reform")
NATIONWIDE_WORDS = {"general", "national", "nationwide", "countrywide"}
POLICY_WORDS = {"policy", "policies", "reform", "reforms", "law", "laws", "bill", "tax",
                "taxes", "price", "prices", "subsidy", "subsidies", "austerity", "budget",
                "government", "decree", "measure", "measures", "hike", "rise", "increase",
                "cut", "cuts", "privatisation", "privatization", "regime"}
PURPOSE_PREPS = {"against", "over"}
# property destroyed (CAMEO 1712: torched, set on fire, burned down) by a country's protesting
# groups (its demonstrators and opposition, students, workers, prisoners) with no one named
# as its owner is a riot, aimed at their government as their protest is ("rioters torched
# police stations in Dhaka", "inmates set mattresses on fire"); not by rebels, militants or
# villagers, whose burning is an attack or communal violence; nor a participle that tells how
# another act went ("prisoners rioted at a jail, setting fire to their mattresses": that
# riot's, and where it happened is that verb's)
DESTROY_PROPERTY = "1712"
RIOT = "145"
RIOTERS = {"OPP", "EDU", "LAB", "CRM"}

@lru_cache(maxsize=1)
def government_outlet() -> re.Pattern[str]:
    """An outlet that is a government body (data/actors/government_bodies.txt): a part of
    its name (between commas, dashes, brackets) starts with such words, or has them after
    the state's name ("Office of the Spokesperson, U.S. Department of State"; not "Embassy
    Suites Hotel")."""
    words = "|".join(map(re.escape, sorted(government_bodies(), key=len, reverse=True)))
    return re.compile(r"(?:^|[,;(\u2013\u2014-]\s*)(?:the\s+)?(?:[\w.'-]+\s+){0,3}?(?:"
                      + words + r")\b(?!\s+(?:suites|hotel)\b)", re.IGNORECASE)


@lru_cache(maxsize=1)
def data_fingerprint() -> str:
    """A short hash of every packaged knowledge file: part of the coder version."""
    h = hashlib.sha1()
    root = packaged()
    for path in sorted(root.rglob("*")):
        if path.is_file() and path.suffix in (".tsv", ".txt") and "sample" not in path.parts:
            h.update(path.relative_to(root).as_posix().encode())
            h.update(path.read_bytes())
    return h.hexdigest()[:8]


def coder_version() -> str:
    return f"{__version__}+{data_fingerprint()}"


def load_calibration(name: str = "calibration.tsv") -> list[tuple[float, float]]:
    """(raw lower bound, calibrated precision) bins from data/patterns/<name>: dyadic events
    by default, one-sided events (no target) from calibration_one_sided.tsv."""
    path = packaged("patterns", name)
    if not path.exists():
        return []
    rows = load_records(path, ("raw_min", "raw_max", "calibrated", "events"),
                        lambda r: (float(r["raw_min"]), float(r["calibrated"])), strict=True)
    return sorted(rows)


def calibrated(raw: float, bins: list[tuple[float, float]]) -> float:
    """The measured precision of the bin a raw confidence falls in (raw when uncalibrated)."""
    value = raw
    for low, precision in bins:
        if raw >= low:
            value = precision
    return value


@dataclass
class CodedArticle:
    article: Article
    events: list[Event]
    sentences: int
    mentions: list[Mention]
    # sentences left uncoded for being over Limits.max_sentence_tokens
    skipped_sentences: int = 0
    # set when coding stopped at Limits.max_seconds: the events are incomplete
    limit_hit: str | None = None
    # character spans of the sentences, and whether each was coded (not over the limit)
    sentence_spans: tuple[tuple[int, int, bool], ...] = ()


class Coder:
    """Codes articles into events. Build once, reuse: loading takes about a second."""

    def __init__(self, model: str = DEFAULT_MODEL, kb: KnowledgeBase | None = None,
                 patterns: Patterns | None = None, calibrate: bool = True,
                 limits: Limits = DEFAULT_LIMITS, one_sided: bool = False) -> None:
        self.model = model
        self.nlp = load_pipeline(model)
        self.kb = kb or load_kb()
        self.patterns = patterns or default_patterns()
        self.matcher = ActorMatcher(self.nlp, self.kb)
        self.places = Places(self.matcher.groups.place_country, self.kb.country_actor,
                             self.kb.holds)
        self.sentence_coder = SentenceCoder(self.patterns, self.places)
        self.cameo = cameo_table()
        # events whose target the text does not name (GDELT's Actor1-only rows): off by
        # default, since most relations work needs a dyad (docs/output-contract.md)
        self.one_sided = one_sided
        self.version = coder_version() + ("+one-sided" if one_sided else "")
        self.calibration = load_calibration() if calibrate else []
        # an event with no target is right less often: its own bins
        self.calibration_one_sided = load_calibration("calibration_one_sided.tsv") \
            if calibrate else []
        self.limits = limits
        self._speakers: dict[str, Mention | None] = {}
        self.capitals = {c.iso3: c.seats[0] for c in self.kb.countries.values() if c.seats}

    def code(self, article: Article) -> CodedArticle:
        return self._code(article, self.nlp(article.text))

    def with_options(self, *, limits: Limits | None = None,
                     one_sided: bool | None = None) -> Coder:
        """This coder with other bounds or output options, sharing the loaded model and
        knowledge (a shallow copy: building a coder takes about a second)."""
        import copy

        out = copy.copy(self)
        # per-article state is the copy's own, so the two may code side by side
        out.sentence_coder = SentenceCoder(self.patterns, self.places)
        out._speakers = {}
        if limits is not None:
            out.limits = limits
        if one_sided is not None:
            out.one_sided = one_sided
            out.version = coder_version() + ("+one-sided" if one_sided else "")
        return out

    def code_articles(self, articles: Iterable[Article], batch_size: int = 32,
                      workers: int = 1) -> Iterator[CodedArticle]:
        """Code a stream of articles in order; `workers` > 1 parses in that many fresh
        processes (accord.parallel), which is where the time goes."""
        it = iter(articles)
        if workers > 1:  # starting processes costs seconds: not worth it for a few articles
            head = list(islice(it, 2 * batch_size))
            if len(head) < 2 * batch_size:
                workers = 1
            it = chain(head, it)
        stream = ((a.text, a) for a in it)
        if workers <= 1 or os.name == "nt":  # Windows passes no pipes: spaCy's own processes
            for doc, article in self.nlp.pipe(stream, as_tuples=True, batch_size=batch_size,
                                              n_process=max(1, workers)):
                yield self._code(article, doc)
            return
        with ParsePool(self.model, workers) as pool:
            for doc, article in pool.pipe(self.nlp, stream, batch_size):
                yield self._code(article, doc)

    # ------------------------------------------------------------------ internals
    def _code(self, article: Article, doc: Doc) -> CodedArticle:
        named, bare = self.matcher.find_with_groups(doc, article.published)
        named += domestic(doc, named, bare, self._verb_code, self.matcher.organ_words,
                          self.matcher.groups.place_states)
        named += allegiance(doc, named)  # "militants loyal to the Islamic State"
        # groups no rule placed: the events they take part in place them or drop them
        named += unplaced(doc, uncovered(bare, named), NON_STATE_SECTORS)
        named.sort(key=lambda m: m.token_start)
        mentions = named + coref.resolve(doc, named, self._speaker(article))
        # organs named by title alone ("called on the finance minister to resign"): no
        # actors, but an address with no other target may take one (`_at_home`)
        organs = titled_organs(doc, uncovered(bare, mentions))
        events: list[Event] = []
        context = ArticleContext(voice=self._government(article))
        started, skipped, limit_hit = time.perf_counter(), 0, None
        sents = list(doc.sents)
        flashback = narrative.recalled(sents)  # "I looked back on the weeks before ..."
        spans = tuple((s.start_char, s.end_char, len(s) <= self.limits.max_sentence_tokens)
                      for s in sents)
        for index, sent in enumerate(sents):
            if not spans[index][2]:
                skipped += 1
                continue
            if time.perf_counter() - started > self.limits.max_seconds:
                limit_hit = (f"coding stopped at sentence {index + 1} of {len(sents)}: over "
                             f"the {self.limits.max_seconds:g} s limit (--max-seconds)")
                break
            sent_mentions = [m for m in mentions if sent.start <= m.token_start < sent.end]
            frames = self.sentence_coder.frames(sent, sent_mentions, context, index)
            titled = [m for m in organs if sent.start <= m.token_start < sent.end]
            events.extend(self._events(article, index, sent, frames, sent_mentions, titled,
                                       recalled=index in flashback))
        mentions = [m for m in mentions if m.actor.country]  # unplaced groups are no actors
        return CodedArticle(article, events, len(sents), mentions, skipped, limit_hit, spans)

    def _verb_code(self, verb: Token) -> str | None:
        """The CAMEO code the pattern tables give a verb, or None."""
        coded = self.sentence_coder.verb_pattern(verb)
        return coded[0] if coded is not None else None

    def _speaker(self, article: Article) -> Mention | None:
        """The article's own voice, when its outlet names an actor ("U.S. Mission to the
        United Nations", "The White House"): "we" in its statements is that actor."""
        if not article.outlet:
            return None
        if article.outlet not in self._speakers:
            found = self.matcher.find(self.nlp(article.outlet), article.published)
            states = [m for m in found if m.actor.kind in ("state", "organisation")]
            self._speakers[article.outlet] = states[0] if states else None
        return self._speakers[article.outlet]

    def _government(self, article: Article) -> Mention | None:
        """The state whose government publishes the article ("U.S. Department of State",
        "Ministry of Foreign Affairs of Japan"), or None (a news agency, no outlet)."""
        speaker = self._speaker(article)
        # a state, or one of its agencies ("U.S. Department of Defense": USAMIL)
        if speaker is None or speaker.actor.country not in self.kb.countries \
                or not article.outlet:
            return None
        name = article.outlet.replace("\u2019", "'")
        return speaker if government_outlet().search(name) else None

    def _events(self, article: Article, index: int, sent: Span, frames: list[Frame],
                mentions: list[Mention], organs: Sequence[Mention] = (), *,
                recalled: bool = False) -> list[Event]:
        out: list[Event] = []
        seen: set[tuple[str, str | None, str, str]] = set()
        text = sent.text.strip()
        start = sent.start_char + (len(sent.text) - len(sent.text.lstrip()))
        for frame in frames:
            frame = self._at_home(frame, mentions, organs)
            facts = self._facts(article, frame, mentions, recalled)
            framed: set[tuple[str, str | None, str, str]] = set()  # this frame's pairs
            for src, tgt in _pairs(frame, self.one_sided):
                # one event per (type, ordered actor pair) and modality (ANNOTATION.md,
                # Units); a joint act ("Belarus and Iran signed", or a meeting told from each
                # end) is one event either way, but "Iran handed Syria a gift as Syria sends
                # drones to Iran" is two
                root = frame.cameo[:2]
                key = (src.actor.party, tgt.actor.party if tgt else None, root,
                       facts.status)
                rkey = (key[1] or "", key[0], root, facts.status)
                if key in seen or rkey in framed or (rkey in seen and root in JOINT_ROOTS):
                    continue
                seen.add(key)
                framed.add(key)
                out.append(self._event(article, index, text, start, frame, facts, src, tgt))
        return out

    def _at_home(self, frame: Frame, mentions: list[Mention],
                 organs: Sequence[Mention] = ()) -> Frame:
        """A protest (CAMEO 14: demonstrate, rally, strike, boycott, riot) by one country's
        own people (its opposition, workers, students, civilians: a non-state sector) that
        names no target is aimed at that country's government, as CAMEO codes it ("Kurds
        in Iraq demonstrated" IRQ -> IRQ). The target is implicit: placed on the trigger,
        with a lower confidence. A protest by a state ("Russia boycotted the talks") or by
        groups of several countries is left without one, and so is one that happens abroad
        (a place the group or the act hangs on is in another state: "Pakistani workers in
        Dubai", "Iranian students in London"); one outside another state's embassy is
        aimed at that state. Not a workers' strike (IMPLICIT_CODES): it is most often
        against an employer, unless it is general or said to be against a policy
        (`_political`). A group's calling off its protest (082) is aimed where the protest
        was, by the same rules ("Nigerian unions called off a planned general strike"), and
        so is a home armed group's disarming or surrender (0873, 0874: "the rebels laid down
        their arms"), and a civic group's call for reform or a change of leaders at home
        (024x, 104x: "Turkey's main opposition party demanded early elections"). An organ
        named by its title alone ("the finance minister") that such an address names is the
        speakers' own state's (`organs`)."""
        sources, targets = place_unplaced(
            frame.trigger.doc, frame.cameo[:2], frame.sources, frame.targets,
            self.kb.country_actor, lambda c: c in self.kb.countries, mentions,
            self.matcher.groups.place_states, frame.trigger)
        if sources is not frame.sources or targets is not frame.targets:
            frame = replace(frame, sources=sources, targets=targets)
        if not frame.targets and organs and (addressed := addressed_organ(
                frame.trigger, frame.cameo[:2], frame.sources, list(organs),
                self.kb.country_actor, lambda c: c in self.kb.countries, mentions,
                self.matcher.groups.place_states)):
            # "Kenya's opposition called on the finance minister to resign": Kenya's
            frame = replace(frame, targets=addressed)
        if not frame.targets and (people := home_office(
                frame.trigger, frame.cameo, frame.sources, mentions, self.places)):
            # "the prime minister resigned": after any organ that pressed for it
            frame = replace(frame, targets=people)
        trig = frame.trigger
        own_clause = any(c.dep_ == "nsubj" for c in trig.children) or (
            trig.dep_ == "conj" and any(c.dep_ == "nsubj" for c in trig.head.children))
        if frame.cameo == DESTROY_PROPERTY and not frame.targets and frame.sources and \
                own_clause and all(m.actor.sector in RIOTERS and m.actor.kind == "state"
                                   for m in frame.sources):
            frame = replace(frame, cameo=RIOT)  # "demonstrators set fire to buildings"
        asks = frame.cameo.startswith(HOME_ASK_CODES) and all(
            m.actor.sector in HOME_ASKERS and m.actor.kind == "state" for m in frame.sources)
        if frame.cameo[:2] != PROTEST_ROOT and not frame.cameo.startswith(
                (CALL_OFF,) + REBEL_RETREAT) and not asks or frame.targets or not frame.sources:
            return frame
        countries = {m.actor.country for m in frame.sources}
        if len(countries) != 1 or any(m.actor.sector not in NON_STATE_SECTORS
                                      for m in frame.sources):
            return frame
        country = next(iter(countries))
        if country not in self.kb.countries:
            return frame  # a bloc's or organisation's groups: no one government
        trig = frame.trigger
        conf = min(m.confidence for m in frame.sources)
        where = _where(trig)
        embassy = [m for m in mentions if m.actor.country != country
                   and m.actor.country in self.kb.countries and m.actor.kind == "state"
                   and any(t.lower_ in EMBASSY_WORDS for t in trig.doc[m.token_start:m.token_end])
                   and any(m.token_start <= t.i < m.token_end for p in where for t in p.subtree)]
        if embassy:
            # "protested outside the Russian embassy": aimed at the embassy's state
            return replace(frame, targets=[replace(embassy[0], confidence=round(
                embassy[0].confidence * 0.8, 3))])
        places = where + [p for m in frame.sources for p in group_places(trig.doc[m.token_end - 1])]
        place_country = self.matcher.groups.place_country
        if any(place_country(p, mentions) not in (None, country) for p in places):
            return frame  # abroad: not aimed at the group's own government
        if frame.cameo.startswith(REBEL_RETREAT):
            if any(m.actor.sector not in REBEL_SECTORS for m in frame.sources):
                return frame
        elif not asks and frame.cameo[:3] not in IMPLICIT_CODES and not (
                frame.cameo[:3] in POLITICAL_CODES + (CALL_OFF,)
                and (all(m.actor.sector != EMPLOYEES for m in frame.sources)
                     or _political(trig) or frame.cameo == CALL_OFF and any(
                         t.lemma_.lower() in GOVERNMENT_WORDS for t in settled_with(trig)))):
            return frame
        target = Mention(self.kb.country_actor(country, "GOV"), trig.text, trig.idx,
                         trig.idx + len(trig), trig.i, trig.i + 1, round(conf * 0.6, 3),
                         "implicit")
        return replace(frame, targets=[target])

    def _facts(self, article: Article, frame: Frame, mentions: list[Mention],
               recalled: bool = False) -> _Facts:
        """What the predicate's clause says of every event it yields, read once per frame;
        `recalled`: the sentence tells a flashback (narrative.py), so its acts are earlier
        than the news."""
        clause = frame.clause
        status, _cues = modality.status_of(clause, self.patterns)
        if status == "occurred" and frame.cameo.startswith("03"):
            status = "intended"  # an expressed intent is about an act to come (ANNOTATION.md)
        # a threat told as said is made when it is said, and dated then ("on Friday, Berlin
        # declared that no veto would keep it from holding Moscow to account")
        threat = frame.cameo.startswith("13")
        teller = reporter(clause) if status == "intended" and threat else None
        if status in ("intended", "hedged") and threat and (
                on_condition(clause) or teller is not None):
            # "will cut aid unless Cairo frees the activists", "would freeze funds unless":
            # a threat is made when it is told (ANNOTATION.md: threats are events in their
            # own right, occurred)
            status = "occurred"
        # a nominal event's own date words come first: "condemned the October 7 attack"
        own = modality.own_date(frame.trigger, article.published)
        date = own if own is not None else modality.date_of(
            clause if teller is None else teller, article.published)
        background = status in ("occurred", "intended") and (
            recalled or modality.is_background(clause) or date.before_news
            or modality.dates.is_before_news(date, article.published)
            or (frame.nominal and modality.looked_back_on(frame.trigger)))
        return _Facts(status, date, background,
                      modality.location_of(clause, mentions, self.capitals),
                      modality.attribution_of(clause, mentions))

    def _event(self, article: Article, index: int, text: str, start: int, frame: Frame,
               facts: _Facts, src: Mention, tgt: Mention | None) -> Event:
        trig = frame.trigger
        code = self.cameo[frame.cameo]
        conf = (0.55 if frame.nominal else 0.85 if frame.specific else 0.7)
        conf *= min(src.confidence, tgt.confidence if tgt else 1.0)
        conf = calibrated(conf, self.calibration if tgt is not None
                          else self.calibration_one_sided)
        ident = "|".join([article.id, str(index), str(trig.idx), src.actor.code,
                          tgt.actor.code if tgt else "-", code.code, self.version])
        return Event(
            event_id=hashlib.sha1(ident.encode()).hexdigest()[:16],
            doc_id=article.id, sentence_index=index, sentence=text, sentence_start=start,
            sentence_end=start + len(text), source=src, target=tgt,
            trigger_text=trig.text, trigger_start=trig.idx, trigger_end=trig.idx + len(trig),
            object_text=frame.object_text, cameo=code.code, cameo_name=code.name,
            cameo_root=code.root, quad_class=code.quad_class, goldstein=code.goldstein,
            plover=code.plover, status=facts.status, background=facts.background,
            date=facts.date, location=facts.location, attribution=facts.attribution,
            confidence=round(conf, 3), published=article.published, url=article.url,
            outlet=article.outlet, coder_version=self.version,
        )


@dataclass(frozen=True, slots=True)
class _Facts:
    status: Status
    date: EventDate
    background: bool
    location: Location | None
    attribution: str | None


def _political(trigger: Token) -> bool:
    """Whether a strike is aimed at the government, not an employer: a general or
    nationwide one ("called off a planned general strike"), or one against, over or to
    protest a policy ("went on strike to protest the fuel price rise", "against the
    pension reform"); "over unpaid wages" is an employer's matter."""
    verb = trigger if trigger.pos_ in ("VERB", "AUX") else trigger.head
    heads = [verb] + [c for c in verb.children if c.dep_ == "dobj"]
    heads += [p for c in verb.children if c.dep_ == "prep" and c.lower_ not in PURPOSE_PREPS
              for p in c.children if p.dep_ == "pobj"]
    if any(c.dep_ == "amod" and c.lower_ in NATIONWIDE_WORDS for h in heads for c in h.children):
        return True
    said = [t for h in heads for c in h.children if c.dep_ == "prep"
            and c.lower_ in PURPOSE_PREPS for t in c.subtree]
    said += [t for c in verb.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB"
             and c.lemma_.lower() in ("protest", "oppose", "demand", "denounce", "reject")
             for t in c.subtree]
    return any(t.lower_ in POLICY_WORDS for t in said)


def _where(trigger: Token) -> list[Token]:
    """The places an act hangs on: objects of a preposition of place under its trigger, or
    under the verb of a nominal trigger ("went on strike in Dubai")."""
    heads = [trigger]
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("pobj", "dobj"):
        verb = trigger.head.head if trigger.dep_ == "pobj" else trigger.head
        heads.append(verb)
    return [p for h in heads for c in h.children if c.dep_ == "prep"
            and c.lower_ in WHERE_PREPS for p in c.children if p.dep_ == "pobj"]


def _pairs(frame: Frame, one_sided: bool = False) -> list[tuple[Mention, Mention | None]]:
    """Source–target pairs: one per actor of a compound; a joint act pairs its parties;
    with `one_sided`, a verbal act that names no target is its source's alone (a nominal
    one with no target is most often a topic: "Russia's war")."""
    sources = _distinct(frame.sources)
    targets = [t for t in _distinct(frame.targets)
               if all(t.actor.party != s.actor.party for s in sources)]
    if targets:
        return [(s, t) for s in sources for t in targets]
    if len({s.actor.party for s in sources}) >= 2:
        first = sources[0]
        return [(first, s) for s in sources[1:] if s.actor.party != first.actor.party]
    if one_sided and sources and not frame.targets and not frame.nominal:
        return [(s, None) for s in sources]
    return []


def _distinct(mentions: list[Mention]) -> list[Mention]:
    seen: set[str] = set()
    out = []
    for m in sorted(mentions, key=lambda m: m.token_start):
        if m.actor.party not in seen:
            seen.add(m.actor.party)
            out.append(m)
    return out


@lru_cache(maxsize=2)
def default_coder(model: str = DEFAULT_MODEL) -> Coder:
    return Coder(model)


def extract(text: str, *, published: dt.date | str | None = None, doc_id: str | None = None,
            url: str | None = None, outlet: str | None = None) -> list[dict[str, object]]:
    """Code one story and return its events as output-contract rows (no storage)."""
    from accord.ingest.readers import make_article, parse_date
    from accord.records import Rejection

    pub = parse_date(published) if isinstance(published, str) else published
    item = make_article(text, source="<api>", id=doc_id, url=url, outlet=outlet, published=pub)
    if isinstance(item, Rejection):
        return []
    return [e.to_row() for e in default_coder().code(item).events]
