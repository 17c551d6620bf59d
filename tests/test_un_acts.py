"""The acts of the UN and other international bodies (UNO, IAEA as UNO, OPCW, ICC, AU, ECOWAS,
ASEAN, OSCE) and what states do at the UN.

A resolution adopted, passed or approved speaks for the body that adopts it: what it condemns,
demands, calls for or imposes is the body's act ("adopted a resolution condemning Iran" is UNO
111 IRN), also when the resolution is the subject of a passive ("a resolution that condemns X
was adopted by the Council"), is what the body votes on ("will vote on a draft that would
censure X", its modality the draft's), or carries its adoption as a participle ("the resolution,
adopted by the Council, demands ..."). A motion's content is done only as the motion is: a
resolution vetoed, blocked or that failed to pass condemns no one (negated), a draft being
drafted is intended, and "drafted by Britain" makes no one's act. A veto is 129 aimed at the
Council (or at the sponsor when the resolution is a state's). A mandate renewed, extended or
prolonged for a mission is peacekeeping (074) in the state where the mission serves, read
from the mission's own name when the text names the mission alone ("UNMISS", "the UN Mission
in South Sudan"). A finding of a panel, commission, inspectors or the body itself that a party
did harm ("found that Rwanda had supported the M23", "concluded that the air force used
chlorine") is the body's accusation (112; 1124 for war crimes) of that party, beside the act
found; "found Iran in breach of its obligations" is one too. A resolution that prohibits or
bars all states from selling or buying arms is an embargo (163) on the state the arms would go
to or come from. A referral of a situation to the
ICC is a case (115) against the state it concerns, not against the court. A UN official
expelled is the UN sent away (166). Bodies of cities, parliaments, churches, companies, a
panel discussion and the resolution of a dispute are none of this."""

from __future__ import annotations

import pytest
from tests.conftest import code, sides, triples


def _codes(rows: list[dict]) -> set[tuple]:
    return {(r["source_code"], r["cameo"], r["target_code"], r["status"]) for r in rows}


def _has(rows: list[dict], src: str, cameo: str, tgt: str, status: str | None) -> bool:
    return any(r["source_code"] == src and r["cameo"].startswith(cameo)
               and r["target_code"] == tgt and (status is None or r["status"] == status)
               for r in rows)


# (sentence, source code, CAMEO code or prefix, target code, status)
EVENTS = [
    # mandates renewed, extended, prolonged: peacekeeping where the mission serves
    ("The UN Security Council extended the mandate of the peacekeeping mission in Mali by six "
     "months on Thursday.", "UNO", "074", "MLI", "occurred"),
    ("The UN Security Council renewed the mandate of its mission in the Central African "
     "Republic until next November.", "UNO", "074", "CAF", "occurred"),
    ("The Security Council voted 13-0 to extend the mandate of the UN mission in Libya.",
     "UNO", "074", "LBY", "occurred"),
    ("The mandate of the UN mission in Libya was extended by the Security Council until "
     "October.", "UNO", "074", "LBY", "occurred"),
    ("The Security Council voted to prolong the mandate of the UN mission in Libya for a "
     "year.", "UNO", "074", "LBY", "occurred"),
    ("The Security Council renewed the mandate of the UN Mission in South Sudan for a year.",
     "UNO", "074", "SSD", "occurred"),
    ("The Security Council voted unanimously to prolong the mandate of UNMISS for a year.",
     "UNO", "074", "SSD", "occurred"),
    ("The Security Council extended the mandate of MONUSCO in DR Congo until December.",
     "UNO", "074", "COD", "occurred"),
    ("On Friday the Security Council renewed the mandate of UNIFIL once more.",
     "UNO", "074", "LBN", "occurred"),
    ("The UN Security Council did not renew the mandate of the UN mission in Mali.",
     "UNO", "074", "MLI", "negated"),
    # peacekeepers sent and withdrawn
    ("The UN deployed peacekeepers to Haiti after the gangs seized the port.",
     "UNO", "074", "HTI", "occurred"),
    ("The UN deployed additional peacekeepers to eastern DR Congo last month.",
     "UNO", "074", "COD", None),
    ("Ghana will deploy 800 peacekeepers to South Sudan under the UN mission.",
     "GHA", "074", "SSD", "intended"),
    ("The UN withdrew its peacekeepers from Mali at the request of the government.",
     "UNO", "1661", "MLI", "occurred"),
    # sanctions and embargoes by resolution or committee
    ("The UN Security Council adopted a resolution imposing an arms embargo on Somalia.",
     "UNO", "163", "SOM", "occurred"),
    ("The Security Council voted to impose an arms embargo on South Sudan.",
     "UNO", "163", "SSD", "occurred"),
    ("An arms embargo on South Sudan was renewed by the UN Security Council on Friday.",
     "UNO", "163", "SSD", "occurred"),
    ("The Security Council prolonged the arms embargo on Libya for another year.",
     "UNO", "163", "LBY", "occurred"),
    ("The Security Council voted unanimously to renew the sanctions regime on Mali.",
     "UNO", "163", "MLI", "occurred"),
    ("Resolution 1907 of the Security Council prohibits all states from selling weapons to "
     "Eritrea.", "UNO", "163", "ERI", "occurred"),
    ("The Security Council barred all countries from buying arms from Eritrea.",
     "UNO", "163", "ERI", "occurred"),
    ("Kenya's envoy told Ethiopia Security Council resolutions bar all states from buying "
     "arms from Eritrea.", "UNO", "163", "ERI", "occurred"),
    ("The EU prohibited its members from importing oil from Russia.", "EUR", "163", "RUS",
     "occurred"),
    ("Sanctions on the Central African Republic were lifted by the UN Security Council.",
     "UNO", "085", "CAF", "occurred"),
    ("The Security Council voted to lift sanctions on Eritrea.", "UNO", "085", "ERI",
     "occurred"),
    ("Diplomats said the UN Security Council would renew the sanctions on Yemen's Houthis "
     "next week.", "UNO", "163", "YEMHOU", "intended"),
    ("The UN Security Council declined to impose sanctions on Myanmar's generals.",
     "UNO", "163", "MMRMIL", "negated"),
    # what a resolution says is the body's act
    ("The UN Security Council passed a resolution condemning Iran.", "UNO", "111", "IRN",
     "occurred"),
    ("The UN General Assembly passed a resolution condemning Russia's annexation of four "
     "Ukrainian regions.", "UNO", "111", "RUS", "occurred"),
    ("The UN Human Rights Council adopted a resolution condemning China's treatment of "
     "Uyghurs.", "UNO", "111", "CHN", "occurred"),
    ("The UN General Assembly passed a resolution demanding that Russia withdraw from "
     "Ukraine.", "UNO", "1056", "RUS", "occurred"),
    ("The UN Security Council adopted a resolution calling on Sudan to end the fighting.",
     "UNO", "0256", "SDN", "occurred"),
    ("The UN General Assembly adopted a resolution calling for an immediate ceasefire in "
     "Gaza by 153 votes to 10.", "UNO", "0256", "PSE", "occurred"),
    ("The UN Security Council approved a resolution calling on Israel to allow aid into "
     "Gaza.", "UNO", "02", "ISR", "occurred"),
    ("The UN Security Council approved a resolution urging Ethiopia to withdraw its troops "
     "from Somalia.", "UNO", "02", "ETH", "occurred"),
    ("A resolution that condemns Iran's seizure of the tanker was adopted by the UN Security "
     "Council.", "UNO", "111", "IRN", "occurred"),
    ("The resolution, adopted by the UN Security Council on Monday, demands that the Sudanese "
     "army stop its attacks on El Fasher.", "UNO", "10", "SDNMIL", "occurred"),
    ("The UN resolution demands that Israel stop settlement activity.", "UNO", "10", "ISR",
     "occurred"),
    ("The Security Council adopted resolution 2216, which imposes an arms embargo on the "
     "Houthis.", "UNO", "163", "YEMHOU", "occurred"),
    ("In 2017 the Security Council adopted a resolution that banned North Korean textile "
     "exports.", "UNO", "163", "PRK", None),
    ("The UN Security Council passed a resolution that condemned Iran's attack on Israel.",
     "UNO", "111", "IRN", "occurred"),
    ("The IAEA Board of Governors passed a resolution censuring Iran for its lack of "
     "cooperation.", "UNO", "111", "IRN", "occurred"),
    ("The UN General Assembly voted 143-9 to back the Palestinian bid for full membership.",
     "UNO", "051", "PSE", "occurred"),
    # a motion that did not pass, or is only drafted, did not act
    ("China vetoed a UN resolution condemning North Korea's missile launch.",
     "UNO", "111", "PRK", "negated"),
    ("The Security Council failed to adopt a resolution condemning Russia.",
     "UNO", "111", "RUS", "negated"),
    ("Russia blocked a UN resolution demanding a ceasefire in Sudan.", "UNO", "10", "SDN",
     "negated"),
    ("France proposed a UN resolution calling for a ceasefire in Sudan.", "UNO", "02", "SDN",
     "intended"),
    ("Algeria drafted a UN resolution demanding an end to the war in Gaza.", "UNO", "10", "PSE",
     "intended"),
    # vetoes and rejections
    ("China vetoed a UN resolution condemning North Korea's missile launch.",
     "CHN", "129", "UNO", "occurred"),
    ("Russia cast its veto on a Security Council text on Syria.", "RUS", "129", "UNO",
     "occurred"),
    ("Russia blocked a UN resolution demanding a ceasefire in Sudan.", "RUS", "129", "UNO",
     "occurred"),
    ("Russia and China cast vetoes against a US resolution on Venezuela at the Security "
     "Council.", "RUS", "129", "USA", "occurred"),
    ("The UN General Assembly rejected a Russian resolution on Ukraine.", "UNO", "120", "RUS",
     "occurred"),
    ("The UN Security Council rejected a Russian draft resolution on Ukraine.",
     "UNO", "120", "RUS", "occurred"),
    # meetings called, referrals to the ICC
    ("Brazil called an emergency meeting of the Security Council after the attack.",
     "BRA", "02", "UNO", "occurred"),
    ("Ukraine requested an urgent meeting of the UN Security Council on Monday.",
     "UKR", "02", "UNO", "occurred"),
    ("The UN Security Council referred the situation in Libya to the International Criminal "
     "Court.", "UNO", "115", "LBY", "occurred"),
    ("The UN Security Council referred the situation in Darfur to the ICC in 2005.",
     "UNO", "115", "SDN", None),
    ("Argentina referred the situation in Venezuela to the International Criminal Court.",
     "ARG", "115", "VEN", "occurred"),
    # findings of panels, commissions, inspectors and bodies
    ("The UN panel of experts found that Rwanda had supported the M23 rebels.",
     "UNO", "112", "RWA", "occurred"),
    ("A UN commission of inquiry concluded that Eritrean troops had committed war crimes in "
     "Tigray.", "UNO", "1124", "ERIMIL", "occurred"),
    ("The OPCW concluded that the Syrian air force used chlorine gas in Douma.",
     "OPCW", "112", "SYRMIL", "occurred"),
    ("UN investigators determined that Russian forces had executed civilians near Kyiv.",
     "UNO", "112", "RUSMIL", "occurred"),
    ("A UN report found that Houthi rebels had attacked merchant ships in the Red Sea.",
     "UNO", "112", "YEMHOU", "occurred"),
    ("The IAEA found Iran in breach of its obligations.", "UNO", "112", "IRN", "occurred"),
    ("The IAEA Board of Governors found Iran in breach of its non-proliferation obligations.",
     "UNO", "112", "IRN", "occurred"),
    ("UN investigators accused Myanmar's military of genocide against the Rohingya.",
     "UNO", "1124", "MMRMIL", "occurred"),
    ("The OPCW blamed the Syrian government for the sarin attack.",
     "OPCW", "112", "SYRGOV", "occurred"),
    # inspectors admitted, refused, expelled; UN officials sent away
    ("Iran allowed IAEA inspectors to visit the Natanz facility last week.",
     "IRN", "0862", "UNO", "occurred"),
    ("Syria allowed OPCW inspectors to visit the site of the chemical attack.",
     "SYR", "0862", "OPCW", "occurred"),
    ("North Korea expelled the UN nuclear inspectors in 2002.", "PRK", "1662", "UNO", None),
    ("Niger's junta expelled the UN resident coordinator.", "NERGOV", "166", "UNO",
     "occurred"),
    ("Russia expelled the UN special rapporteur.", "RUS", "166", "UNO", "occurred"),
    ("DR Congo asked the UN to withdraw its peacekeepers.", "COD", "02", "UNO", "occurred"),
    ("Mali's junta asked the UN mission to pull its blue helmets out of the country.",
     "MLIGOV", "02", "UNO", "occurred"),
    # the Secretary-General and other heads speak for their body
    ("The UN Secretary-General urged Ethiopia and Eritrea to respect the peace agreement.",
     "UNO", "02", "ETH", "occurred"),
    ("The UN chief urged Russia to return to the Black Sea grain deal.", "UNO", "02", "RUS",
     "occurred"),
    ("The Secretary-General welcomed the agreement between Ethiopia and Tigrayan forces.",
     "UNO", "051", "ETH", "occurred"),
    ("The UN Security Council, which met in emergency session, condemned the missile strike "
     "by North Korea.", "UNO", "111", "PRK", "occurred"),
    ("The UN Security Council demanded that the Houthis stop attacking ships in the Red Sea.",
     "UNO", "10", "YEMHOU", "occurred"),
    ("The UN Human Rights Council condemned Venezuela's crackdown on the opposition.",
     "UNO", "111", "VEN", "occurred"),
    ("The UN refugee agency urged Bangladesh to take in Rohingya refugees.",
     "UNO", "02", "BGD", "occurred"),
    # other bodies
    ("The ICC issued an arrest warrant for the Taliban's supreme leader.",
     "ICC", "173", "AFGTAL", "occurred"),
    ("The African Union Peace and Security Council suspended Guinea after the coup.",
     "AU", "160", "GIN", "occurred"),
    ("The AU suspended Burkina Faso's membership after the coup.", "AU", "160", "BFA",
     "occurred"),
    ("ECOWAS lifted the sanctions on Guinea.", "ECOWAS", "085", "GIN", "occurred"),
    ("ECOWAS threatened to use force against the junta in Niger.", "ECOWAS", "13", "NERGOV",
     "occurred"),
    ("ASEAN leaders urged Myanmar's military to stop the violence.", "ASEAN", "02", "MMRMIL",
     "occurred"),
    ("ASEAN barred Myanmar's junta leader from its summit.", "ASEAN", "172", "MMRGOV",
     "occurred"),
    ("The OSCE observers criticised the conduct of the elections in Azerbaijan.",
     "OSCE", "111", "AZE", "occurred"),
    ("ECOWAS suspended Mali from the bloc after the second coup.", "ECOWAS", "160", "MLI",
     "occurred"),
    ("The OSCE called on Russia to release its three staff members.", "OSCE", "0253", "RUS",
     "occurred"),
    ("The ICJ ordered Israel to halt its offensive in Rafah.", "UNO", "10", "ISR", "occurred"),
    # more of the Council's and the UN's own voices
    ("The Security Council issued a presidential statement condemning the coup in Sudan.",
     "UNO", "111", "SDN", "occurred"),
    ("Members of the Security Council called on the parties in Libya to respect the "
     "ceasefire.", "UNO", "02", "LBY", "occurred"),
    ("Russia requested a Security Council meeting on the Nord Stream explosions.",
     "RUS", "02", "UNO", "occurred"),
    ("Iraq admitted UN weapons inspectors in November 2002.", "IRQ", "0862", "UNO", None),
    ("North Korea refused to let IAEA inspectors return to Yongbyon.", "PRK", "0862", "UNO",
     "negated"),
    ("Iran said it would not allow IAEA inspectors into its bombed facilities.",
     "IRN", "0862", "UNO", "negated"),
    ("The UN special rapporteur accused Israel of genocide in Gaza.", "UNO", "1124", "ISR",
     "occurred"),
    ("UN experts called on Saudi Arabia to release the detained activists.",
     "UNO", "0253", "SAU", "occurred"),
    ("The UN sanctions committee lifted the travel ban on the Taliban minister.",
     "UNO", "081", "AFGTAL", "occurred"),
    ("The UN peacekeeping mission in Congo accused the M23 of killing civilians.",
     "UNO", "112", "CODM23", "occurred"),
    ("A UN inquiry found that Ethiopian soldiers had killed civilians in Tigray, but Addis "
     "Ababa rejected the report.", "UNO", "112", "ETHMIL", "occurred"),
    # a resolution voted on speaks for the body that votes, with the resolution's modality
    ("The Security Council will vote on a draft that will condemn Belarus.",
     "UNO", "111", "BLR", "intended"),
    ("The Security Council will vote next week on a resolution that would censure Eritrea.",
     "UNO", "111", "ERI", "hedged"),
]


@pytest.mark.parametrize("sentence,src,cameo,tgt,status", EVENTS)
def test_un_act(coder, sentence, src, cameo, tgt, status):
    rows = code(coder, sentence)
    assert _has(rows, src, cameo, tgt, status), _codes(rows)


# (sentence, source code, CAMEO prefix, target code) that must not be coded
NOT_CODED = [
    # the found act stays, but a finding of no harm or of nothing accuses no one
    ("The UN panel found that North Korea had not shipped arms to Russia.", "UNO", "112", "PRK"),
    ("The UN panel found that Rwanda had cooperated with the mission.", "UNO", "112", "RWA"),
    ("The IAEA could not establish whether Iran had diverted nuclear material.",
     "UNO", "112", "IRN"),
    ("The OPCW found traces of sarin in the samples taken in Syria.", "OPCW", "112", "SYR"),
    ("The UN panel did not find that Rwanda had supported the rebels.", "UNO", "112", "RWA"),
    # a resolution that did not pass, or a draft, is not the body's act done
    ("China vetoed a UN resolution condemning North Korea's missile launch.",
     "UNO", "111", "PRK"),
    ("The resolution, drafted by Britain, demands that the Sudanese army stop its attacks.",
     "GBR", "10", "SDNMIL"),
    ("Egypt drafted a resolution that condemns Israel.", "EGY", "111", "ISR"),
    ("Russia vetoed a resolution that condemned Iran.", "RUS", "111", "IRN"),
    # a body's named resolutions speak for the body, not for a word the parser joins to them
    ("Kenya's envoy told Ethiopia Security Council resolutions bar all states from buying "
     "arms from Eritrea.", "ETH", "163", "ERI"),
    # a ban on who is barred from an act other than trade in arms is no embargo
    ("Kenya barred Somali traders from selling khat in Nairobi.", "KEN", "163", "SOM"),
    # the court a case is referred to is no target
    ("The UN Security Council referred the situation in Libya to the International Criminal "
     "Court.", "UNO", "115", "ICC"),
    # a UN official expelled is no mass expulsion
    ("Niger's junta expelled the UN resident coordinator.", "NERGOV", "201", "UNO"),
]


@pytest.mark.parametrize("sentence,src,cameo,tgt", NOT_CODED)
def test_not_coded(coder, sentence, src, cameo, tgt):
    rows = code(coder, sentence)
    assert not _has(rows, src, cameo, tgt, "occurred"), _codes(rows)


def test_vetoed_content_is_not_occurred(coder):
    rows = code(coder, "Russia blocked a UN resolution demanding a ceasefire in Sudan.")
    assert not any(r["source_country"] == "UNO" and r["status"] == "occurred"
                   and r["cameo"].startswith("10") for r in rows), _codes(rows)


# sentences with no UN act: other councils, assemblies, panels, resolutions of disputes,
# votes in parliaments, findings of science and of local bodies
NOTHING = [
    "The resolution of the border dispute between Peru and Ecuador took decades.",
    "The city council of Kyiv voted to rename the street after a Ukrainian poet.",
    "Georgia's parliament voted to adopt the law on foreign agents despite protests.",
    "The panel discussion on Iran's nuclear programme drew hundreds of students.",
    "The commission found that the bridge in Genoa had collapsed because of poor maintenance.",
    "The local council found that the factory had polluted the river.",
    "The scientists found that the glaciers in Nepal were melting faster than expected.",
    "The Security Council held a debate on climate and security.",
    "The General Assembly of the Church of Scotland voted to allow same-sex weddings.",
    "The student council passed a resolution condemning the tuition increase.",
    "The company's board adopted a resolution approving the merger.",
    "The police found the suspect in the basement of a house in Lyon.",
    "Rescuers found the survivors in a ditch near the border with Chile.",
    "The doctor referred the case to a specialist in Madrid.",
    "The minister referred to the situation in Syria as a catastrophe.",
    "Ukraine hopes to prolong the ceasefire.",
    "China abstained in the vote on the resolution on Myanmar.",
    "Twelve members of the UN Security Council voted in favour, while China, Russia and "
    "Pakistan abstained.",
    "France and Britain sponsored the draft resolution on Syria.",
    "The IAEA reported that Iran had enriched uranium to 60 percent purity.",
    "Moscow abstained, allowing the resolution to pass.",
    "The resolution passed with 13 votes in favour and two abstentions, from Russia and "
    "China.",
    "Mexico and Switzerland co-sponsored a resolution calling for an investigation into the "
    "strikes.",
    # "the international community" and bare "member states" are no actor: speeches use them
    # for everyone and no one
    "The international community imposed sanctions on Iraq in 1990.",
    "Member states imposed sanctions on the junta in Myanmar.",
]


@pytest.mark.parametrize("sentence", NOTHING)
def test_nothing(coder, sentence):
    assert not code(coder, sentence), _codes(code(coder, sentence))


def test_mission_host_only_for_peacekeeping(coder):
    """A mission named as the one met or praised is the UN, not its host."""
    rows = code(coder, "Kenya praised the UN Mission in South Sudan for its work.")
    assert ("KEN", "05", "SSD") not in sides(rows), triples(rows)


def test_found_act_kept_beside_the_accusation(coder):
    rows = code(coder, "The UN panel of experts found that Rwanda had supported the M23 "
                       "rebels.")
    assert _has(rows, "RWA", "05", "CODM23", None), _codes(rows)
    assert _has(rows, "UNO", "112", "RWA", "occurred"), _codes(rows)
