"""Words that code a political act in one sense and not in another: weather, markets, sport,
business and idioms must not become force or arrests; the political sense must still code."""

import pytest
from tests.conftest import code, sides

from accord.errors import DataFileError
from accord.knowledge.patterns import NO_EVENT, Patterns


def roots(coder, text: str) -> set[tuple]:
    return sides(code(coder, text))


@pytest.mark.parametrize("text", [
    # subjects that do no force: sanctions are the measure itself (163), not an attack
    "The Ukrainian singer stormed the charts in Poland last month.",
    "The Chinese carmaker invaded the Indian market with cheap models.",
    "The Turkish firm captured 40 percent of the Egyptian market.",
    "Iranian investors captured the Iraqi port of Umm Qasr in a takeover.",
    # sport
    "Senegal hosted Nigeria in a friendly in Dakar.",
    "Chile beat Peru 3-0 in Santiago on Tuesday.",
    # other senses named by the object
    "Egypt seized the opportunity to mend ties with Turkey.",
    "Kenya's ruling party captured 60 seats in the vote.",
    "Spain's Repsol hit Algeria's Sonatrach with an arbitration claim.",
    "Israeli soldiers shot a video of Lebanese detainees.",
    "Pakistan launched a diplomatic campaign against India at the United Nations.",
])
def test_no_force_in_other_senses(coder, text):
    got = roots(coder, text)
    assert not {s for s in got if s[1] in ("17", "18", "19", "20", "04")}, got


def test_sanctions_that_hit_are_the_sanctions(coder):
    got = roots(coder, "British sanctions hit the Iranian economy hard.")
    assert ("GBR", "16", "IRN") in got and not any(s[1] == "19" for s in got)
    got = roots(coder, "New EU sanctions target Belarusian banks.")
    assert any(s[0] == "EUR" and s[1] == "16" for s in got)
    assert not any(s[1] == "19" for s in got)


def test_price_cap_and_levies_are_sanctions(coder):
    assert ("EUR", "16", "RUS") in roots(coder, "The EU targets Russian diesel with a price cap.")
    assert ("CAN", "16", "CHN") in roots(coder, "Canada hit Chinese aluminium with new levies.")


def test_trade_war_is_economic(coder):
    got = roots(coder, "Washington and Beijing waged a trade war for three years.")
    assert any(s[1] == "16" for s in got) and not any(s[1] == "19" for s in got)
    got = roots(coder, "Trump launched a trade war against Mexico.")
    assert any(s[1] == "16" for s in got) and not any(s[1] == "19" for s in got)


def test_capture_of_a_named_place_is_territory(coder):
    assert any(s[0].startswith("RUS") and s[1] == "19"
               for s in roots(coder, "Russian forces attempted to capture Kyiv in 2022."))
    got = roots(coder, "Russian troops seized Kherson in March 2022.")
    assert any(s[0].startswith("RUS") and s[1] == "19" for s in got)
    assert not any(s[1] == "17" for s in got)


def test_capture_of_people_stays_an_arrest(coder):
    assert ("ISRMIL", "17", "PSEHMS") in roots(coder, "Israeli forces captured a Hamas commander.")
    got = code(coder, "Hamas fighters captured dozens of Israeli soldiers as hostages.")
    assert any(r["cameo"] == "181" for r in got) or any(r["cameo"][:2] == "17" for r in got)
    assert any(r["cameo"] == "181" for r in code(
        coder, "Al-Shabaab militants captured several Kenyan hostages."))


def test_slamming_the_door_is_a_rejection(coder):
    assert any(s[0] == "GBR" and s[1] == "12"
               for s in roots(coder, "Britain slammed the door on talks with the EU."))
    assert any(s[1] == "11" for s in roots(coder, "Washington slammed Moscow over the arrests."))


@pytest.mark.parametrize("text,root", [
    ("Russian missiles hit Kyiv overnight.", "19"),
    ("Russia launched a bombing campaign against Ukraine's power grid.", "19"),
    ("Saudi Arabia launched a military campaign against the Houthis.", "19"),
    ("Russia launched a massive drone attack on Kyiv.", "19"),
    ("Israel targeted Hamas commanders in Gaza.", "19"),
    ("Russian soldiers shot Ukrainian prisoners.", "19"),
    ("Russia invaded Ukraine in February 2022.", "19"),
    ("Protesters stormed the parliament in Colombo.", "14"),
    ("Morocco hosted the Portuguese prime minister in Rabat.", "04"),
    ("Britain hit Russian oligarchs with new sanctions.", "16"),
    ("Russia's war against Ukraine entered its third year.", "19"),
])
def test_political_sense_still_codes(coder, text, root):
    assert any(s[1] == root for s in roots(coder, text)), roots(coder, text)


def test_no_event_row_needs_an_object(tmp_path):
    f = tmp_path / "v.tsv"
    f.write_text("verb\tobject\tcameo\tnote\nseize\t-\t-\tbad\n", encoding="utf-8")
    pats = Patterns()
    with pytest.raises(DataFileError):
        pats.add_file(f, "verbs", strict=True)
    f.write_text("verb\tobject\tcameo\tnote\nseize\tchance\t-\tok\n", encoding="utf-8")
    pats = Patterns()
    pats.add_file(f, "verbs", strict=True)
    pat, _ = pats.verb_code("seize", set(), {"chance"})
    assert pat is not None and pat.cameo == NO_EVENT


@pytest.mark.parametrize("text,root", [
    ("Russia attacked Georgia during the Olympics in 2008.", "19"),
    ("Strikers attacked the police station in Lagos.", "19"),
    ("Wagner, a private military company, attacked villages in Mali.", "19"),
    ("Ukrainian drones hit the Russian market town of Belgorod.", "19"),
])
def test_sense_checks_leave_force_alone(coder, text, root):
    assert any(s[1] == root for s in roots(coder, text)), roots(coder, text)


def test_an_economy_hit_is_no_target(coder):
    assert not any(s[1] == "19" for s in roots(
        coder, "Jordan's economy was hit hard by the war with the Islamic State."))


@pytest.mark.parametrize("text", [
    "Uruguay meets Colombia in the Copa America final on Saturday.",
    "Bosnia downed Austria 3-1 in Zenica.",
    "Greece clashed with Turkey in the basketball final.",
])
def test_bare_states_in_a_game_are_teams(coder, text):
    assert not roots(coder, text)


@pytest.mark.parametrize("text,root", [
    ("The Saudi king hosted the Argentine president at the World Cup final.", "04"),
    ("Israeli jets struck Gaza in the final hours before the truce.", "19"),
    ("Putin met Erdogan in Sochi on Friday.", "04"),
])
def test_games_leave_politics_alone(coder, text, root):
    assert any(s[1] == root for s in roots(coder, text)), roots(coder, text)


def test_media_and_leaders_attack_in_words(coder):
    # (a state's adjective on a work names no actor: "attacked the Polish documentary" has
    # no target, tests/test_actor_kinds.py; the Polish government is one)
    got = roots(coder, "Russian state media attacked the Polish government over the documentary.")
    assert any(s[1] == "11" for s in got) and not any(s[1] == "19" for s in got)
    got = roots(coder, "Lula attacked Israel over its conduct in Gaza.")
    assert any(s[1] == "11" for s in got) and not any(s[1] == "19" for s in got)
    assert any(s[1] == "19" for s in roots(coder, "Russia attacked Ukraine over its NATO bid."))


@pytest.mark.parametrize("text,want,not_root", [
    ("Egypt's foreign minister hit back at Turkey over the remarks.", "11", "19"),
    ("China struck back at Canada with tariffs on canola.", "16", "19"),
    ("Moscow shot down the proposal by Tbilisi.", "12", "19"),
    ("The US Senate killed the arms sale to Qatar.", "12", "19"),
])
def test_idioms_of_force_are_words_or_measures(coder, text, want, not_root):
    got = roots(coder, text)
    assert any(s[1] == want for s in got) and not any(s[1] == not_root for s in got), got


@pytest.mark.parametrize("text", [
    "India struck a balance between Russia and the West.",
    "Japan struck a conciliatory tone with China.",
    "Serbia's president bombarded the EU with complaints.",
    "The Greek government shot down rumours of a deal with Turkey.",
])
def test_idioms_with_no_act(coder, text):
    assert not roots(coder, text)


@pytest.mark.parametrize("text,root", [
    ("Israel hit back at Hezbollah with airstrikes in southern Lebanon.", "19"),
    ("Ukraine shot down a Russian helicopter over Donetsk.", "19"),
    ("Russian jets bombarded Idlib.", "19"),
    ("Russian troops killed Ukrainian civilians in Bucha.", "19"),
    ("Kyiv was captured by Russian forces in the novel's opening chapter.", "19"),
])
def test_force_of_the_same_verbs_still_codes(coder, text, root):
    assert any(s[1] == root for s in roots(coder, text)), roots(coder, text)


@pytest.mark.parametrize("text", [
    "Sweden's Ericsson is fighting a bribery case in Iraq.",
    "Portugal's army fought wildfires in Spain.",
    "China's Geely seized control of the Swedish carmaker.",
])
def test_fights_and_takeovers_of_business_and_nature(coder, text):
    assert not any(s[1] == "19" for s in roots(coder, text)), roots(coder, text)


@pytest.mark.parametrize("text", [
    "Russian troops seized control of the city of Kherson.",
    "Rebels fought government troops in Darfur.",
    "NATO will not fight in Ukraine.",
])
def test_fights_and_seizures_of_force_still_code(coder, text):
    assert any(s[1] == "19" for s in roots(coder, text)), roots(coder, text)


def test_sense_file_rejects_malformed_lines(tmp_path):
    f = tmp_path / "s.tsv"
    f.write_text("word\tuse\tcameo\tnote\nblizzard\tdoer\t-\tok\ntariff\tdoer\t163\tok\n"
                 "Storm\tdoer\t-\tupper case\nstorm\tweather\t-\tunknown use\n"
                 "final\tgame_noun\t190\tonly a doer recodes\nlevy\tdoer\t999\tunknown code\n")
    pats = Patterns()
    pats.add_file(f, "senses", strict=False)
    assert [e.line for e in pats.report.errors] == [4, 5, 6, 7]
    assert "use must be one of" in pats.report.errors[1].reason
    assert "only a 'doer' or 'bomb_kind' row carries a code" in pats.report.errors[2].reason
    assert pats.senses["doer"] == {"blizzard": NO_EVENT, "tariff": "163"}
    with pytest.raises(DataFileError, match="s.tsv:4"):
        Patterns().add_file(f, "senses", strict=True)


def test_a_user_sense_file_extends_the_packaged_words(tmp_path):
    """A word a user adds (a team's word as a doer of no force) silences its false event,
    and the packaged words stay."""
    from accord.knowledge.patterns import default_patterns
    from accord.pipeline import Coder

    text = "The Kenyan squad attacked Uganda in the second half."
    f = tmp_path / "mine.tsv"
    f.write_text("word\tuse\tcameo\tnote\nsquad\tdoer\t-\ta team\n")
    pats = default_patterns((str(f),))
    assert pats.senses["doer"]["squad"] == NO_EVENT
    assert pats.senses["doer"]["storm"] == NO_EVENT
    assert ("KEN", "19", "UGA") in roots(Coder(), text)
    assert not roots(Coder(patterns=pats), text)


def test_a_bombing_kind_needs_its_code(tmp_path):
    f = tmp_path / "b.tsv"
    f.write_text("word\tuse\tcameo\tnote\nvan\tbomb_kind\t1832\tok\ndrone\tbomb_kind\t-\tno code\n")
    pats = Patterns()
    pats.add_file(f, "senses", strict=False)
    assert [e.line for e in pats.report.errors] == [3]
    assert "needs the bombing's code" in pats.report.errors[0].reason
    assert pats.senses["bomb_kind"] == {"van": "1832"}
