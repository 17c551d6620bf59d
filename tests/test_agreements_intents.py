"""Agreeing, accepting and committing (CAMEO 03, 05-06): the other party named only through
a noun phrase, a possessive, a place or the speakers of a joint statement."""

from __future__ import annotations

import pytest
from tests.conftest import code, event_of, triples


def _pair(rows: list[dict], a: str, b: str, root: str, status: str | None = None) -> dict:
    """The event between a and b in either direction (a joint act is symmetric)."""
    hits = [r for r in rows if {r["source_country"], r["target_country"]} == {a, b}
            and r["cameo"].startswith(root) and (status is None or r["status"] == status)]
    assert hits, f"no {a}-{root}-{b} event in {triples(rows)}"
    return hits[0]


# ----------------------------------------------------------------- settling a dispute


@pytest.mark.parametrize("text,src,tgt,status", [
    ("Colombia settled its maritime dispute with Nicaragua.", "COL", "NIC", None),
    ("Peru agreed to end its border dispute with Ecuador.", "PER", "ECU", "intended"),
    ("Thailand said it would settle the row with Cambodia through bilateral talks.",
     "THA", "KHM", "intended"),
    ("Jordan vowed to settle its water dispute with Israel.", "JOR", "ISR", "intended"),
    ("The Philippines said it was committed to resolving its dispute with China peacefully.",
     "PHL", "CHN", "intended"),
    ("The border dispute with Venezuela was settled by Guyana through the ICJ, officials "
     "said.", "GUY", "VEN", None),
])
def test_dispute_settled_with_a_party(coder, text, src, tgt, status):
    assert event_of(code(coder, text), src, "037", tgt, status)


def test_dispute_not_settled_is_negated(coder):
    assert event_of(code(coder, "Bangladesh did not agree to end its dispute with Myanmar."),
                    "BGD", "037", "MMR", "negated")


def test_parties_resolving_their_differences_is_joint(coder):
    rows = code(coder, "Serbia and Kosovo resolved their differences over licence plates.")
    assert _pair(rows, "SRB", "XKX", "037")
    rows = code(coder, "Lebanon and Israel agreed to demarcate their maritime border.")
    assert _pair(rows, "LBN", "ISR", "037", "intended")


@pytest.mark.parametrize("text", [
    "The company settled the dispute with its workers.",
    "He settled in Berlin after the war.",
    "The coach ended his feud with the club's owner.",
    "The airline agreed to settle claims with passengers.",
    "Samsung agreed to pay a fine to settle the lawsuit.",
])
def test_settling_without_parties_codes_nothing(coder, text):
    assert code(coder, text) == []


# ----------------------------------------------------------------- mediation offered


@pytest.mark.parametrize("text,src,tgt", [
    ("Kazakhstan accepted Russia's offer to mediate between the two sides.", "KAZ", "RUS"),
    ("Venezuela accepted Brazil's offer to mediate in the dispute with Guyana.", "VEN", "BRA"),
    ("Guinea accepted an offer by Senegal to mediate the crisis.", "GIN", "SEN"),
])
def test_accepting_an_offer_to_mediate(coder, text, src, tgt):
    assert event_of(code(coder, text), src, "038", tgt)["cameo"] == "038"


@pytest.mark.parametrize("text,src,tgt", [
    ("Ethiopia rejected Kenya's offer to mediate.", "ETH", "KEN"),
    ("Mali rejected Algeria's offer to mediate with the rebels.", "MLI", "DZA"),
])
def test_rejecting_an_offer_to_mediate(coder, text, src, tgt):
    assert event_of(code(coder, text), src, "126", tgt)["cameo"] == "126"


def test_accepted_offer_of_another_act_keeps_its_code(coder):
    # an invitation to attend is one to meet, not mediation
    rows = code(coder, "Kyrgyzstan accepted Uzbekistan's invitation to attend the summit.")
    assert event_of(rows, "KGZ", "036", "UZB")


# ----------------------------------------------------------------- agreements initialled,
# signed in a third party's capital


def test_initialled_deal_is_an_agreement_of_both(coder):
    rows = code(coder, "Armenia and Azerbaijan initialled a peace deal in Washington.")
    assert _pair(rows, "ARM", "AZE", "057", "occurred")
    assert not any("USA" in (r["source_country"], r["target_country"]) for r in rows)


def test_signing_city_is_a_venue_for_parties_named_together(coder):
    rows = code(coder, "Rwanda and the Democratic Republic of Congo signed a peace agreement "
                       "in Washington on Friday.")
    assert _pair(rows, "RWA", "COD", "057")
    assert not any(r["target_country"] == "USA" for r in rows)
    rows = code(coder, "The US and Germany signed an agreement in Berlin on troop deployments.")
    assert _pair(rows, "USA", "DEU", "057")


def test_ceasefire_place_is_no_party(coder):
    rows = code(coder, "Israel and Hamas agreed to a ceasefire in Gaza.")
    assert [(r["source_code"], r["target_code"]) for r in rows] == [("ISR", "PSEHMS")]


def test_place_of_the_agreed_act_stays_its_target(coder):
    # "in" on the verb of what is agreed ("invest in") is no venue
    rows = code(coder, "Japan and India agreed to invest in Sri Lanka's port.")
    assert event_of(rows, "JPN", "061", "LKA", "intended")


# ----------------------------------------------------------------- peacekeeping mandates


@pytest.mark.parametrize("text,src,tgt", [
    ("The UN Security Council voted to extend the peacekeeping mission in Lebanon until "
     "December.", "UNO", "LBN"),
    ("The African Union extended its mission in Somalia by six months.", "AU", "SOM"),
    ("The Security Council extended the mandate of the UN mission in Mali.", "UNO", "MLI"),
    ("The Security Council unanimously renewed the mandate of the peacekeeping mission in "
     "Cyprus.", "UNO", "CYP"),
    ("The mandate of the peacekeeping mission in the Central African Republic was extended "
     "by the Security Council.", "UNO", "CAF"),
    ("Kenya has pledged to send 1,000 police officers to Haiti.", "KEN", "HTI"),
])
def test_peacekeeping_kept_where_it_serves(coder, text, src, tgt):
    assert event_of(code(coder, text), src, "074", tgt)["cameo"] == "074"


@pytest.mark.parametrize("text", [
    "The UN extended the mandate of its special rapporteur on Belarus.",
    "The minister renewed his commitment to the peace process.",
])
def test_mandates_that_are_no_mission(coder, text):
    assert not any(r["cameo"] == "074" for r in code(coder, text))


def test_renewed_sanctions_stay_sanctions(coder):
    rows = code(coder, "The Security Council renewed sanctions on South Sudan for another year.")
    assert event_of(rows, "UNO", "163", "SSD")


# ----------------------------------------------------------------- opening a market


@pytest.mark.parametrize("text,src,tgt,status", [
    ("Chile pledged to open its market to Argentine beef.", "CHL", "ARG", "intended"),
    ("Ghana promised to open its market to Nigerian goods under the free trade area.",
     "GHA", "NGA", "intended"),
    ("Morocco has opened its market to Mauritanian fish under a new accord.",
     "MAR", "MRT", None),
])
def test_market_opened_to_a_partner(coder, text, src, tgt, status):
    assert event_of(code(coder, text), src, "061", tgt, status)


def test_market_not_opened_is_negated(coder):
    rows = code(coder, "South Africa refused to open its market to American poultry.")
    assert event_of(rows, "ZAF", "061", "USA", "negated")


@pytest.mark.parametrize("text,src", [
    ("Argentina pledged to liberalise its economy.", "ARG"),
    ("Vietnam vowed to open its economy to foreign investors.", "VNM"),
    ("Uzbekistan committed to opening its energy sector to foreign companies.", "UZB"),
])
def test_opening_with_no_beneficiary_is_one_sided(coder, one_sided, text, src):
    assert code(coder, text) == []
    assert event_of(code(one_sided, text), src, "061", None, "intended")


@pytest.mark.parametrize("text", [
    "Shares in the company opened higher on the stock market.",
    "The government opened the market for mobile licences to bidders.",
])
def test_markets_that_open_no_state(coder, text):
    assert code(coder, text) == []


def test_vowed_reform_is_an_intent_of_reform(one_sided):
    rows = code(one_sided, "Tunisia vowed to reform its judiciary.")
    assert event_of(rows, "TUN", "034", None, "intended")


# ----------------------------------------------------------------- troops let stay


@pytest.mark.parametrize("text,src,tgt", [
    ("The Gambia agreed to let ECOWAS troops stay until 2027.", "GMB", "ECOWAS"),
    ("Libya agreed to let Turkish troops stay on its territory.", "LBY", "TUR"),
])
def test_troops_let_stay(coder, text, src, tgt):
    assert event_of(code(coder, text), src, "062", tgt, "intended")


# ----------------------------------------------------------------- joint statements


@pytest.mark.parametrize("text,a,b,root", [
    ("In a joint statement, the leaders of India and Bangladesh said their countries would "
     "expand energy trade.", "IND", "BGD", "061"),
    ("Japan and Australia said their governments would deepen defence cooperation.",
     "JPN", "AUS", "062"),
    ("Egypt and Sudan said the two countries would coordinate on the Nile dam.",
     "EGY", "SDN", "04"),
    ("Vietnam and the Philippines said their countries would hold joint coast guard "
     "exercises.", "VNM", "PHL", "062"),
])
def test_their_countries_are_the_speakers(coder, text, a, b, root):
    assert _pair(code(coder, text), a, b, root, "intended")


def test_their_countries_need_several_speakers(coder):
    assert code(coder, "Spain said their countries would deepen trade ties.") == []


# ----------------------------------------------------------------- working together


@pytest.mark.parametrize("text,a,b", [
    ("The United States and Britain agreed to work together on AI safety.", "USA", "GBR"),
    ("France and Italy will work together on defence procurement.", "FRA", "ITA"),
])
def test_working_together_is_joint(coder, text, a, b):
    assert _pair(code(coder, text), a, b, "05", "intended")


def test_whom_partners_act_against_is_no_partner(coder):
    rows = code(coder, "Turkey and Iraq committed to cooperate against the PKK.")
    assert triples(rows) == {("TUR", "05", "IRQ", "intended")}
    rows = code(coder, "The US and UK agreed to work together against Russian disinformation.")
    assert triples(rows) == {("USA", "05", "GBR", "intended")}
    rows = code(coder, "The Taliban pledged to cooperate with Pakistan against militants.")
    assert event_of(rows, "AFG", "05", "PAK", "intended")


def test_working_together_without_states_codes_nothing(coder):
    assert code(coder, "The two firms worked together on the bid.") == []


# ----------------------------------------------------------------- must not fire


@pytest.mark.parametrize("text", [
    "The minister agreed with the assessment of the central bank.",
    "Japan accepted an award for its work on disaster relief.",
    "The striker committed a foul in the second half.",
    "The company agreed to buy a rival for $3 billion.",
    "The board accepted the resignation of the chief executive.",
    "He committed suicide in prison, police said.",
    "Analysts agreed that the economy would slow.",
    "The court resolved the issue in favour of the plaintiffs.",
    "The football association resolved the issue with the referees.",
])
def test_no_event(coder, text):
    assert code(coder, text) == []


# ----------------------------------------------------------------- more verbs of agreement


@pytest.mark.parametrize("text,src,tgt", [
    ("Indonesia clinched a free trade agreement with Canada.", "IDN", "CAN"),
    ("Vietnam inked a deal with South Korea to build a nuclear plant.", "VNM", "KOR"),
    ("Brazil finalised the accord with Uruguay on Thursday.", "BRA", "URY"),
    ("Russia extended the New START treaty with the United States for five years.",
     "RUS", "USA"),
    ("Japan renewed its currency swap agreement with South Korea.", "JPN", "KOR"),
])
def test_agreement_concluded_or_renewed(coder, text, src, tgt):
    assert event_of(code(coder, text), src, "057", tgt, "occurred")


def test_parties_hammering_out_a_deal(coder):
    rows = code(coder, "Peru and Chile hammered out a deal on fishing rights.")
    assert _pair(rows, "PER", "CHL", "057", "occurred")
    rows = code(coder, "The Philippines and the United States renewed their mutual defence "
                       "treaty.")
    assert _pair(rows, "PHL", "USA", "057", "occurred")


@pytest.mark.parametrize("text", [
    "Israel sealed the border with Gaza.",
    "The two firms inked a contract worth $2 billion.",
])
def test_deal_verbs_without_parties(coder, text):
    assert not any(r["cameo"] == "057" for r in code(coder, text))


@pytest.mark.parametrize("text,a,b,root", [
    ("An agreement was reached between Ethiopia and Eritrea on Sunday.", "ETH", "ERI", "057"),
    ("A deal between Ethiopia and Eritrea was signed on Sunday.", "ETH", "ERI", "057"),
    ("Talks were held between Ethiopia and Eritrea on Sunday.", "ETH", "ERI", "04"),
    ("A defence pact was signed between Mali and Niger.", "MLI", "NER", "057"),
])
def test_agentless_passive_between_parties(coder, text, a, b, root):
    assert _pair(code(coder, text), a, b, root, "occurred")


@pytest.mark.parametrize("text,a,b,root", [
    ("Oman agreed with Iran to hold naval drills in the Gulf.", "OMN", "IRN", "062"),
    ("Oman agreed with the Iranian government to expand trade.", "OMN", "IRN", "061"),
])
def test_agreed_with_a_partner_to_act_together(coder, text, a, b, root):
    assert _pair(code(coder, text), a, b, root, "intended")


def test_with_that_is_no_partner(coder):
    rows = code(coder, "The Canadian parliament agreed to ease curbs on grain exports to "
                       "Venezuela and, with conditions, Nicaragua.")
    assert {r["source_country"] for r in rows} == {"CAN"}


@pytest.mark.parametrize("text,src,root,tgt", [
    ("Greece agreed to Turkey's request to resume exploratory talks.", "GRC", "036", "TUR"),
    ("India rejected Pakistan's proposal to hold talks.", "IND", "125", "PAK"),
])
def test_what_a_request_or_proposal_asks_names_the_act(coder, text, src, root, tgt):
    assert event_of(code(coder, text), src, root, tgt)["cameo"] == root


def test_partner_request_of_no_state(coder):
    assert code(coder, "The club agreed to the player's request to leave.") == []


def test_truce_is_with_its_counterpart_not_its_proposer(coder):
    rows = code(coder, "Ukraine agreed to the US proposal for a 30-day ceasefire with Russia.")
    assert event_of(rows, "UKR", "0356", "RUS", "intended")
    assert not any(r["target_country"] == "USA" and r["cameo"] == "0356" for r in rows)
    rows = code(coder, "Israel agreed to a truce with Hezbollah in Lebanon.")
    assert triples(rows) == {("ISR", "03", "LBN", "intended")}


def test_accepting_a_proposal_without_counterpart_keeps_the_proposer(coder):
    rows = code(coder, "Hamas accepted Egypt's proposal for a truce.")
    assert event_of(rows, "PSE", "03", "EGY", "intended")


def test_agreeing_to_an_accession(coder):
    rows = code(coder, "Ankara has agreed to Sweden's accession to NATO.")
    assert event_of(rows, "TUR", "057", "SWE")


def test_truce_agreed_between_parties_is_intended(coder):
    rows = code(coder, "A ceasefire was agreed between Israel and Hamas on Sunday.")
    assert [(r["source_code"], r["cameo"], r["target_code"], r["status"]) for r in rows] == [
        ("ISR", "0356", "PSEHMS", "intended")]


def test_between_needs_two_parties(coder):
    assert code(coder, "Iran was attacked between Monday and Friday.") == []
