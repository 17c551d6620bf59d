"""Words with another sense than the political act their row codes: "the storm hit Cuba",
"Western sanctions hit the Russian economy", "Brazil beat Argentina 2-1", "state media
attacked the film". What does the act, what it is done to, and the game or words it is told
of choose the sense; the coder asks here before it pairs actors."""

from __future__ import annotations

from spacy.tokens import Token

from accord.events.implicit import FORCE_ROOTS
from accord.records import Mention

# codes whose verbs have other senses when what acts is no agent: force, coercion, sanctions
# and hosting ("the storm hit Cuba", "shares plunged", "the Ukrainian singer stormed the
# charts", "the Chinese firm captured 30 percent of the market")
SENSED_ROOTS = ("17", "18", "19", "20")
# heads of subjects that do not act by force: nature, disease, the economy and markets, sport,
# culture and business; measures (sanctions, tariffs) that hit someone are those measures
_MEASURES = ("sanction", "tariff", "embargo", "levy", "duty", "restriction", "cap")
NO_AGENT_NOUNS: dict[str, str | None] = {
    **{w: "163" for w in _MEASURES},
    **{w: None for w in (
        "storm", "hurricane", "typhoon", "cyclone", "tornado", "earthquake", "quake",
        "tsunami", "flood", "flooding", "drought", "heatwave", "wildfire", "blizzard",
        "landslide", "lightning", "weather", "virus", "pandemic", "epidemic",
        "outbreak", "disease", "inflation", "recession", "crisis", "downturn", "slowdown",
        "price", "share", "stock", "market", "economy", "currency", "rouble", "ruble", "lira",
        "rupee", "peso", "yuan", "dollar", "euro", "export", "import", "film", "movie",
        "singer", "song", "album", "player", "midfielder", "goalkeeper", "fan",
        "athlete", "club", "firm", "company", "maker", "carmaker", "automaker",
        "manufacturer", "investor", "brand", "startup",
        "retailer", "exporter", "producer")}}
# objects of a verb of force that are no target of force ("the war hit Israel's economy")
NO_TARGET_NOUNS = {"economy", "market", "stock", "share", "price", "growth", "currency",
                   "company", "firm", "steelmaker", "carmaker", "automaker", "maker",
                   "stake", "brand", "retailer"}
# "a private military firm", "a security company": armed, whatever their head
ARMED_WORDS = {"military", "security", "mercenary", "armed", "paramilitary", "defence",
               "defense"}
# verbs told of a game and the words naming one ("in the final", "in a friendly")
SPORT_VERBS = {"host", "beat", "defeat", "crush", "thrash", "hit", "strike", "attack",
               "shoot", "storm", "capture", "invade", "fight", "battle", "overpower", "rout",
               "meet", "face", "play", "clash", "down", "sign"}
# verbs of force that media, or a leader "over" something, do in words
VERBAL_ATTACKS = {"attack", "hit", "strike", "target"}
# a state's diplomatic missions: what they "fire", "attack" or "protest" is done in words
MISSION_WORDS = {"embassy", "embassies", "consulate", "consulates", "mission", "missions",
                 "legation", "high commission"}
SPORT_NOUNS = {"match", "friendly", "final", "semi", "semifinal", "semi-final", "quarterfinal",
               "quarter-final", "qualifier", "tournament", "cup", "championship",
               "derby", "innings", "play-off", "playoff", "fixture", "decider",
               "shootout"}


def doer_sense(cameo: str, doer: list[Token]) -> str | None:
    """The code of an act of force or coercion told of what its doer is (its subject, or a
    passive's agent): None (no event) for weather, a disease, a market, a team or a firm;
    the measure's code for sanctions or tariffs that "hit" or "target" someone (163); else
    the code unchanged."""
    if cameo[:2] not in SENSED_ROOTS:
        return cameo
    head = _head_noun(doer)
    if head is None or head.lemma_.lower() not in NO_AGENT_NOUNS or any(
            m.lemma_.lower() in ARMED_WORDS for m in head.children):
        return cameo  # "a private military company attacked ...": armed, whatever its head
    return NO_AGENT_NOUNS[head.lemma_.lower()]


def struck_nothing(cameo: str, hit: list[Token]) -> bool:
    """Force aimed at an economy, a market, a price or a firm strikes no one ("Israel's
    economy was hit by the war", "seized control of the British steelmaker")."""
    if cameo[:2] not in FORCE_ROOTS:
        return False
    head = _head_noun(hit)
    if head is not None and head.lemma_.lower() == "control":
        head = next((p for c in head.children if c.dep_ == "prep" and c.lower_ == "of"
                     for p in c.children if p.dep_ == "pobj"), head)
    return head is not None and head.lemma_.lower() in NO_TARGET_NOUNS


def verbal_attack(cameo: str, verb: Token, sources: list[Mention]) -> bool:
    """ "State media attacked the Japanese film", "Erdogan attacked Israel over its war in
    Gaza": media, and a leader attacking someone over something, attack in words (111); so
    does a state's embassy, consulate or mission whatever its verb of force ("the Chinese
    embassy fired back at Washington")."""
    if cameo[:2] not in FORCE_ROOTS or not sources:
        return False
    if all(mission(m) for m in sources):
        return True
    return verb.lemma_.lower() in VERBAL_ATTACKS and (
        all(m.actor.sector == "MED" for m in sources) or all(
            m.actor.kind == "person" for m in sources) and any(
            c.dep_ == "prep" and c.lower_ == "over" for c in verb.children))


# states whose names end in "s" like a people's plural ("the Palestinians" protesting are
# people in the street)
_PLURAL_STATES = ("united states", "philippines", "netherlands", "bahamas", "emirates",
                  "comoros", "maldives", "seychelles", "islands")


def official_protest(cameo: str, verb: Token, sources: list[Mention]) -> bool:
    """ "The Chinese embassy protested against the Philippines", "Japan's foreign ministry
    protested the incursion", "Japan protested Chinese incursions": a state, its government or
    its mission protesting complains officially (114), it does not demonstrate (141)."""
    if not cameo.startswith("14") or verb.lemma_.lower() != "protest" or not sources:
        return False
    return all(m.actor.kind in ("state", "person") and m.actor.sector in (None, "GOV") and (
        m.actor.sector == "GOV" or not m.text.lower().endswith("s")
        or m.text.lower().endswith(_PLURAL_STATES)) for m in sources)


def mission(m: Mention) -> bool:
    """Whether a mention names a state's diplomatic mission ("the Russian embassy in London",
    "Iran's mission to the UN")."""
    words = m.text.lower().split()
    return m.actor.kind == "state" and m.actor.sector == "GOV" and any(
        w in MISSION_WORDS for w in words + [" ".join(words[i:i + 2]) for i in range(len(words))])


def _head_noun(tokens: list[Token]) -> Token | None:
    """The head of a noun phrase given as its tokens: the one whose head lies outside it."""
    inside = {t.i for t in tokens}
    return next((t for t in tokens if t.pos_ in ("NOUN", "PROPN") and (
        t.head.i not in inside or t.head is t)), None)


def sporting(verb: Token) -> bool:
    """A verb told of a game: a game's word after "in" or "at" in its clause ("in a friendly",
    "in the Copa America final", the parser hanging the word anywhere), or a score ("beat
    Argentina 2-1")."""
    if verb.lemma_.lower() not in SPORT_VERBS:
        return False
    after = [t for t in verb.subtree if t.i > verb.i]
    seen_prep = False
    for t in after:
        if t.lower_ in ("in", "at") and t.dep_ == "prep":
            seen_prep = True
        if seen_prep and t.lemma_.lower() in SPORT_NOUNS and t.dep_ != "amod":
            return True
        doc = t.doc
        if t.like_num and t.i + 2 < len(doc) and doc[t.i + 1].text in ("-", "–") and \
                doc[t.i + 2].like_num and t.i + 2 <= after[-1].i:
            return True  # a score: "2-1"
    return False
