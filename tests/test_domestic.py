"""Events within one state: a government and its own rebels, opposition or citizens are
two sides (Actor.party); a state's organs are never a side against the state itself.
Sentences are hand-written."""

from tests.conftest import code, triples
from tests.conftest import mentions as _mentions
from tests.conftest import sides as _sides


def test_government_and_its_citizens_are_two_sides(coder):
    rows = code(coder, "The Russian government thanked Russian citizens for their support.")
    assert ("RUSGOV", "05", "RUSCVL") in _sides(rows), triples(rows)


def test_a_state_and_its_own_organs_are_one_side(coder):
    rows = code(coder, "Iran's foreign minister said Iran will expand trade with Iraq.")
    assert rows and ("IRN", "06", "IRQ") in _sides(rows), triples(rows)
    assert all(r["source_country"] != r["target_country"] for r in rows), triples(rows)


# ------------------------------------------------ groups with no country of their own
def _pairs(rows: list[dict]) -> set[tuple]:
    return {(r["source_code"], r["target_code"]) for r in rows}


def test_a_group_takes_the_country_of_the_place_it_hangs_on(coder):
    # a capital stands for its government, but not when a group hangs on it
    got = _mentions(coder, "Striking workers in Islamabad rejected the offer on Monday.")
    assert got.get("workers in Islamabad", ("",))[0] == "PAKLAB", got
    got = _mentions(coder, "Protesters in Nairobi burned tyres outside the parliament.")
    assert got.get("Protesters in Nairobi", ("",))[0] == "KENOPP", got
    got = _mentions(coder, "Separatists in Ethiopia rejected the ceasefire offer.")
    assert got.get("Separatists in Ethiopia", ("",))[0] == "ETHREB", got
    got = _mentions(coder, "An armed group based in Mali claimed the kidnapping.")
    assert got.get("armed group based in Mali", ("",))[0] == "MLIREB", got




def test_community_and_party_words_between_a_state_and_its_sector(coder):
    got = _mentions(coder, "Syrian Druze villagers asked Damascus for help.")
    assert got.get("Syrian Druze villagers", ("",))[0] == "SYRCVL", got
    got = _mentions(coder, "Thousands of Chinese Uighurs fled the region.")
    assert got.get("Chinese Uighurs", ("",))[0] == "CHNCVL", got
    # a named force of one party is its own actor, not the state's army
    got = _mentions(coder, "The Libyan National Army shelled the port.")
    assert got.get("Libyan National Army", ("",))[0] == "LBYLNA", got
    assert "LBYMIL" not in {c for c, _ in got.values()}, got


def test_a_state_organ_acting_on_a_bare_group_makes_it_that_states(coder):
    rows = code(coder, "Kenyan riot police fired water cannon to scatter protesters.")
    assert any(s == ("KENCOP", "KENOPP") for s in _pairs(rows)), triples(rows)
    rows = code(coder, "The Zambian government detained several opposition leaders.")
    assert ("ZMBGOV", "17", "ZMBOPP") in _sides(rows), triples(rows)
    rows = code(coder, "A Tunisian court sentenced ten students to prison.")
    assert any(r["source_code"] == "TUNJUD" and r["target_code"] == "TUNEDU"
               for r in rows), triples(rows)


def test_support_and_force_from_abroad_stay_international(coder):
    # over-firing would give the group the acting state's code
    for text, group, state in (("Turkey backs the rebels.", "rebels", "TUR"),
                               ("French troops attacked militants near the border.",
                                "militants", "FRA"),
                               ("The Saudi government funded the rebels.", "rebels", "SAU"),
                               ("Egypt armed the militias.", "militias", "EGY"),
                               ("The Qatari government hosted opposition leaders.",
                                "opposition", "QAT")):
        got = _mentions(coder, text)
        assert not any(group in t and c.startswith(state) for t, (c, _) in got.items()), \
            (text, got)
        assert not any(via == "domestic" for _code, via in got.values()), (text, got)
        rows = code(coder, text)
        assert not any(r["source_country"] == r["target_country"] == state for r in rows), \
            (text, triples(rows))


def test_a_foreign_group_is_not_the_organs_own(coder):
    got = _mentions(coder, "Italian police detained foreign workers at the port.")
    assert not any(via == "domestic" for _code, via in got.values()), got


def test_a_protest_with_no_target_is_aimed_at_the_groups_own_government(coder):
    rows = code(coder, "Thousands of Chilean students marched through Santiago on Thursday.")
    hits = [r for r in rows if r["source_code"] == "CHLEDU" and r["cameo"].startswith("14")]
    assert hits and hits[0]["target_code"] == "CHLGOV", triples(rows)


def test_a_protest_by_a_state_gets_no_implicit_target(coder):
    rows = code(coder, "Canada boycotted the ceremony in Beijing.")
    assert rows and ("CAN", "14", "CHNGOV") in _sides(rows), triples(rows)
    assert not any(r["source_country"] == r["target_country"] for r in rows), triples(rows)


def test_one_state_events_make_no_ledger_rows():
    from accord.analysis.ledgers import agreements, sanctions

    e = {"event_id": "e1", "doc_id": "d", "sentence_index": 0, "source_country": "SDN",
         "target_country": "SDN", "cameo": "057", "status": "occurred",
         "object_text": "a peace agreement", "trigger_text": "signed", "event_date": None,
         "published": "2024-05-01"}
    assert agreements([e]) == []
    assert sanctions([{**e, "cameo": "163", "object_text": "sanctions"}]) == []


def test_a_court_or_parliament_acting_on_its_government_is_a_domestic_event(coder):
    rows = code(coder, "The Peruvian Congress censured the Peruvian government on Monday.")
    assert ("PERLEG", "11", "PERGOV") in _sides(rows), triples(rows)


def test_a_parliament_ratifying_a_foreign_treaty_is_no_event_with_its_own_state(coder):
    rows = code(coder, "Iran's parliament ratified the agreement with Russia.")
    assert rows and ("IRNLEG", "05", "RUS") in _sides(rows), triples(rows)
    assert all(r["source_country"] != r["target_country"] for r in rows), triples(rows)


def test_the_readme_example_of_a_domestic_event(coder):
    rows = code(coder, "Ugandan police arrested dozens of opposition activists in Kampala.")
    assert ("UGACOP", "17", "UGAOPP") in _sides(rows), triples(rows)


def test_a_government_and_its_rebels_condemning_together_is_no_event_between_them(coder):
    # regression (review): the censure-by-two rule counted countries, not sides
    rows = code(coder, "The Sudanese government and Sudanese rebels condemned the attack "
                       "on the convoy.")
    assert not any(r["source_country"] == r["target_country"] == "SDN" for r in rows), \
        triples(rows)


# ------------------------------------------------ regressions (review of the domestic rules)
def test_prisoners_exchanged_with_another_state_are_not_the_governments_own(coder):
    rows = code(coder, "The Russian government and Ukraine exchanged prisoners on Monday.")
    assert ("RUSGOV", "08", "UKR") in _sides(rows), triples(rows)
    assert not any(r["target_code"] == "RUSCRM" for r in rows), triples(rows)
    rows = code(coder, "The Kazakh government released 90 prisoners in an exchange with "
                       "Kyrgyzstan.")
    assert not any(r["target_code"] == "KAZCRM" for r in rows), triples(rows)
    # police and courts still hold their own prisoners
    rows = code(coder, "Kenyan police arrested prisoners who escaped.")
    assert ("KENCOP", "17", "KENCRM") in _sides(rows), triples(rows)


def test_prisoners_of_war_are_soldiers(coder):
    got = _mentions(coder, "Russia released Ukrainian prisoners of war.")
    assert got.get("Ukrainian prisoners of war", ("",))[0] == "UKRMIL", got
    rows = code(coder, "Russia released Ukrainian prisoners of war.")
    assert ("RUS", "08", "UKRMIL") in _sides(rows), triples(rows)


def test_a_group_addressing_a_visiting_or_distant_leader_is_not_placed(coder):
    for text, state in (
            ("Demonstrators criticised President Trump during his visit to London.", "USA"),
            ("Protesters demanded that the Israeli prime minister cancel his trip to Rome.",
             "ISR"),
            ("Activists protested against the Saudi crown prince during his visit to "
             "Washington.", "SAU"),
            ("Students rejected the Chinese foreign minister's remarks at the university in "
             "Tokyo.", "CHN"),
            ("Refugees accused the Turkish police of beating them at the Greek border.",
             "TUR"),
            ("Refugees accused the Turkish police of beating them.", "TUR")):
        rows = code(coder, text)
        assert not any(r["source_country"] == r["target_country"] == state
                       for r in rows), (text, triples(rows))
    # at home the address still places the group
    rows = code(coder, "Demonstrators demanded the resignation of the Egyptian president in "
                       "Cairo.")
    assert ("EGYOPP", "10", "EGYGOV") in _sides(rows), triples(rows)


def test_a_visit_before_or_after_the_act_does_not_take_it_abroad(coder):
    # review: only a visit or place of the act's own clause counts, not one it precedes or
    # follows
    for text in ("Students criticised the Nigerian president before his trip to Paris.",
                 "Students criticised the Nigerian president after his trip to Paris.",
                 "Students criticised the Nigerian president on the eve of his trip to "
                 "Paris."):
        rows = code(coder, text)
        assert ("NGAEDU", "11", "NGAGOV") in _sides(rows), (text, triples(rows))
    # during the visit the act is abroad
    rows = code(coder, "Students criticised the Nigerian president during his trip to Paris.")
    assert not any(r["source_country"] == r["target_country"] == "NGA" for r in rows), \
        triples(rows)


def test_a_protest_abroad_is_not_aimed_at_the_groups_government(coder):
    rows = code(coder, "Pakistani workers in Dubai demonstrated over unpaid wages.")
    assert not any(r["target_code"] == "PAKGOV" for r in rows), triples(rows)
    rows = code(coder, "Iranian students in London protested on Friday.")
    assert not any(r["target_code"] == "IRNGOV" for r in rows), triples(rows)
    # outside another state's embassy: aimed at that state, not the host
    rows = code(coder, "Demonstrators in London protested outside the Russian embassy.")
    assert ("GBROPP", "14", "RUSGOV") in _sides(rows), triples(rows)
    assert not any(r["target_code"] == "GBRGOV" for r in rows), triples(rows)


def test_a_workers_strike_has_no_implicit_target(coder):
    rows = code(coder, "Pakistani workers went on strike over unpaid wages.")
    assert not any(r["target_code"] == "PAKGOV" for r in rows), triples(rows)
    rows = code(coder, "Thousands of Pakistani workers marched through Karachi on Monday.")
    assert ("PAKLAB", "14", "PAKGOV") in _sides(rows), triples(rows)


def test_threats_and_sanctions_on_rebels_or_trials_abroad_stay_international(coder):
    for text, state in (("The U.S. government imposed sanctions on rebel leaders.", "USA"),
                        ("The Russian government threatened rebels fighting in the north.",
                         "RUS"),
                        ("A Dutch court convicted a rebel leader of war crimes committed "
                         "in Congo.", "NLD")):
        got = _mentions(coder, text)
        assert not any("rebel" in t and c.startswith(state) for t, (c, _) in got.items()), \
            (text, got)
    # force on its rebels stays a domestic event
    rows = code(coder, "The Sudanese government attacked rebels in Darfur.")
    assert any(r["source_code"] == "SDNGOV" and r["target_code"] == "SDNREB"
               for r in rows), triples(rows)


def test_an_ambiguous_town_name_takes_the_article_s_country_or_none(coder):
    # Victoria: Hong Kong's (0.96M) is not four times Canada's (0.29M)
    got = _mentions(coder, "Striking workers in Victoria blocked the port road.")
    assert not any(c.startswith("HKG") for c, _ in got.values()), got
    got = _mentions(coder, "Canada's government met the unions. Striking workers in Victoria "
                           "blocked the port road.")
    assert got.get("workers in Victoria", ("",))[0] == "CANLAB", got
    # a capital's name stands for another state's town that the article names
    got = _mentions(coder, "Lebanon's cabinet resigned. Protesters in Tripoli stormed the "
                           "parliament building.")
    assert got.get("Protesters in Tripoli", ("",))[0] == "LBNOPP", got
    got = _mentions(coder, "Protesters in Tripoli stormed the parliament building.")
    assert got.get("Protesters in Tripoli", ("",))[0] == "LBYOPP", got


def test_the_gazetteer_gives_no_country_for_a_name_several_places_share():
    from accord.events.places import city_country, lookup_city

    for name in ("Valencia", "Hamilton", "San Jose", "Victoria", "Colombo"):
        assert city_country(name) is None, name
    # an event's location (shown, not used to pair actors) takes a smaller margin (review:
    # meetings in Colombo or Barcelona had lost their place)
    assert lookup_city("Valencia") is None
    assert lookup_city("Colombo").country == "LKA"  # type: ignore[union-attr]
    assert lookup_city("Barcelona").country == "ESP"  # type: ignore[union-attr]
    assert lookup_city("Kyiv", country="UKR").country == "UKR"  # type: ignore[union-attr]
    assert city_country("Valencia", {"ESP"}) == "ESP"
    assert city_country("Tripoli") == "LBY" and city_country("Tripoli", {"LBN"}) == "LBN"
    assert city_country("London", {"CAN"}) == "GBR"  # Ontario's is too small to be meant
    assert city_country("Lagos") == "NGA"


def test_a_states_own_businesses_are_a_side_of_their_own(coder):
    # review: a state's rules for its companies are acts on them (the session's first
    # version merged the two sides and lost these events)
    rows = code(coder, "The Chinese government fined Chinese companies for selling chips to "
                       "Russia.")
    assert ("CHNGOV", "17", "CHNBUS") in _sides(rows), triples(rows)
    # the appeal is the event, addressed to the companies (what it asks for is its content)
    rows = code(coder, "Japan urged Japanese companies to cut business ties with Russia.")
    assert ("JPN", "02", "JPNBUS") in _sides(rows), triples(rows)


def test_a_named_building_is_no_foreign_town(coder):
    # second review: GeoNames has towns called "University" and "Airport"; a place's whole
    # name is looked up, and only a place the parser takes for one
    rows = code(coder, "Egyptian police arrested students at Al-Azhar University.")
    assert ("EGYCOP", "17", "EGYEDU") in _sides(rows), triples(rows)


def test_the_undated_surname_rule_needs_one_state_and_a_leader(coder):
    # second review: "Foreign Minister Wong" could be Singapore's or Australia's; a former
    # president is the state's elite
    rows = code(coder, "Foreign Minister Wong criticised China over its drills.", None)
    assert not [r for r in rows if r["source_country"] == "SGP"], triples(rows)
    rows = code(coder, "Former President Carter criticized Israel.", None)
    assert ("USAELI", "11", "ISR") in _sides(rows), triples(rows)


def test_a_group_whose_own_act_the_organ_stops_is_that_states(coder):
    # "a rally organised by activists": the group acts in a participle on the organ's object
    got = _mentions(coder, "Ghanaian police dispersed a rally organised by opposition "
                           "activists.")
    assert got.get("opposition activists", ("",))[0] == "GHAOPP", got
    got = _mentions(coder, "The Tunisian government banned a march planned by Islamists.")
    assert got.get("Islamists", ("",))[0] == "TUNRAD", got
