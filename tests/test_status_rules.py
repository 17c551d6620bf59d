"""Status and background rules: perfects reported in the present or joined to a present,
agreements to act, support for an act to come. Hand-written sentences (none from the gold
sets), the real model."""

import pytest
from tests.conftest import code, event_of


@pytest.mark.parametrize("text,background", [
    # what a present report or finding says has happened is the news itself
    ("Japan has confirmed reports that Syria has shipped missiles to Iraq.", False),
    ("Canada says Syria has shipped missiles to Iraq.", False),
    ("We know that Syria has shipped missiles to Iraq.", False),
    # a past governor keeps the perfect an earlier act
    ("Canada was alarmed because Syria has shipped missiles to Iraq.", True),
])
def test_perfect_reported_in_the_present_is_the_news(coder, text, background):
    e = event_of(code(coder, text), "SYR", "07", "IRQ")
    assert e["status"] == "occurred" and e["background"] is background, e


def test_perfect_joined_to_a_present_shares_its_time(coder):
    e = event_of(code(coder, "Chile condemns Peru and has recalled its ambassador from Lima."),
            "CHL", "16", "PER")
    assert e["background"] is False, e


def test_agreeing_to_an_act_is_intended(coder):
    e = event_of(code(coder, "Syria has agreed to inspections by Jordan."), "SYR", "08", "JOR")
    assert e["status"] == "intended", e


@pytest.mark.parametrize("text,src,root,tgt", [
    ("Peru and Chile welcomed expanding trade between their ports.", "PER", "05", "CHL"),
    ("Brazil supports strengthening military cooperation with Argentina.", "BRA", "06", "ARG"),
])
def test_support_for_a_bare_gerund_is_an_act_to_come(coder, text, src, root, tgt):
    assert event_of(code(coder, text), src, root, tgt)["status"] == "intended"


@pytest.mark.parametrize("text,src,tgt", [
    ("Chile welcomed the talks with Peru.", "CHL", "PER"),  # a noun object: done
    ("Chile welcomed Bolivia joining the trade pact.", "CHL", "BOL"),  # the gerund's own subject
])
def test_welcoming_a_thing_or_a_done_act_stays_occurred(coder, text, src, tgt):
    assert event_of(code(coder, text), src, "05", tgt)["status"] == "occurred"


def test_perfect_after_a_vocative_shares_the_present_of_its_first_conjunct(coder):
    e = event_of(code(coder, "Delegates, Chile quietly courts Peru, and it has sent envoys to Lima "
                        "to press its case."), "CHL", "04", "PER")
    assert e["status"] == "occurred" and e["background"] is False


def test_bare_perfect_alone_stays_background(coder):
    assert event_of(code(coder, "Chile has sent envoys to Peru."), "CHL", "04", "PER")["background"]


@pytest.mark.parametrize("text,src,root,tgt,background", [
    # a perfect of "leave" with the state its object is left in: the state holds at the news
    ("Russian strikes have left thousands of Ukrainians without power.", "RUS", "19", "UKR",
     False),
    ("Israeli shelling has left hundreds of Lebanese families homeless.", "ISR", "19", "LBN",
     False),
    # "without" on another perfect is its manner, not a state: still an earlier act
    ("Russia has attacked Ukraine without warning.", "RUS", "19", "UKR", True),
])
def test_resultative_perfect_of_leave_is_a_present_state(coder, text, src, root, tgt,
                                                         background):
    e = event_of(code(coder, text), src, root, tgt)
    assert e["status"] == "occurred" and e["background"] is background, e


@pytest.mark.parametrize("text,status", [
    # a verb of preventing governs the act through "from": the act did not happen
    ("The veto stopped Canada from imposing sanctions on Iran.", "negated"),
    ("Japan prevented Iran from attacking Iraq.", "negated"),
    # negated, the two negatives cancel; the act keeps the governor's auxiliary
    ("The veto will not stop Canada from imposing sanctions on Iran.", "intended"),
    ("Nothing will stop Canada from imposing sanctions on Iran.", "intended"),
    ("Japan did not prevent Iran from attacking Iraq.", "occurred"),
    # no "from": "not" negates the act itself
    ("Canada did not stop imposing sanctions on Iran.", "negated"),
    ("Canada will not impose sanctions on Iran.", "negated"),
])
def test_negated_prevention_lets_the_act_stand(coder, text, status):
    rows = code(coder, text)
    e = event_of(rows, "IRN", "19", "IRQ") if "Iraq" in text else event_of(rows, "CAN", "16",
                                                                            "IRN")
    assert e["status"] == status, e


@pytest.mark.parametrize("text,src,root,tgt,status", [
    ("Iran sold drones to Russia, which experts fear may attack Ukraine.", "RUS", "19", "UKR",
     "hedged"),
    ("Peru hosted an envoy from Chile, who officials say will sign a trade deal with Bolivia.",
     "CHL", "05", "BOL", "intended"),
])
def test_relative_pronoun_under_a_parenthetical_verb_is_the_antecedent(coder, text, src, root,
                                                                        tgt, status):
    assert event_of(code(coder, text), src, root, tgt)["status"] == status


def test_relative_clause_with_its_own_subject_below_keeps_it(coder):
    # "which said that Ukraine attacked": the clause below has its own subject
    rows = code(coder, "Iran sold drones to Russia, which said that Ukraine attacked Belarus.")
    event_of(rows, "UKR", "19", "BLR")
    assert not any(r["source_country"] == "RUS" and r["cameo"].startswith("19") for r in rows)


@pytest.mark.parametrize("text,background", [
    # an act the sentence measures time from, or looks back to, was done before the news
    ("Since Israel's blockade of Gaza, food prices have soared.", True),
    ("Since the start of China's blockade of Taiwan, shipping has slowed.", True),
    ("Diplomats recalled the weeks leading up to China's blockade of Taiwan.", True),
    # a run-up told in the future is to an act to come
    ("In the run-up to China's blockade of Taiwan, Japan will consult its allies.", False),
])
def test_nominal_act_looked_back_on_is_background(one_sided, text, background):
    rows = [r for r in code(one_sided, text) if r["cameo"][:2] == "19"]
    assert rows and all(r["background"] is background for r in rows), rows


@pytest.mark.parametrize("text,src,root,tgt,status", [
    ("Officials called the visit an opportunity for Seoul to strengthen ties with Tokyo.",
     "KOR", "05", "JPN", "intended"),
    ("Turkey's vote paved the way for Sweden to join NATO.", "SWE", "05", "NATO", "intended"),
    # a chance taken by the subject is no "for" chance: the act is done
    ("Chile took the opportunity to thank Peru for its help.", "CHL", "05", "PER", "occurred"),
    ("Brazil used the occasion to criticize Argentina.", "BRA", "11", "ARG", "occurred"),
])
def test_the_act_a_chance_opens_to_a_party_is_to_come(coder, text, src, root, tgt, status):
    """Session 13: "an opportunity for Seoul to strengthen ties", "paved the way for Sweden to
    join NATO": what a chance opens to a party named with "for" has not happened yet."""
    event_of(code(coder, text), src, root, tgt, status)
