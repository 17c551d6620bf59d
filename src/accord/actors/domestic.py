"""A group's country from the state it deals with: the state organ acting on it in its
clause ("Liberian riot police dispersed demonstrators": Liberia's), or the government
it addresses ("fundamentalists demanded the resignation of the Algerian president").

Groups the place they hang on does not place (`groups`) come here; those no rule
places enter the coder unplaced, and the event they take part in places or drops them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace

from spacy.tokens import Doc, Span, Token

from accord.actors.coref import conj_top
from accord.events.aims import JUSTICE_ROOTS
from accord.events.syntax import FOREIGN_WORDS, GATHERING_NOUNS, clause_subject, to_infinitive
from accord.records import Actor, Mention

# ---------------------------------------------------------------- domestic groups
# A country's groups that a state organ acts on within its own borders (OPP: opposition and
# demonstrators; LAB: workers; EDU: students; REB: rebels; NGO: activists; RAD: Islamists;
# CRM: prisoners, gangs; AGR: farmers; REL: clergy). Civilians and
# refugees are left out: as the victims of force they are more often another state's.
DOMESTIC_GROUPS = {"OPP", "LAB", "EDU", "REB", "NGO", "RAD", "CRM", "AGR", "REL"}
# organs that act at home: police, courts and prosecutors whatever they do ...
HOME_ORGANS = {"COP", "JUD"}
# ... a government or legislature only with acts that a state does to its own people:
# appeals and demands (02, 10), concessions (08), rejections (12), threats (13), force
# posture (15), bans and cut ties (16), coercion (17), assault and fighting (18-20). Not
# support, aid, talks, praise or censure (01, 03-07, 09, 11): a state backs, arms, meets and
# condemns other states' rebels and opposition ("Russia supports rebels")
GOVERNMENT_ROOTS = {"02", "08", "10", "12", "13", "15", "16", "17", "18", "19", "20"}
# ... but a state threatens and sanctions (13, 16) rebels and militants abroad as often as
# its own ("the U.S. imposed sanctions on rebel leaders")
FOREIGN_PRONE = {"REB", "RAD"}
FOREIGN_PRONE_ROOTS = {"13", "16"}
GOVERNMENT_ORGANS = {"GOV", "LEG"}
# groups a named organ makes its own only by coercing them (CAMEO 17: seizing their property,
# banning, closing, arresting, expelling): businessmen and oligarchs, and rights groups or
# NGOs ("Russian authorities seized the assets of an exiled businessman", "the Ugandan
# government deregistered a human rights group"); helped, praised, met or sanctioned
# (01-16), they are as often another state's
COERCED_GROUPS = {"BUS", "NGO"}
COERCION_ROOT = "17"
# the press: journalists, editors and outlets that no country of their own is named with
# are the press of the state whose organ acts on them at home ("Iranian police detained
# three reporters", "the Nicaraguan government closed the newspaper X"; a side of its own,
# `Actor.party`); a bare state names the organ of its acts of justice and its coercion
# ("Egypt blocked news websites"), not an expulsion (a journalist expelled is most often a
# foreign correspondent) nor force (an army's strikes fall abroad as often)
PRESS = "MED"
PRESS_STATE_EXCLUDED = ("174",)
# what a state does to its press: releases and eased bans (08), investigations (09),
# accusations and charges (11), refusals (12), threats (13), cut ties and bans (16), coercion
# (17) and force (18-20); not what officials and journalists do together (briefed, told,
# escorted)
PRESS_ROOTS = {"08", "09", "11", "12", "13", "16", "17", "18", "19", "20"}
# what an outlet holds, that an act on it is an act on the outlet ("revoked the
# broadcaster's licence", "raided the newspaper's offices")
PRESS_HOLDINGS = {"licence", "license", "accreditation", "office", "newsroom", "building",
                  "headquarters", "website", "site", "asset", "account", "equipment",
                  "printing", "frequency", "permit", "registration", "premise"}
# groups a government or legislature does not make its own: prisoners it releases or trades
# are as often another state's (an exchange of prisoners); police and courts keep them
COURT_ONLY = {"CRM"}
# how an organ acting at home may be found: by its name, or placed by its town ("police in
# Lagos", "police arrested ... in Harare"), never by a bare state or capital
ORGAN_VIAS = {"name", "place", "scene"}
# acts of justice (aims.JUSTICE_ROOTS: arrest, detention, charge, trial, conviction, sentence) are
# done by a state within its own jurisdiction: a bare state names the organ that does them
# ("Belarus sentenced an opposition activist", "Iran jailed a journalist"), and their
# objects include its own officials, officers and former leaders ("a court convicted the
# former prime minister": the state's elite); a foreigner is named as one ("a French
# diplomat") and so never a bare group
JUSTICE_VERBS = {"execute", "hang"}  # "executed a senior official" (coded 180)
JUSTICE_GROUPS = {"ELI", "GOV", "MIL"}
# prepositions of where an act happens or where a visit goes ("at the Greek border", "a visit
# to London", "crimes committed in Congo")
WHERE_PREPS = {"in", "at", "to", "near", "outside", "inside", "into", "across"}
# nouns and verbs of a visit: an office-holder abroad ("during his visit to Paris")
VISIT_WORDS = {"visit", "trip", "tour"}


def foreign_place(tokens: Iterable[Token], home: str, mentions: Sequence[Mention],
                  place_states: Callable[[Token], frozenset[str]] | None = None) -> bool:
    """Whether the tokens name, as the object of a preposition of place, a place in another
    state than `home`: a state mention there ("at the Greek border", "in Tokyo"), or a
    town or name word of other states only (`place_states`: "in Dubai", "in Congo")."""
    for tok in tokens:
        if tok.dep_ != "pobj" or tok.head.lower_ not in WHERE_PREPS:
            continue
        inside = {t.i for t in tok.subtree}
        if any(m.token_end - 1 in inside and m.actor.kind == "state" and m.actor.country
               and m.actor.country != home for m in mentions):
            return True
        if place_states is not None and not any(
                m.token_start <= t <= m.token_end - 1 for m in mentions for t in inside):
            states = place_states(tok)
            if states and home not in states:
                return True
    return False




def _clause_verb(tok: Token) -> Token | None:
    """The verb whose clause holds a noun ("disperse" for "to disperse demonstrators",
    "arrested" for "arrested dozens of activists")."""
    cur = tok
    for _ in range(8):
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ not in ("amod", "compound"):
            return cur
        if cur.head.i == cur.i or cur.dep_ not in (
                "dobj", "pobj", "prep", "nsubj", "nsubjpass", "conj", "dative", "agent",
                "appos", "attr", "npadvmod", "pcomp") and not (
                # "banned opposition rallies": the gathering the group holds
                cur.dep_ in ("compound", "poss") and cur.head.lemma_.lower() in GATHERING_NOUNS):
            return None
        cur = cur.head
    return None


def _participants(verb: Token) -> set[int]:
    """Tokens of the parties of a verb's clause: its subject (followed through control:
    "police used tear gas to disperse ...") and its objects."""
    out = {t.i for t in clause_subject(verb)}
    for c in verb.children:
        if c.dep_ in ("ccomp", "xcomp") and to_infinitive(c):
            # "allowed the opposition to hold a rally": the complement's own subject
            out.update(t.i for s in c.children if s.dep_ == "nsubj" for t in s.subtree)
        if c.dep_ in ("dobj", "dative", "agent", "nsubjpass") or (
                c.dep_ == "prep" and c.lower_ in ("with", "against", "by", "on", "from", "to",
                                                  "at")):
            out.update(t.i for t in c.subtree)
    return out


def domestic(doc: Doc, named: list[Mention], bare: list[tuple[int, int, str]],
             code_of: Callable[[Token], str | None], organ_words: frozenset[str],
             place_states: Callable[[Token], frozenset[str]] | None = None
             ) -> list[Mention]:
    """A group with no country of its own ("demonstrators", "opposition activists") that one
    state's own organ acts on in the same clause is that state's: "Liberian riot police used
    tear gas to disperse demonstrators" (LBRCOP -> LBROPP), "the Ugandan government arrested
    opposition activists" (UGAGOV -> UGAOPP), "Turkish police stopped a march staged by
    students" (the group's act, a participle on the organ's object). The organ must be
    named with its sector word (not a bare state or capital, not a person: they act abroad
    as often as at home); police and courts take any act, a government only the acts in
    GOVERNMENT_ROOTS (not threats and sanctions on rebels or militants, not prisoners).
    Several states' organs in the clause, another state as a party of it ("Russia and
    Ukraine exchanged prisoners"), or a place in another state ("war crimes committed in
    Congo"): no resolution."""
    out: list[Mention] = []
    organs = [m for m in named if m.actor.kind == "state" and m.via in ORGAN_VIAS
              and m.actor.sector in HOME_ORGANS | GOVERNMENT_ORGANS
              and any(t.lower_ in organ_words for t in doc[m.token_start:m.token_end])]
    states = [m for m in named if m.actor.kind == "state" and m.via == "name"
              and m.actor.sector is None and m.actor.country]
    if not organs and not states:
        return out
    for start, end, sector in bare:
        if sector not in DOMESTIC_GROUPS | JUSTICE_GROUPS | COERCED_GROUPS | {PRESS}:
            continue
        head = doc[end - 1]
        if any(c.lower_ in FOREIGN_WORDS for c in head.subtree if c.i < head.i) or (
                sector == PRESS and any(t.lower_ in FOREIGN_WORDS for t in doc[start:end])):
            continue
        if any(m.token_start <= c.i < m.token_end for c in head.children
               if c.dep_ in ("compound", "amod", "nmod") and c.i < head.i for m in named):
            continue  # "Al-Shabaab militants": the name before the group word is its own
        if sector == PRESS and any(c.dep_ in ("compound", "nmod") and c.i < start
                                   and c.pos_ == "PROPN" and c.text[:1].isupper()
                                   for c in head.children):
            continue  # "a Bloomberg reporter": an outlet's own, of its outlet's country
        anchor = head
        if sector == PRESS and head.dep_ == "poss" and \
                head.head.lemma_.lower() in PRESS_HOLDINGS:
            anchor = head.head  # "revoked the broadcaster's licence"
        verb = _clause_verb(anchor)
        if verb is None:
            continue
        coerced = sector in COERCED_GROUPS - DOMESTIC_GROUPS or (
            sector == "NGO" and head.lower_ in ORGANISATION_NOUNS)
        if coerced and not (organs and (code_of(verb) or "").startswith(COERCION_ROOT)):
            # "a human rights group", "an aid agency": an NGO (`place_unplaced`); a businessman:
            # only coerced by a named organ
            continue
        if verb.dep_ in ("ccomp", "xcomp") and verb.head.pos_ == "VERB" and \
                to_infinitive(verb) and any(c.dep_ == "nsubj" and head.i in
                                            {t.i for t in c.subtree} for c in verb.children):
            # "allowed the opposition to hold a rally": who is let (or made) to act is the
            # object of the governing act
            verb = verb.head
        parties = _participants(verb)
        if head.i not in parties:
            continue  # "arrested a man near students": no party to the act
        if verb.dep_ == "acl" and (up := _clause_verb(verb.head)) is not None and \
                verb.head.i in (up_parties := _participants(up)):
            # "police dispersed a rally organised by students": the group's own act is
            # what the organ acts on
            verb, parties = up, up_parties
        own = {t.i for t in head.subtree}
        justice = sector in JUSTICE_GROUPS or not organs
        coded = code_of(verb) or ""
        pressed = sector == PRESS and coded.startswith(COERCION_ROOT) and \
            not coded.startswith(PRESS_STATE_EXCLUDED)
        if justice and not coded.startswith(JUSTICE_ROOTS) and not pressed and \
                verb.lemma_.lower() not in JUSTICE_VERBS:
            continue  # an official, or a bare state: acts of justice only (the press: coercion)
        found = [m for m in organs + (states if justice else [])
                 if m.token_end - 1 in parties and m.token_end - 1 not in own]
        if sector == PRESS:
            # the press acted on: the organ acts (subject or agent), the outlet or journalist
            # is acted on, by an act a state does to its press
            acting = {t.i for t in clause_subject(verb)} | {
                t.i for c in verb.children if c.dep_ == "agent" for t in c.subtree}
            if head.i in acting or coded[:2] not in PRESS_ROOTS:
                continue
            found = [m for m in found if m.token_end - 1 in acting]
        if len({m.actor.country for m in found}) != 1:
            continue
        organ = found[0]
        home = organ.actor.country
        if any(m.actor.kind in ("state", "person") and m.actor.country
               and m.actor.country != home and m.token_end - 1 in parties
               and m.token_end - 1 not in own for m in named):
            continue  # another state takes part: the group may be either's
        if foreign_place(verb.subtree, home, named, place_states):
            continue  # the act happens abroad
        if organ.actor.sector in GOVERNMENT_ORGANS:
            if sector in COURT_ONLY:
                continue
            code = code_of(verb)
            if code is None or code[:2] not in GOVERNMENT_ROOTS or (
                    sector in FOREIGN_PRONE and code[:2] in FOREIGN_PRONE_ROOTS):
                continue
        a = organ.actor
        actor = replace(a, code=a.country + sector, sector=sector)
        s = doc[start:end]
        out.append(Mention(actor, s.text, s.start_char, s.end_char, start, end,
                           round(organ.confidence * 0.8, 3), "domestic"))
    return out


# ---------------------------------------------------------------- fighters of a named group
# words by which fighters are told as a named armed group's ("militants loyal to the Islamic
# State", "gunmen linked to al-Shabaab", "fighters affiliated with al-Qaeda")
ALLEGIANCE_WORDS = {"loyal", "linked", "link", "affiliated", "affiliate", "allied", "ally",
                    "aligned", "align", "tied", "tie", "belonging", "belong"}
ALLEGIANCE_PREPS = {"to", "with"}


def allegiance(doc: Doc, named: list[Mention]) -> list[Mention]:
    """Fighters told by their allegiance to a named armed group stand for that group:
    "militants loyal to the Islamic State attacked ..." is the Islamic State's attack. Only a
    group (kind "group"): "separatists loyal to Russia" are not Russia. The mention covers
    the fighters' words, before the allegiance phrase."""
    out: list[Mention] = []
    covered = {i for m in named for i in range(m.token_start, m.token_end)}
    for word in doc:
        if word.lemma_.lower() not in ALLEGIANCE_WORDS and word.lower_ not in ALLEGIANCE_WORDS:
            continue
        head = word.head
        if word.dep_ not in ("amod", "acl") and word.tag_ in ("VBN", "VBD") and any(
                c.dep_ in ("conj", "advcl") and c.pos_ == "VERB" and c.i > word.i
                for c in word.children):
            # the small parser's reading of "fighters affiliated with al-Qaeda kidnapped
            # ...": the participle as the verb, the fighters its subject, the act a conjunct
            head = next((c for c in word.children if c.dep_ == "nsubj"
                         and c.i == word.i - 1), word)
        elif word.dep_ not in ("amod", "acl"):
            continue
        if head.pos_ not in ("NOUN", "PROPN") or head.i > word.i or head.i in covered:
            continue
        objs = [p for c in word.children if c.dep_ == "prep" and c.lower_ in ALLEGIANCE_PREPS
                for p in c.children if p.dep_ == "pobj"]
        groups = [m for m in named for p in objs if m.token_end - 1 == p.i
                  and m.actor.kind == "group"]
        if len(groups) != 1:
            continue
        start = min([head.i] + [c.left_edge.i for c in head.children
                                if c.i < head.i and c.dep_ in ("amod", "compound", "nmod")])
        while start < head.i and doc[start].pos_ in ("DET", "NUM", "ADV"):
            start += 1
        if any(i in covered for i in range(start, head.i + 1)):
            continue
        span = doc[start:head.i + 1]
        g = groups[0]
        out.append(Mention(g.actor, span.text, span.start_char, span.end_char, start,
                           head.i + 1, round(g.confidence * 0.8, 3), "allegiance"))
    return out


# ---------------------------------------------------------------- groups with no country yet
# A group the sentence names with no country, no place and no state organ acting on it
# ("Islamic fundamentalists", "prisoners", "a human rights group") enters the coder as an
# unplaced mention (country ""); the event it is a party to decides its country or drops it.
UNPLACED = "unplaced"
# acts a country's own groups address to its government or leaders: appeals (02),
# concessions (08), demands (10), criticism (11), rejections (12), threats (13), protest (14)
ADDRESS_ROOTS = {"02", "08", "10", "11", "12", "13", "14"}
# state parts a group addresses at home: its government, legislature, courts and police
ADDRESSED_ORGANS = {"GOV", "LEG", "JUD", "COP"}
# head nouns of an organisation named by its kind ("a human rights group", "an aid agency"):
# with no country it is a non-governmental organisation, CAMEO's NGO
ORGANISATION_NOUNS = {"group", "groups", "agency", "agencies", "organisation", "organization",
                      "organisations", "organizations", "charity", "charities", "ngo", "ngos"}


def unplaced(doc: Doc, bare: list[tuple[int, int, str]], sectors: frozenset[str]
             ) -> list[Mention]:
    """The bare group phrases (`groups.bare_sectors`) of a non-state sector that no
    rule placed, as mentions with no country (via "unplaced"): only acting groups, the
    subject of a clause or the agent of a passive one ("attacked by militiamen"); a group
    acted on is left to the coder's other readings of the sentence ("aid to refugees
    fleeing the war in Liberia" is aid to Liberia)."""
    out = []
    for start, end, sector in bare:
        top = conj_top(doc[end - 1])
        if top.dep_ == "pobj" and top.head.lower_ == "of" and top.head.head.i < top.i:
            top = conj_top(top.head.head)  # "a group of refugees", "thousands of farmers"
        if sector not in sectors or not (top.dep_ == "nsubj" or (
                top.dep_ == "pobj" and top.head.dep_ == "agent")):
            continue
        s = doc[start:end]
        actor = Actor(sector, "", sector, s.text, "group")
        out.append(Mention(actor, s.text, s.start_char, s.end_char, start, end, 0.8, UNPLACED))
    return out


# organs a country's own people address by their title alone ("called on the finance minister
# to resign", "urged the army to stand aside", "accused the government of rigging the vote")
TITLED_ORGANS = ADDRESSED_ORGANS | {"MIL"}
# the addresses that place them: not concessions (08), which organs make, not receive
# ("withdrew troops from the region"); and investigations, which look into an organ
# ("Kenya's parliament opened an inquiry into the police", "the court is investigating the
# army")
TITLE_ROOTS = ADDRESS_ROOTS - {"08"} | {"09"}
# prepositions of a place: an organ named after one is where the act happens, not whom it
# addresses
PLACE_OF_ORGAN = {"in", "at", "near", "outside", "inside", "across", "through", "throughout",
                  "around", "into", "past", "before"}
# ... but "into" after an investigation names what is looked into ("an inquiry into the
# police")
INQUIRY_NOUNS = {"investigation", "inquiry", "enquiry", "probe", "inquest"}


def titled_organs(doc: Doc, bare: list[tuple[int, int, str]]) -> list[Mention]:
    """The bare organ phrases (`groups.bare_sectors`: "the finance minister", "authorities",
    "the army", "parliament") that no rule placed and that a clause may address (not its
    subject: a speaker with no country is no side; but "demanded that the government call
    elections"), as mentions with no country (via "unplaced"). They are no actors of their
    own: an address with no other target may take one (`addressed_organ`). Not another
    state's ("foreign governments")."""
    out = []
    for start, end, sector in bare:
        if sector not in TITLED_ORGANS:
            continue
        head = doc[end - 1]
        top = conj_top(head)
        if top.dep_ in ("nsubj", "nsubjpass") and not _asked_clause(top.head) \
                or top.dep_ == "appos" or (top.dep_ == "pobj" and top.head.dep_ == "agent"):
            continue
        if any(t.lower_ in FOREIGN_WORDS for t in head.subtree if t.i < head.i):
            continue
        if top.dep_ == "pobj" and (top.head.lower_ in PLACE_OF_ORGAN and not _inquiry_into(
                top.head) or top.head.lower_ == "of" and top.head.head.lower_ == "out"):
            continue  # where it happens: "gathered outside the court", "walked out of parliament"
        s = doc[start:end]
        actor = Actor(sector, "", sector, s.text, "group")
        out.append(Mention(actor, s.text, s.start_char, s.end_char, start, end, 0.8, UNPLACED))
    return out


def _inquiry_into(prep: Token) -> bool:
    """ "an inquiry into the police", "opened an inquiry into the army" (the parser hanging
    the preposition on the verb): what an investigation looks into, not a place."""
    if prep.lower_ != "into":
        return False
    head = prep.head
    return head.lemma_.lower() in INQUIRY_NOUNS or any(
        c.dep_ == "dobj" and c.lemma_.lower() in INQUIRY_NOUNS for c in head.children)


def _asked_clause(verb: Token) -> bool:
    """A clause that says what is asked: "demanded (that) the government call elections",
    "called for the president to resign"; not one of time or cause ("demanded elections
    after a court cleared him")."""
    marks = {c.lower_ for c in verb.children if c.dep_ == "mark"}
    return verb.dep_ == "ccomp" and marks <= {"that"} or verb.dep_ == "advcl" and (
        "for" in marks or "that" in marks)


def addressed_organ(trigger: Token, root: str, sources: list[Mention], organs: list[Mention],
                    country_actor: Callable[[str, str | None], Actor],
                    states: Callable[[str], bool], mentions: Sequence[Mention] = (),
                    place_states: Callable[[Token], frozenset[str]] | None = None
                    ) -> list[Mention]:
    """The target of an address (appeal, demand, criticism, accusation, rejection, threat,
    protest: TITLE_ROOTS) that found none: an organ its clause names by title alone
    (`titled_organs`), of the country of those who address it when they are one state's own
    side other than that organ ("Kenya's opposition called on the finance minister to
    resign" KENOPP -> KENGOV, "the president urged parliament to pass the law" KENGOV ->
    KENLEG; not "the army told the president to resign", one side). Not abroad
    (`_abroad`: "Iranian students in London urged the government ...")."""
    if root not in TITLE_ROOTS or not sources or any(
            not m.actor.country or not m.actor.sector or m.actor.kind not in ("state", "person")
            for m in sources):
        return []
    countries = {m.actor.country for m in sources}
    country = countries.pop() if len(countries) == 1 else None
    if country is None or not states(country):
        return []
    out = []
    for m in organs:
        verb = _clause_verb(trigger.doc[m.token_end - 1])
        if verb is None or trigger.i not in (verb.i, verb.head.i if verb.dep_ == "xcomp"
                                             or _asked_clause(verb) else verb.i):
            continue
        actor = country_actor(country, m.actor.sector)
        if any(s.actor.party == actor.party for s in sources):
            continue  # the state's own organ: an act of the state on itself
        if _abroad(trigger.sent, country, mentions, place_states, trigger):
            return []
        out.append(replace(m, actor=actor, confidence=round(m.confidence * 0.8, 3),
                           via="address"))
    return out


def place_unplaced(doc: Doc, root: str, sources: list[Mention], targets: list[Mention],
                   country_actor: Callable[[str, str | None], Actor],
                   states: Callable[[str], bool], mentions: Sequence[Mention] = (),
                   place_states: Callable[[Token], frozenset[str]] | None = None,
                   trigger: Token | None = None) -> tuple[list[Mention], list[Mention]]:
    """The parties of one event with the unplaced groups among them given a country, or
    dropped. A group that appeals to, demands of, criticises, rejects, threatens or protests
    against one state's government, legislature, courts, police or office-holder is that
    state's own ("Islamic fundamentalists demanded the resignation of the Algerian president"
    DZARAD; not a bare state: "protesters denounced Israel" says nothing of where they are);
    an organisation named by its kind with no country is an NGO ("a human rights group
    protested"); any other unplaced group is no party. The address says where the group is
    only when the act happens at home: not when the sentence names a visit ("during his
    visit to London") or a place in another state (`foreign_place`: "at the Greek border",
    "at the university in Tokyo"; `mentions` are the sentence's), both read in the clause
    of the event's `trigger` and not in a time before or after it ("ahead of his visit to
    Washington" does not count); refugees are never placed so (they address the state
    they fled from or the one they are in)."""
    if all(m.actor.country for m in (*sources, *targets)):
        return sources, targets

    def home(other: list[Mention]) -> str | None:
        placed = [m for m in other if m.actor.country]
        if root not in ADDRESS_ROOTS or not placed:
            return None
        if any(not states(m.actor.country) or not (
                m.actor.kind == "person" or m.actor.sector in ADDRESSED_ORGANS)
               for m in placed):
            return None
        countries = {m.actor.country for m in placed}
        return countries.pop() if len(countries) == 1 else None

    def place(side: list[Mention], other: list[Mention], may_address: bool) -> list[Mention]:
        out = []
        for m in side:
            if m.actor.country:
                out.append(m)
                continue
            head = doc[m.token_end - 1]
            sector = m.actor.sector
            foreign = any(t.lower_ in FOREIGN_WORDS for t in head.subtree if t.i < head.i)
            country = home(other) if may_address and not foreign and sector not in \
                NOT_ADDRESSED else None
            if country is not None and _abroad(head.sent, country, mentions, place_states, trigger):
                country = None
            if country is not None and head.lower_ not in ORGANISATION_NOUNS:
                actor = country_actor(country, sector)
                out.append(replace(m, actor=actor, confidence=round(m.confidence * 0.8, 3),
                                   via="address"))
            elif head.lower_ in ORGANISATION_NOUNS and sector == "NGO":
                out.append(replace(m, actor=Actor("NGO", "NGO", None, m.text, "organisation"),
                                   via="kind"))
        return out

    return place(sources, targets, True), place(targets, sources, False)


# groups the address rule never places: refugees and migrants address the state they fled
# as often as the one they are in
NOT_ADDRESSED = {"REF"}


# words of a time before or after the act, not during it: "ahead of his visit", "after
# his trip", "before visiting", "on the eve of", "in the run-up to", "in the wake of"
NOT_DURING = {"before", "after", "ahead", "prior", "following", "since", "until", "till"}
NOT_DURING_NOUNS = {"eve", "run", "wake", "aftermath"}


def _not_during(tok: Token) -> bool:
    """A modifier of a verb that tells a time before or after its act ("ahead of his visit
    to Washington", "before travelling to Paris"), not one it happens in ("during")."""
    if tok.dep_ in ("prep", "advmod", "mark") and tok.lower_ in NOT_DURING:
        return True
    if tok.dep_ == "prep" and any(g.dep_ == "pobj" and g.lemma_.lower() in NOT_DURING_NOUNS
                                  for g in tok.children):
        return True
    return tok.dep_ == "advcl" and any(g.dep_ in ("mark", "prep", "advmod") and
                                       g.lower_ in NOT_DURING for g in tok.children)


def act_tokens(trigger: Token) -> list[Token]:
    """The tokens of the clause an event's trigger is in: its verb's subtree, less what
    tells a time before or after the act (`_not_during`)."""
    verb = trigger
    for _ in range(8):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    out: list[Token] = []
    todo = [verb]
    while todo:
        tok = todo.pop()
        out.append(tok)
        todo += [c for c in tok.children if not _not_during(c)]
    return sorted(out, key=lambda t: t.i)


def _abroad(sent: Span, home: str, mentions: Sequence[Mention],
            place_states: Callable[[Token], frozenset[str]] | None,
            trigger: Token | None = None) -> bool:
    """An act away from `home`: its clause (`act_tokens`; with no trigger, the sentence)
    names a visit, or a place elsewhere. A visit before or after the act does not count
    ("criticised the president ahead of his visit to Washington")."""
    tokens = act_tokens(trigger) if trigger is not None else list(sent)
    if any(t.lemma_.lower() in VISIT_WORDS for t in tokens):
        return True
    inside = [m for m in mentions if sent.start <= m.token_start < sent.end]
    return foreign_place(tokens, home, inside, place_states)
