"""Domestic unrest and the state's response to it: protests (CAMEO 14) by a state's own
people, aimed at its government (or at the state whose embassy they stand outside), and the
state's answer: dispersal, arrests, bans, curfews and emergency rule (17x), and concessions
(08x). Unnamed actors placed by the town their act happens in ("police in Lagos", "protesters
rioted ... in Niamey") take that town's state. Sentences are hand-written."""

from tests.conftest import code, sides, triples
from tests.conftest import mentions as _mentions


def _codes(rows: list[dict]) -> set[tuple]:
    """(source code, full CAMEO code, target code) of each event."""
    return {(r["source_code"], r["cameo"], r["target_code"]) for r in rows}


def _has(rows: list[dict], src: str, prefix: str, tgt: str | None) -> bool:
    return any(r["source_code"] == src and r["cameo"].startswith(prefix)
               and r["target_code"] == tgt for r in rows)


# ------------------------------------------------------------------ the brief's examples
def test_a_strike_against_a_policy_in_a_gazetteer_town_is_aimed_at_the_government(coder):
    rows = code(coder, "Thousands of workers went on strike in Lagos on Monday to protest "
                       "the fuel price rise.")
    assert _has(rows, "NGALAB", "143", "NGAGOV"), _codes(rows)
    # the purpose ("to protest ...") is what the strike is for, not a second protest
    assert len([r for r in rows if r["cameo"].startswith("14")]) == 1, _codes(rows)


def test_police_and_opposition_placed_by_the_town_of_the_arrest(coder):
    rows = code(coder, "Police arrested 40 opposition supporters in Harare after the rally.")
    assert ("ZWECOP", "173", "ZWEOPP") in _codes(rows), _codes(rows)


def test_a_riot_outside_an_embassy_is_aimed_at_the_embassys_state(coder):
    rows = code(coder, "Protesters rioted outside the French embassy in Niamey.")
    assert any(r["source_code"] == "NEROPP" and r["cameo"].startswith("145")
               and r["target_country"] == "FRA" for r in rows), _codes(rows)


# ------------------------------------------------------------------ protest and its target
def test_protests_at_home_are_aimed_at_the_protesters_own_government(coder):
    for text, expected in (
            ("Thousands of protesters marched through Dhaka on Sunday demanding the prime "
             "minister's resignation.", ("BGDOPP", "14", "BGDGOV")),
            ("Opposition supporters demonstrated in Kinshasa against the election results.",
             ("CODOPP", "14", "CODGOV")),
            ("Students at Cairo University staged a sit-in against the new tuition fees.",
             ("EGYEDU", "14", "EGYGOV")),
            ("Residents of Karachi protested against power cuts.", ("PAKCVL", "14", "PAKGOV")),
            ("Thousands rallied in Tbilisi against the foreign agents law.",
             ("GEOCVL", "14", "GEOGOV")),
            ("Hundreds of garment workers blocked a highway outside Dhaka.",
             ("BGDLAB", "14", "BGDGOV"))):
        rows = code(coder, text)
        assert expected in sides(rows), (text, _codes(rows))


def test_a_protest_at_a_mission_is_aimed_at_its_state_and_placed_in_the_host(coder):
    rows = code(coder, "Hundreds of protesters demonstrated outside the Russian embassy in "
                       "Tbilisi.")
    assert ("GEOOPP", "14", "RUSGOV") in sides(rows), _codes(rows)
    rows = code(coder, "Demonstrators burned the Israeli flag outside the Israeli embassy in "
                       "Amman.")
    assert any(r["source_code"] == "JOROPP" and r["cameo"] == "141"
               and r["target_country"] == "ISR" for r in rows), _codes(rows)
    rows = code(coder, "Protesters gathered outside the US embassy in Baghdad.")
    assert ("IRQOPP", "14", "USAGOV") in sides(rows), _codes(rows)


def test_a_protest_abroad_against_another_state_does_not_place_its_crowd(coder):
    # who marches in Berlin against Tehran, the sentence does not say
    rows = code(coder, "Hundreds marched in Berlin against the Iranian government.")
    assert not any(r["source_country"] == "DEU" for r in rows), _codes(rows)
    # a crowd that does nothing coded, or goes elsewhere, is no party
    for text in ("Thousands fled to Chad.", "Thousands died in Gaza."):
        assert not code(coder, text), text


def test_a_workers_strike_is_political_only_when_said_so(coder):
    rows = code(coder, "Nigerian workers began a general strike against the fuel subsidy "
                       "removal.")
    assert ("NGALAB", "14", "NGAGOV") in sides(rows), _codes(rows)
    rows = code(coder, "French unions called a nationwide strike against the pension reform.")
    assert ("FRALAB", "14", "FRAGOV") in sides(rows), _codes(rows)
    # over wages: most often against an employer, no government target
    for text in ("Workers went on strike over unpaid wages in Lagos.",
                 "Workers at a textile factory in Dhaka went on strike over unpaid wages."):
        rows = code(coder, text)
        assert not any(r["target_code"] and r["target_code"].endswith("GOV")
                       for r in rows), (text, _codes(rows))


def test_a_protest_takes_the_sub_code_of_what_it_demands_or_is_for(coder):
    rows = code(coder, "Thousands of protesters marched through Dhaka on Sunday demanding the "
                       "prime minister's resignation.")
    assert _codes(rows) == {("BGDOPP", "1411", "BGDGOV")}, _codes(rows)
    rows = code(coder, "Truck drivers blocked roads in Santiago to protest the new tax.")
    assert _codes(rows) == {("CHLLAB", "1442", "CHLGOV")}, _codes(rows)
    rows = code(coder, "Thousands of workers went on strike in Lagos to protest the fuel "
                       "price rise.")
    assert _codes(rows) == {("NGALAB", "1432", "NGAGOV")}, _codes(rows)


def test_petitions_and_signature_drives_are_dissent(one_sided):
    rows = code(one_sided, "Students in Kampala signed a petition against the dam.")
    assert any(r["source_code"] == "UGAEDU" and r["cameo"] == "140" for r in rows), \
        _codes(rows)


# ------------------------------------------------------------------ unnamed actors by town
def test_unnamed_police_and_groups_take_the_state_of_their_town(coder):
    got = _mentions(coder, "Police in Lagos released 50 protesters.")
    assert got.get("Police in Lagos", ("",))[0] == "NGACOP", got
    assert got.get("protesters", ("",))[0] == "NGAOPP", got
    got = _mentions(coder, "Police in Karachi arrested 12 students after the protest.")
    assert got.get("Police in Karachi", ("",))[0] == "PAKCOP", got
    rows = code(coder, "Riot police detained dozens of students in Caracas.")
    assert ("VENCOP", "173", "VENEDU") in _codes(rows), _codes(rows)


def test_police_acting_on_a_group_placed_at_home_take_its_state(coder):
    rows = code(coder, "The protesters who marched through Harare on Friday were dispersed "
                       "by police.")
    assert ("ZWECOP", "175", "ZWEOPP") in _codes(rows), _codes(rows)
    rows = code(coder, "Dozens of protesters were arrested in Caracas on Saturday.")
    assert ("VENGOV", "173", "VENOPP") in _codes(rows), _codes(rows)
    rows = code(coder, "The crowd in Colombo stormed the president's residence.")
    assert ("LKACVL", "145", "LKAGOV") in _codes(rows), _codes(rows)


def test_the_place_of_force_does_not_make_its_victims_anyones(coder):
    # whose people a state's force strikes in contested land is not told (implicit.py)
    rows = code(coder, "Ukrainian shelling killed three people in Donetsk.")
    assert not any(r["target_code"] == "UKRCVL" for r in rows), _codes(rows)
    # the town of troops does not say whose troops they are
    assert not code(coder, "Troops in Kabul fired on protesters.")


def test_a_groups_own_capital_is_no_target_of_what_it_does_there(coder):
    assert not code(coder, "Hundreds of people attended the funeral in Tehran.")
    # a protest there is aimed at the government, as CAMEO codes one at home
    rows = code(coder, "Opposition supporters will rally in Kampala next week.")
    assert ("UGAOPP", "141", "UGAGOV") in _codes(rows), _codes(rows)


def test_a_journey_or_exile_does_not_place_a_group_where_it_is(coder):
    for text in ("Exiled opposition leaders met in Paris.",
                 "Opposition leaders arrived in Paris for talks."):
        got = _mentions(coder, text)
        assert not any(c == "FRAOPP" for c, _ in got.values()), (text, got)
    got = _mentions(coder, "Opposition leaders met in Nairobi to choose a candidate.")
    assert got.get("Opposition leaders", ("",))[0] == "KENOPP", got


def test_a_town_in_land_another_state_holds_places_no_one(coder):
    rows = code(coder, "Russian troops detained protesters in Kherson.")
    assert not any(r["target_country"] == "RUS" or r["target_code"] == "UKROPP"
                   for r in rows), _codes(rows)


# ------------------------------------------------------------------ the state's response
def test_dispersal_and_tear_gas_are_violent_repression(coder):
    rows = code(coder, "Police used water cannon to disperse protesters in Tbilisi.")
    assert _codes(rows) == {("GEOCOP", "175", "GEOOPP")}, _codes(rows)
    rows = code(coder, "Police in Nairobi fired tear gas at demonstrators near parliament.")
    assert ("KENCOP", "175", "KENOPP") in _codes(rows), _codes(rows)
    rows = code(coder, "Police fired tear gas at protesters in Lagos.")
    assert ("NGACOP", "175", "NGAOPP") in _codes(rows), _codes(rows)
    rows = code(coder, "Sudanese soldiers opened fire on protesters in Khartoum, killing five.")
    assert ("SDNMIL", "175", "SDNOPP") in _codes(rows), _codes(rows)
    rows = code(coder, "Tunisian police broke up a protest in Tunis.")
    assert _has(rows, "TUNCOP", "175", "TUNCVL"), _codes(rows)


def test_emergency_rule_and_curfews_in_a_town_of_the_states_own(coder):
    rows = code(coder, "Kazakhstan's president declared a state of emergency in Almaty.")
    assert ("KAZGOV", "1724", "KAZCVL") in _codes(rows), _codes(rows)
    rows = code(coder, "Authorities in Dhaka lifted the curfew on Tuesday.")
    assert ("BGDGOV", "0813", "BGDCVL") in _codes(rows), _codes(rows)
    # a curfew with no place: whose people is not said (occupied or disputed land)
    assert not code(coder, "Israeli troops imposed a curfew on the town.")
    # emergency rule with no place is the whole country's (session 11)
    rows = code(coder, "The Ethiopian government declared a state of emergency.")
    assert ("ETHGOV", "1724", "ETHCVL") in _codes(rows), _codes(rows)


def test_a_banned_or_allowed_gathering_is_not_told_to_have_been_held(coder):
    rows = code(coder, "The Belarusian government banned opposition rallies.")
    assert _codes(rows) == {("BLRGOV", "1721", "BLROPP")}, _codes(rows)
    rows = code(coder, "The Kenyan government banned the opposition's rally.")
    assert ("KENGOV", "1721", "KENOPP") in _codes(rows), _codes(rows)
    rows = code(coder, "Kenyan authorities allowed the opposition to hold a rally in Nairobi.")
    assert _codes(rows) == {("KENGOV", "0833", "KENOPP")}, _codes(rows)
    rows = code(coder, "The Ugandan government allowed the opposition rally to go ahead in "
                       "Kampala.")
    assert _codes(rows) == {("UGAGOV", "0833", "UGAOPP")}, _codes(rows)
    rows = code(coder, "The Kenyan government lifted the ban on opposition rallies.")
    # a political freedom eased: 0811 (tests/test_yield_retreat.py)
    assert _codes(rows) == {("KENGOV", "0811", "KENOPP")}, _codes(rows)


def test_releases_and_called_off_protests_are_concessions(coder):
    rows = code(coder, "The Nicaraguan government released 222 political prisoners.")
    assert ("NICGOV", "0841", "NICOPP") in _codes(rows), _codes(rows)
    rows = code(coder, "Police in Lagos released 50 protesters.")
    assert ("NGACOP", "0841", "NGAOPP") in _codes(rows), _codes(rows)
    rows = code(coder, "Nigerian unions called off a planned general strike.")
    assert ("NGALAB", "082", "NGAGOV") in _codes(rows), _codes(rows)
    rows = code(coder, "The opposition called off its planned protest in Lusaka.")
    assert ("ZMBOPP", "082", "ZMBGOV") in _codes(rows), _codes(rows)
    rows = code(coder, "Protesters ended their sit-in outside parliament in Nairobi.")
    assert ("KENOPP", "082", "KENGOV") in _codes(rows), _codes(rows)


def test_an_arrest_of_a_named_person_is_not_one_of_the_population(coder):
    for text in ("Pakistani police arrested former prime minister Imran Khan in Islamabad.",
                 "Indian police detained opposition leader Rahul Gandhi in New Delhi."):
        rows = code(coder, text)
        assert not any(r["target_code"] and r["target_code"].endswith("CVL")
                       for r in rows), (text, triples(rows))
