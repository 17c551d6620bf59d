"""Obligations and orders: "Russia must allow aid in" is the speaker's demand on Russia,
"Moscow told Kyiv to withdraw" a demand on Kyiv; what they ask for is their content, not a
second act."""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Token

from accord.events.frame import Frame
from accord.events.rows import (
    PHASE_VERBS,
    STOP_VERBS,
    Rows,
    addressed,
    asked_infinitive,
    passive_asked,
)
from accord.events.syntax import (
    COMMITTED_AUX,
    OBJECT_CONTROL,
    REPORT_VERBS,
    clause_subject,
    complement,
    complement_tokens,
    for_clause,
    is_obligation,
    mentions_in,
    needed,
    np_text,
    object_tokens,
    other_than,
    phrase,
    reporting_verb,
    saying_verb,
    to_infinitive,
)
from accord.knowledge.patterns import NO_EVENT, Patterns
from accord.records import Mention

# nouns of a message whose "that ... must" clause is its sender's demand
MESSAGE_NOUNS = {"reminder", "warning", "message", "statement", "declaration", "notice",
                 "note", "letter", "signal"}


def request_content(verb: Token, nouns: Container[str], threat: bool = False) -> list[Token]:
    """What an appeal, demand or threat asks for or threatens: its infinitive ("threatened to
    impose sanctions", "told Kyiv to withdraw"), its "that" clause ("demanded that Russia
    withdraw", "demand the parties do more", "warned that it would retaliate"; a clause
    that reports what was done, "warned that Israel had attacked", is no content), an event
    noun it takes ("demanded the withdrawal of troops", "called for a ceasefire"), and their
    conjuncts."""
    out = controlled_verbs(verb)
    asked = for_clause(verb) or needed(verb)
    if asked is not None and not threat:
        out.append(asked[0])  # "called for Israel to withdraw", "pressed for Sweden to ..."
    inf = asked_infinitive(verb) if not threat else None
    if inf is not None and inf not in out:
        out.append(inf)  # "called on Hamas to free the hostages", parsed as a purpose clause
    if not threat and not addressed(verb) and not passive_asked(verb):
        # "seeks to sign a trade treaty", "proposed to hold talks", "I want to thank the
        # Secretary-General": an appeal or demand for one's own act is that act, intended
        # (as "agreed to"); "urged Turkey to", "called on Sweden to", "wants Seoul to drop
        # the claim" ask another to act
        out = [c for c in out if any(s.dep_ == "nsubj" for s in c.children)
               or asked is not None and c.i == asked[0].i or any(
                   # "appealed to Russia and Ukraine to negotiate", "pleaded with donors
                   # to give more": whom it is addressed to is asked (as rows.asked_for)
                   p.dep_ == "prep" and p.lower_ in ("to", "with") and p.i < c.i
                   for p in verb.children)]
    for c in verb.children:
        # the clause after the verb, or before it when the speaker comes last ("Tehran will
        # retaliate, a commander warned")
        fronted = c.i < verb.i and c.right_edge.i + 1 < verb.i and \
            verb.doc[c.right_edge.i + 1].text == ","
        if c.dep_ == "ccomp" and c.pos_ in ("VERB", "AUX") and (c.i > verb.i or fronted) and all(
                m.lower_ == "that" for m in c.children if m.dep_ == "mark") and not (
                c.tag_ == "VBD" or any(a.dep_ == "aux" and a.lemma_ == "have"
                                       for a in c.children)):
            out.append(c)
        if c.dep_ == "dobj" and c.pos_ == "NOUN" and c.lemma_.lower() in nouns:
            out.append(c)
        if c.dep_ == "prep" and c.lower_ == "for":
            out += [p for p in c.children if p.dep_ == "pobj" and p.pos_ == "NOUN"
                    and p.lemma_.lower() in nouns]
        if threat and c.dep_ == "prep" and c.lower_ == "against":
            # "warned Israel against attacking its sites": what the warning would prevent
            out += [p for p in c.children if p.dep_ == "pcomp" and p.pos_ == "VERB"]
    out += [x for c in out for x in c.conjuncts if x.pos_ == c.pos_ and x.i > c.i]
    # what is to stop or go on is asked too: "to stop supplying drones to Russia"
    out += [x for c in list(out) if c.lemma_.lower() in STOP_VERBS | PHASE_VERBS | {"end"}
            for x in c.children if x.dep_ == "xcomp" and x.pos_ == "VERB" and x.i > c.i]
    return out


def controlled_verbs(verb: Token) -> list[Token]:
    """Clause verbs whose words may choose a verb's row: an infinitive with its own subject
    ("allowed Ouattara to run"), a "from" clause ("barred Iran from buying arms")."""
    out = [c for c in verb.children if c.dep_ in ("ccomp", "xcomp") and c.pos_ == "VERB"
           and c.i > verb.i and to_infinitive(c)]
    out += [p for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
            for p in c.children if p.dep_ == "pcomp" and p.pos_ == "VERB"]
    if verb.lemma_.lower() in STOP_VERBS:
        # "stopped supplying gas to Moldova": the act stopped (its gerund) is what is cut
        out += [c for c in verb.children if c.dep_ == "xcomp" and c.tag_ == "VBG"
                and c.i > verb.i]
    # through a verb of phase: "prepared to resume shelling", "allowed them to begin voting"
    out += [x for c in out if c.lemma_.lower() in PHASE_VERBS for x in c.children
            if x.dep_ in ("xcomp", "ccomp") and x.pos_ == "VERB" and x.i > c.i]
    return out


# adjectives whose "it is ... that X do Y" asks X to do Y ("said it was vital that Belgrade and
# Pristina resume dialogue"): the speaker's appeal, as "X should" is
NECESSITY_ADJECTIVES = {"essential", "vital", "imperative", "crucial", "necessary", "critical",
                        "important", "urgent"}


# what a party may be told it will never have: arms of mass destruction ("said Iran would
# never have a nuclear weapon" warns Iran: CAMEO 130)
GAINING_VERBS = {"have", "get", "acquire", "obtain", "possess", "build", "develop", "gain"}
MASS_ARMS_WORDS = {"nuclear", "atomic", "bomb", "nuke"}
VOWING_VERBS = {"vow", "pledge", "promise", "swear"}
WARNING = "130"
REJECTION = "120"


class Directives:
    """Demands and appeals told by a modal or a verb of telling."""

    def __init__(self, patterns: Patterns, rows: Rows) -> None:
        self.patterns = patterns
        self.rows = rows

    def obliger(self, modal: Token, mentions: list[Mention]) -> tuple[list[Mention], bool]:
        """Who lays the obligation a "must" or "should" puts on its clause, and whether the
        clause is someone's words (reported, or a message's) at all."""
        voice = [m for m in mentions if m.via == "speaker" and m.token_start == modal.i]
        verb = modal.head
        reporter = reporting_verb(verb)
        message = verb.dep_ in ("acl", "ccomp") and verb.head.lemma_.lower() in \
            MESSAGE_NOUNS and verb.head.dep_ == "dobj" and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in verb.children)
        if not voice and reporter is not None:
            # reported speech: "Russia said that Sudan must return the helicopter"
            voice = mentions_in(clause_subject(reporter), mentions)
        if not voice and message:
            # "issued a stern reminder to Iraq that it must cooperate": the sender of the
            # message says so
            voice = mentions_in(clause_subject(verb.head.head), mentions)
        return voice, bool(voice) or reporter is not None or message

    def laid_on_other(self, verb: Token, mentions: list[Mention]) -> bool:
        """ "Cairo said Washington must be ready to mediate", "the forum concluded that rich
        nations must give more": what one party says another must (or should) do is that
        party's demand or appeal (coded on the modal), not an intent of the one it is laid on;
        "Moscow said Russia must respond" stays Russia's own intent."""
        head = verb
        for _ in range(3):  # "must be ready to mediate": the modal is on what governs it
            modal = next((c for c in head.children if is_obligation(c)), None)
            if modal is not None or head.dep_ not in ("xcomp", "acomp"):
                break
            head = head.head
        if modal is None:
            return False
        voice, said = self.obliger(modal, mentions)
        if not said:
            return False
        subject = mentions_in(clause_subject(head), mentions)
        return bool(subject) and not ({m.actor.country for m in subject}
                                      & {m.actor.country for m in voice})

    def obligation(self, modal: Token, mentions: list[Mention]) -> Frame | None:
        """ "Russia must allow aid in": the speaker's demand (10) on the clause's subject, as
        specific as the clause's words allow (coref places the speaker on the modal);
        "Russia should allow aid in" is an appeal (02)."""
        voice, _ = self.obliger(modal, mentions)
        verb = modal.head
        targets = mentions_in(clause_subject(verb), other_than(voice, mentions))
        if not voice or not targets:
            return None
        advice = modal.lower_ == "should"
        if advice and not any(c.dep_ == "nsubj" and c.i < modal.i and c.pos_ == "PROPN"
                              for c in verb.children):
            # "China should not use ...", but not "complaints should remind us" nor the
            # inverted condition "should Putin decide to ..."
            return None
        comp = complement(verb)
        words = [verb] + object_tokens(verb) + (complement_tokens(comp) if comp else [])
        # "must" demands (10), "should" advises (02)
        pat, _ = self.patterns.verb_code("urge" if advice else "demand", set(),
                                         {t.lemma_.lower() for t in words})
        if pat is None or pat.cameo == NO_EVENT:
            return None
        return Frame(modal, pat.cameo, voice, targets, None, False, bool(pat.objects))

    def necessity(self, adj: Token, mentions: list[Mention], consumed: set[int]
                  ) -> Frame | None:
        """ "Borrell said it was vital that Belgrade and Pristina resume dialogue": what a
        speaker calls necessary for another party to do is the speaker's appeal (02, as
        specific as the clause's words allow) to that party; the act is its content, not
        done. Only in reported speech, and only with "it" ("the talks are important that
        ..." is no such frame)."""
        if adj.lemma_.lower() not in NECESSITY_ADJECTIVES or adj.dep_ != "acomp" or \
                any(c.dep_ == "neg" for c in (*adj.children, *adj.head.children)):
            return None
        be = adj.head
        if not any(c.dep_ in ("nsubj", "expl") and c.lower_ == "it" for c in be.children):
            return None
        clause = next((c for c in (*adj.children, *be.children) if c.dep_ == "ccomp"
                       and c.i > adj.i and any(s.dep_ == "nsubj" for s in c.children)
                       and any(m.dep_ == "mark" and m.lower_ == "that"
                               for m in c.children)), None)
        reporter = reporting_verb(be)
        if clause is None or reporter is None:
            return None
        voice = mentions_in(clause_subject(reporter), mentions)
        targets = mentions_in(clause_subject(clause), other_than(voice, mentions))
        if not voice or not targets:
            return None
        return self._appeal(adj, clause, voice, targets, consumed)

    def need(self, verb: Token, mentions: list[Mention], consumed: set[int]) -> Frame | None:
        """ "Rubio said he would tell Modi that India needs to cut its oil imports": what a
        speaker says another party needs to do is the speaker's appeal (02, as specific as
        the infinitive's words allow) to that party, as "should" is; the act is its content,
        not done. Only in reported speech, and not a need of the speaker's own country
        ("Moscow said Russia needs to respond", "said the two countries need to deepen ties"
        stay their intent)."""
        comp = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                     and to_infinitive(c)), None)
        reporter = reporting_verb(verb)
        if verb.lemma_.lower() != "need" or verb.pos_ != "VERB" or comp is None or \
                reporter is None or any(c.dep_ == "neg" for c in verb.children):
            return None
        voice = mentions_in(clause_subject(reporter), mentions)
        needing = mentions_in(clause_subject(verb), mentions)
        targets = [m for m in needing if m in other_than(voice, mentions)]
        if not voice or not targets or {m.actor.country for m in needing} & {
                m.actor.country for m in voice}:
            # "Pezeshkian said the two countries need to strengthen ties": a need the
            # speaker's own country shares is their intent
            return None
        return self._appeal(verb, comp, voice, targets, consumed)

    def barred_arms(self, verb: Token, mentions: list[Mention]) -> Frame | None:
        """ "Macron said Iran will never possess a nuclear weapon": one party's word that another
        will never gain arms of mass destruction is a warning to it (130), made when said
        (read at the verb of saying: "Last year ... said" is background). Not a party's word
        about itself ("Tehran said Iran would never build a bomb" is its own assurance)."""
        if verb.lemma_.lower() not in GAINING_VERBS or not any(
                c.dep_ == "neg" for c in verb.children) or not any(
                c.dep_ == "aux" and c.lower_ in COMMITTED_AUX for c in verb.children):
            return None
        said = saying_verb(verb, REPORT_VERBS | VOWING_VERBS)
        arms = [c for c in verb.children if c.dep_ == "dobj" and any(
            t.lemma_.lower() in MASS_ARMS_WORDS for t in c.subtree)]
        if said is None or not arms:
            return None
        return _of_another(verb, said, WARNING, arms[0], mentions)

    def denied_right(self, verb: Token, mentions: list[Mention]) -> Frame | None:
        """ "Manila said that Beijing has no right to fish there": one party's word that
        another has no right to an act rejects its claim (120), made when said. Not a
        party's word about itself."""
        if verb.lemma_.lower() != "have":
            return None
        right = next((c for c in verb.children if c.dep_ == "dobj"
                      and c.lemma_.lower() == "right"), None)
        if right is None or not (
                any(d.dep_ == "det" and d.lower_ == "no" for d in right.children)
                or any(c.dep_ == "neg" for c in verb.children)):
            return None
        said = saying_verb(verb)
        return None if said is None else _of_another(verb, said, REJECTION, right, mentions)

    def _appeal(self, trigger: Token, content: Token, voice: list[Mention],
                targets: list[Mention], consumed: set[int]) -> Frame:
        """An appeal (02, as specific as the content's words allow) whose content is an act
        to be done, consumed so that it is not coded as done."""
        pat = self.rows.ask_row("urge", complement_tokens(content))
        cameo = pat.cameo if pat is not None and pat.cameo != NO_EVENT and \
            pat.cameo.startswith("02") else "020"
        consumed.update(t.i for t in (content, *content.conjuncts))
        return Frame(trigger, cameo, voice, targets, np_text(content), False, cameo != "020")

    def directive(self, verb: Token, mentions: list[Mention], table: str = "demand"
                   ) -> Frame | None:
        """ "Moscow told Kyiv to withdraw its troops": a verb of saying that puts its
        infinitive on its object is a demand (10) on the object, as specific as the
        infinitive's words allow ("told reporters that ..." reports, and codes nothing)."""
        if verb.lemma_.lower() not in OBJECT_CONTROL:
            return None
        objs = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        comp = next((c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"
                     and to_infinitive(c)), None)
        if not objs or comp is None:
            return None
        sources = mentions_in(clause_subject(verb), mentions)
        targets = mentions_in(phrase(objs[0]), other_than(sources, mentions))
        if not sources or not targets:
            return None
        pat = self.rows.ask_row(table, complement_tokens(comp))
        if pat is None or pat.cameo == NO_EVENT:
            return None
        return Frame(verb, pat.cameo, sources, targets, np_text(comp), False, bool(pat.objects))

    def asked(self, frame: Frame | None, consumed: set[int]) -> Frame | None:
        """A directive ("told Kyiv to withdraw its troops") is the demand alone: what it asks
        for is its content, not a second act."""
        if frame is not None and frame.sources:
            consumed.update(t.i for t in request_content(frame.trigger, self.patterns.nouns))
        return frame


def _of_another(verb: Token, said: Token, cameo: str, what: Token, mentions: list[Mention]
                ) -> Frame | None:
    """The speaker's act (`cameo`) on the party its words are about, the subject of `verb`;
    read at the verb of saying. None when either is unnamed or both are one country."""
    voice = mentions_in(clause_subject(said), mentions)
    targets = mentions_in(clause_subject(verb), other_than(voice, mentions))
    if not voice or not targets or {m.actor.country for m in voice} & {
            m.actor.country for m in targets}:
        return None
    return Frame(verb, cameo, voice, targets, np_text(what), False, True, said)
