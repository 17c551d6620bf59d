"""One sentence per pattern, modality cue and construction; none comes from the seed story."""

import pytest
from tests.conftest import code, triples


def one(rows, src, root, tgt):
    hits = [r for r in rows if r["source_country"] == src and r["target_country"] == tgt
            and r["cameo"].startswith(root)]
    assert hits, f"no {src}-{root}-{tgt} event in {triples(rows)}"
    return hits[0]


@pytest.mark.parametrize("text,src,root,tgt,status", [
    ("France condemned Russia for the attack.", "FRA", "11", "RUS", "occurred"),
    ("Japan will impose sanctions on North Korea.", "JPN", "16", "PRK", "intended"),
    ("Germany did not send tanks to Ukraine.", "DEU", "07", "UKR", "negated"),
    ("China could provide weapons to Russia.", "CHN", "07", "RUS", "hedged"),
    ("India agreed to sign a trade agreement with Brazil.", "IND", "05", "BRA", "intended"),
    ("Poland is prepared to help Lithuania.", "POL", "07", "LTU", "intended"),
    # a promise named as the object: the promised act is intended
    ("Canada reaffirmed its commitment to the defence of Estonia.", "CAN", "03", "EST",
     "intended"),
    ("The treaty was signed by Egypt and Israel.", "EGY", "05", "ISR", "occurred"),
])
def test_status_of_one_event(coder, text, src, root, tgt, status):
    e = one(code(coder, text), src, root, tgt)
    assert e["status"] == status


def test_joint_act_of_compound_subject_is_one_symmetric_event(coder):
    rows = code(coder, "On Monday, the leaders of Chile and Peru met in Lima.")
    e = one(rows, "CHL", "04", "PER")
    assert e["event_date"] == "2025-08-18" and e["date_precision"] == "day"
    assert e["location_name"] == "Lima" and e["location_country"] == "PER"
    assert e["latitude"] is not None
    assert len([r for r in rows if r["cameo"].startswith("04")]) == 1


@pytest.mark.parametrize("text,acts", [
    # two directed acts between one pair, one each way: two events (ANNOTATION.md: ordered)
    ("Iran handed Syria a gift of patrol boats as Syria sends drones to Iran.",
     {("IRN", "07", "SYR"), ("SYR", "07", "IRN")}),
    ("Armenian troops shelled Azerbaijani positions and Azerbaijan shelled Armenian villages.",
     {("ARM", "19", "AZE"), ("AZE", "19", "ARM")}),
    # a joint act told from each end is one
    ("Chile met Peru in Lima and Peru met Chile in Santiago.", {("CHL", "04", "PER")}),
])
def test_one_event_per_ordered_pair_but_joint_acts_either_way(coder, text, acts):
    """Session 13: the unit is the ordered pair; only joint acts (consult, cooperate) are
    one event either way round."""
    rows = code(coder, text)
    got = {(r["source_country"], r["cameo"][:2], r["target_country"]) for r in rows}
    assert len(rows) == len(acts), triples(rows)
    for src, root, tgt in acts:
        assert (src, root, tgt) in got or root in ("04", "05") and (tgt, root, src) in got, \
            triples(rows)


def test_relative_clause_subject_and_background_date(coder):
    rows = code(coder, "Erdogan, who met Vladimir Putin in March, criticised Greece.")
    e = one(rows, "TUR", "04", "RUS")
    assert e["event_date"] == "2025-03" and e["background"] is True


def test_conjunct_shares_the_first_conjuncts_auxiliary(coder):
    rows = code(coder, "Finland will continue to strengthen its army, defend Sweden and sell "
                       "arms to Norway.")
    one(rows, "FIN", "07", "NOR")
    assert {r["status"] for r in rows} == {"intended"}


def test_means_clause_codes_the_specific_act(coder):
    rows = code(coder, "North Korea has helped Russia by supplying artillery shells.")
    e = one(rows, "PRK", "07", "RUS")
    assert e["cameo"] == "072" and e["background"] is True


def test_nominal_sanctions_with_agent_and_sufferers(coder):
    rows = code(coder, "Cuba and Venezuela face sanctions from the United States.")
    assert {("USA", "CUB"), ("USA", "VEN")} <= {(r["source_country"], r["target_country"])
                                                for r in rows if r["cameo"].startswith("16")}


def test_no_event_without_an_agent(coder):
    assert code(coder, "Sanctions were discussed at length.") == []


def test_attribution_from_according_to_and_reporting_media(coder):
    e = one(code(coder, "Kenya expelled Somali diplomats, according to Reuters."),
            "KEN", "16", "SOM")
    assert e["attribution"] == "Reuters"
    e = one(code(coder, "Serbian state media reported that Serbia signed a deal with China."),
            "SRB", "05", "CHN")
    assert e["attribution"] == "Serbian state media"


def test_definite_agreement_refers_to_its_parties(coder):
    rows = code(coder, "Armenia signed an agreement with France in May. "
                       "The agreement does not include a defence clause.")
    e = [r for r in rows if r["status"] == "negated"]
    assert e and {e[0]["source_country"], e[0]["target_country"]} == {"ARM", "FRA"}


def test_pronoun_group_as_source(coder):
    rows = code(coder, "Chile and Peru held talks. They said they want to expand cooperation.")
    assert any(r["status"] == "intended" and {r["source_country"], r["target_country"]}
               == {"CHL", "PER"} for r in rows)


def test_without_publication_date_relative_dates_stay_unknown(coder):
    rows = code(coder, "On Monday, the presidents of Chile and Peru met in Lima.", None)
    assert rows and rows[0]["event_date"] is None and rows[0]["date_precision"] == "unknown"


def test_offsets_point_into_the_article(coder):
    text = "Intro line\nOn Monday, Ghana praised Togo for its help. Togo thanked Ghana."
    from accord.ingest.readers import make_article
    art = make_article(text, source="t")
    for e in coder.code(art).events:
        r = e.to_row()
        assert art.text[r["sentence_start"]:r["sentence_end"]] == r["sentence"]
        assert art.text[r["source_start"]:r["source_end"]] == r["source_text"]
        assert art.text[r["trigger_start"]:r["trigger_end"]] == r["trigger_text"]
        if r["target_text"] is not None:
            assert art.text[r["target_start"]:r["target_end"]] == r["target_text"]


@pytest.mark.parametrize("text,src,root,tgt,field,value", [
    # a nominal act governed by "announce" takes its subject
    ("Turkey announced the deployment of troops to Libya.", "TUR", "15", "LBY",
     "trigger_text", "deployment"),
    # "committed" as an adjective is a standing intent
    ("Chile is firmly committed to its partnership with Peru.", "CHL", "03", "PER",
     "status", "intended"),
])
def test_one_event_and_what_it_says(coder, text, src, root, tgt, field, value):
    assert one(code(coder, text), src, root, tgt)[field] == value


def test_object_control_in_condemn_for(coder):
    rows = code(coder, "Japan condemned Syria for supplying weapons to Iraq.")
    one(rows, "JPN", "11", "SYR")
    one(rows, "SYR", "07", "IRQ")
    assert not [r for r in rows if r["source_country"] == "JPN" and r["cameo"].startswith("07")]


def test_copular_adjective_of_disapproval(coder):
    one(code(coder, "Canada is deeply concerned by Venezuela's crackdown."), "CAN", "11", "VEN")


def test_accusation_noun_with_that_clause(coder):
    one(code(coder, "Peru rejected claims by Chile that Peru had violated the border."),
        "CHL", "11", "PER")


def _root_pattern(coder, text):
    doc = coder.nlp(text)
    return coder.sentence_coder.verb_pattern(next(t for t in doc if t.dep_ == "ROOT"))


def test_intent_verb_reads_its_code_from_the_infinitive(coder):
    # "agree" has no code of its own; the clause it governs names what is agreed
    assert _root_pattern(coder, "The president agreed to submit his resignation.")[0] == "0341"
    assert _root_pattern(coder, "The president refused to step down.")[0] == "1231"


@pytest.mark.parametrize("text,src,tgt,cameo", [
    ("Egypt refused to free the Israeli hostages.", "EGY", "ISR", "1243"),
    ("Nigeria threatened to sever ties with Niger.", "NGA", "NER", "1313"),
])
def test_refusal_and_threat_take_code_and_target_from_their_complement(
        coder, text, src, tgt, cameo):
    e = one(code(coder, text), src, cameo[:2], tgt)
    assert e["cameo"] == cameo and e["status"] == "occurred"


def test_promise_finds_its_recipient_in_the_infinitive_clause(coder):
    e = one(code(coder, "Japan promised to continue economic aid to the Philippines."),
            "JPN", "03", "PHL")
    assert e["cameo"] == "033" and e["status"] == "intended"
    assert e["trigger_text"] == "promised"


def test_appeal_is_addressed_to_its_object_not_to_the_complement_target(coder):
    rows = code(coder, "Chile urged Argentina to end arms supplies to Bolivia.")
    assert one(rows, "CHL", "02", "ARG")["cameo"] == "025"
    assert not [r for r in rows if r["source_country"] == "CHL"
                and r["target_country"] == "BOL"]
    rows = code(coder, "Chile urged regional powers to end arms supplies to Bolivia.")
    assert not [r for r in rows if r["target_country"] == "BOL"]


def test_agreement_to_a_coded_act_is_one_intended_event(coder):
    rows = code(coder, "Peru agreed to work towards a treaty with Chile.")
    assert [(r["cameo"], r["status"]) for r in rows] == [("057", "intended")]


def _code_as(coder, text, outlet):
    import datetime as dt

    from accord.ingest.readers import make_article
    art = make_article(text, source="test", outlet=outlet, published=dt.date(2025, 8, 21))
    return [e.to_row() for e in coder.code(art).events]


def test_obligation_on_another_actor_is_a_demand_by_the_statements_voice(coder):
    rows = _code_as(coder, "Serbia must withdraw its troops from the border.",
                    "U.S. Mission to the United Nations")
    e = one(rows, "USA", "10", "SRB")
    assert e["cameo"] == "1056" and e["status"] == "occurred"
    # in quotation marks the obligation is the quoted speaker's; "we must" binds the speaker
    one(code(coder, "\u201cSerbia must withdraw its troops,\u201d Austria said."),
        "AUT", "10", "SRB")
    assert not [r for r in code(coder, "We must help Serbia.") if r["cameo"].startswith("10")]


@pytest.mark.parametrize("text,background", [
    ("Chile has criticised Peru.", True),  # a bare perfect: done before the news
    ("Chile has repeatedly criticised Peru.", False),  # goes on up to the news
    ("Chile has criticised Peru in recent weeks.", False),
    ("Chile had criticised Peru.", True),  # the past perfect stays background
])
def test_perfect_that_reaches_the_news_is_not_background(coder, text, background):
    assert one(code(coder, text), "CHL", "11", "PER")["background"] is background


def test_since_starts_a_period_and_is_not_the_event_date(coder):
    e = one(code(coder, "Japan has sent military aid to Ukraine since March 2022."),
            "JPN", "07", "UKR")
    assert e["event_date"] is None and e["background"] is False


def test_date_phrase_with_an_adverb_is_read_whole(coder):
    e = one(code(coder, "Earlier this month, Chile recalled its ambassador from Peru."),
            "CHL", "16", "PER")
    assert e["event_date"] == "2025-08" and e["background"] is True


def test_threat_aims_at_its_complements_target_or_condition(coder):
    one(code(coder, "Spain threatened to shell Moroccan ports."), "ESP", "13", "MAR")
    one(code(coder, "Peru threatened to end the talks unless Bolivia pays its debts."),
        "PER", "13", "BOL")


def test_reported_obligation_is_the_reporters_demand(coder):
    one(code(coder, "Austria said on Monday that Serbia must free the detained reporters."),
        "AUT", "10", "SRB")


def test_what_is_kept_from_happening_names_the_blocked_act(coder):
    rows = code(coder, "Israel blocked Jordan from sending aid to Gaza.")
    assert one(rows, "ISR", "12", "JOR")["cameo"] == "1245"
    # the object of "blocked" is who would have sent, and the sending did not happen
    assert one(rows, "JOR", "07", "PSE")["status"] == "negated"
    assert not [r for r in rows if r["source_country"] == "ISR" and r["cameo"][:2] == "07"]


@pytest.mark.parametrize("text,src,tgt", [
    ("Belarus is working with Russia to build drones.", "BLR", "RUS"),
    ("Serbia cooperates with Hungary to modernize its army.", "SRB", "HUN"),
])
def test_purpose_clause_specifies_a_general_verb(coder, text, src, tgt):
    assert one(code(coder, text), src, "06", tgt)["cameo"] == "062"


def test_object_of_an_appeal_does_what_its_infinitive_says(coder):
    rows = code(coder, "Chile urged Peru to sign a trade treaty with Ecuador.")
    one(rows, "CHL", "02", "PER")
    # what an appeal asks for is its content, no act of its own (tests/test_demand_content.py)
    assert not [r for r in rows if r["cameo"][:2] == "05"], triples(rows)
    # an instrument is no actor: the subject still acts
    one(code(coder, "Russia used drones to attack Ukraine."), "RUS", "19", "UKR")
    rows = code(coder, "Belarus emboldened Serbia to attack Kosovo.")
    one(rows, "SRB", "19", "XKX")
    assert not [r for r in rows if r["source_country"] == "BLR" and r["cameo"][:2] == "19"]


def test_should_on_a_named_actor_is_an_appeal_by_whoever_says_it(coder):
    e = one(code(coder, "Spain said that Morocco should release the fishermen."),
            "ESP", "02", "MAR")
    assert e["cameo"] == "0253"
    # "must" stays a demand; an inference or an inverted condition is no appeal
    one(code(coder, "\u201cMorocco must release the fishermen,\u201d Spain said."),
        "ESP", "10", "MAR")
    assert code(coder, "Spain's complaints about Morocco should remind us of the stakes.") == []
    assert not [r for r in code(coder, "Should Morocco refuse, Spain will act.")
                if r["cameo"][:2] in ("02", "10")]


def test_that_clause_on_a_noun_with_a_perfect_is_active(coder):
    rows = code(coder, "Japan has confirmed reports that Syria has shipped missiles to Iraq.")
    one(rows, "SYR", "07", "IRQ")


def test_third_person_verb_the_lemmatizer_misreads(coder):
    # spaCy reads "wages" as a form of "wag"
    one(code(coder, "Chile wages a brutal war against Peru."), "CHL", "19", "PER")


def test_who_rejects_a_plan_is_not_who_would_carry_it_out(coder):
    rows = code(coder, "Chile rejected the plan to send troops to Peru.")
    assert not [r for r in rows if r["source_country"] == "CHL" and r["cameo"][:2] != "12"]


@pytest.mark.parametrize("text,src,root,tgt", [
    ("Peru stood with Chile to call out Bolivia's breaches of the treaty.", "PER", "11", "BOL"),
    ("Belarus is desperately trying to get drones from Iran.", "BLR", "02", "IRN"),
    ("We watch Serbian shells reduce whole Croatian towns to rubble.", "SRB", "17", "HRV"),
    # nominal events; a conjunct's preposition is shared: "activities and rhetoric toward"
    ("Chile's military activities and rhetoric toward Bolivia only serve to raise tensions.",
     "CHL", "15", "BOL"),
    ("Japan's steadfast commitment to the Philippines endures.", "JPN", "03", "PHL"),
    # the infinitive of a decision noun is done by who decides; a named modifier of the
    # noun decides before the verb's subject does
    ("Chile made the decision to recall its ambassador from Peru.", "CHL", "16", "PER"),
    ("Chile has taken steps to recall its ambassador from Peru.", "CHL", "16", "PER"),
    ("The visit underscores the firm Chilean decision to recall its ambassador from Peru.",
     "CHL", "16", "PER"),
    # who is complicit in an act, or behind it, is its agent
    ("Syria was complicit in the March attack on Jordan.", "SYR", "19", "JOR"),
    ("Syria was behind the attack on Jordan.", "SYR", "19", "JOR"),
    # the subject of a later "that" clause is the target of disapproval
    ("Mexico regrets that this vote called by Peru is a farce, and that Chile continues to "
     "obstruct the inquiry.", "MEX", "11", "CHL"),
    # a violent nominal as subject targets what it acts on
    ("Israel's airstrikes have left thousands of families in Lebanon without shelter.",
     "ISR", "19", "LBN"),
    # an "including" clause names the target of the act it details
    ("Chile carried out naval drills on Monday, including sailing warships around Peru and "
     "its islands.", "CHL", "15", "PER"),
    # the origin of supplied goods supplies them to whom they serve
    ("The supply of Syrian rockets enables Iraq to strike further.", "SYR", "07", "IRQ"),
])
def test_phrasal_idiomatic_and_nominal_wordings(coder, text, src, root, tgt):
    one(code(coder, text), src, root, tgt)


def test_making_a_state_a_member_is_its_admission(coder):
    rows = code(coder, "The African Union agreed to make Morocco a full member from 2026.")
    assert any(r["cameo"] == "057" and r["target_country"] == "MAR"
               and r["status"] == "intended" for r in rows), triples(rows)


def test_an_expressed_intent_is_intended_without_a_cue(coder):
    """Root 03 is the intent to act: "remains committed to", "pledged", "offered" name an
    act to come, so the event is intended although no modal or governor says so."""
    for text in ("Canada remains committed to its free trade policy with Mexico.",
                 "Brazil pledged economic aid to Angola.",
                 "Kenya offered military support to Somalia."):
        rows = code(coder, text)
        assert rows and all(r["cameo"].startswith("03") and r["status"] == "intended"
                            for r in rows), (text, rows)


def test_an_act_of_force_without_a_target_keeps_to_the_front_of_the_story(coder):
    """ "Chile shelled Peru ... Chile moved more troops": an act of force or threat with no
    target of its own is aimed where the same actor's last one was, a few sentences back;
    not at an organisation, and not pages later."""
    rows = code(coder, "Chile shelled border towns in Peru on Monday. On Tuesday Chile "
                       "mobilized more troops.")
    assert ("CHL", "15", "PER") in {(r["source_country"], r["cameo"][:2], r["target_country"])
                                    for r in rows}, triples(rows)
    rows = code(coder, "Chile shelled border towns in Peru on Monday. " + "Talks went on. " * 7
                + "On Tuesday Chile mobilized more troops.")
    assert not [r for r in rows if r["cameo"].startswith("15")], triples(rows)


@pytest.mark.parametrize("text,src,root,tgt", [
    ("Chile renewed an appeal to Peru to hand over the two suspects.", "CHL", "02", "PER"),
    ("Chile lodged a complaint against Peru over the fishing fleet.", "CHL", "11", "PER"),
    ("Chile sent a warning to Peru over the fishing fleet.", "CHL", "13", "PER"),
])
def test_event_noun_made_issued_or_renewed_is_its_subjects_act(coder, text, src, root, tgt):
    """ "renewed an appeal to", "lodged a complaint against": the verb only carries the act the
    noun names, done by the verb's subject."""
    one(code(coder, text), src, root, tgt)


@pytest.mark.parametrize("text,src,code_,tgt", [
    ("Chile announced a suspension of air links with Peru.", "CHL", "160", "PER"),
    ("Chile announced the suspension of diplomatic ties with Peru.", "CHL", "161", "PER"),
    ("Chilean border guards abused Peruvian immigrants, a rights group said.", "CHL", "18",
     "PER"),
])
def test_suspension_nouns_and_abuse_of_immigrants(coder, text, src, code_, tgt):
    rows = code(coder, text)
    assert any(r["source_country"] == src and r["cameo"].startswith(code_)
               and r["target_country"] == tgt for r in rows), triples(rows)


def test_subject_hung_on_a_fronted_phrase_is_no_part_of_it(coder):
    """ "In the wake of X's invasion of Y, Z, along with W, had abandoned ...": the parser
    hangs Z, the later verb's subject, on Y; Z is no second target of the invasion."""
    rows = code(coder, "Last May, in the wake of Chile's invasion of Peru, Bolivia, along with "
                       "its neighbor Paraguay, had abandoned its policy of neutrality and "
                       "applied to join NATO.")
    got = {(r["source_country"], r["target_country"]) for r in rows}
    assert ("CHL", "PER") in got and ("CHL", "BOL") not in got, triples(rows)


@pytest.mark.parametrize("text,background", [
    ("The officials highlighted the recent progress Chile and Peru have made to modernize "
     "their military alliance.", False),
    ("The officials highlighted the progress Chile and Peru have made to modernize their "
     "military alliance.", True),
])
def test_perfect_in_a_clause_on_a_recent_noun_reaches_the_news(coder, text, background):
    """ "the recent progress X has made": "recent" on the noun the perfect describes says it
    goes on up to the news, as "in recent weeks" does on the verb."""
    e = one(code(coder, text), "CHL", "06", "PER")
    assert e["background"] is background


@pytest.mark.parametrize("text,date,background", [
    ("Chile vetoed Friday's resolution on Peru.", "2025-08-15", True),
    # the blame is aimed at the attacker, not at Peru (test_aimed_at_whom)
    ("Chile condemned Friday's attack on Peru by Bolivia.", None, False),
])
def test_dated_object_dates_the_act_done_on_it(coder, text, date, background):
    """ "vetoed Friday's resolution": the veto is the resolution's vote, two days and more
    before the news; a reaction ("condemned Friday's attack") keeps its own time."""
    e = [r for r in code(coder, text) if r["cameo"][:2] in ("11", "12")][0]
    assert e["event_date"] == date and e["background"] is background, e


def test_with_misparsed_as_mark_of_purpose_clause_is_the_partner(coder):
    """ "spoke today with X to discuss ...": the parser makes "with" the mark of the purpose
    clause and X its subject; X is who was spoken with."""
    one(code(coder, "Foreign Minister Penny Wong spoke today with Chinese Foreign Minister "
                    "Wang Yi to discuss next steps on trade."), "AUS", "04", "CHN")


def test_war_games_are_exercises_and_joint_ones_are_cooperation(coder):
    """ "war games" are no war; drills held by two states together are military
    cooperation (062)."""
    rows = code(coder, "Greek and Cypriot warships on Friday launched five days of war games "
                       "off Crete.")
    assert any(r["cameo"] == "062" and {r["source_country"], r["target_country"]}
               == {"GRC", "CYP"} for r in rows), triples(rows)
    assert not any(r["cameo"].startswith("19") for r in rows), triples(rows)


def test_preposition_stranded_by_a_participle_keeps_its_object(coder):
    """ "granted asylum to four officers holed up in ...": the parser reads the officers as
    the participle's subject; they are still whom asylum went to."""
    one(code(coder, "Chile granted asylum to four Peruvian officers holed up in a consulate "
                    "since the coup."), "CHL", "07", "PER")


@pytest.mark.parametrize("text,src,code_,tgt", [
    ("Chile wants Peru to return the fishing boats.", "CHL", "02", "PER"),
    ("Chile announced it would prohibit all aid to Peruvian rebels.", "CHL", "162", "PER"),
])
def test_wanting_another_to_act_and_prohibiting_aid(coder, text, src, code_, tgt):
    rows = code(coder, text)
    assert any(r["source_country"] == src and r["cameo"].startswith(code_)
               and r["target_country"] == tgt for r in rows), triples(rows)


def test_wanting_to_act_oneself_is_no_appeal(coder):
    rows = code(coder, "Chile and Peru said they want to expand trade.")
    assert not any(r["cameo"].startswith("02") for r in rows), triples(rows)


@pytest.mark.parametrize("text,absent", [
    # a violent noun as subject: only the verb's direct object suffers it
    ("Russia's attacks drew condemnation from France.", ("RUS", "FRA")),
    # the resolution of a crisis is a settlement, not an organisation's motion
    ("The UN sent envoys to the region. Israel welcomed the resolution of the hostage crisis.",
     ("ISR", "UNO")),
])
def test_no_target_read_into_a_reaction_or_a_settlement(coder, text, absent):
    rows = code(coder, text)
    assert not [r for r in rows if (r["source_country"], r["target_country"]) == absent], rows
