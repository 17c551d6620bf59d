"""Arms transfers told from every side (helper round "arms"): the supplier, the recipient,
the route and the battlefield.

Conventions (ANNOTATION.md: 072 = provide military aid):
- A supplier that sends, ships, sells, hands over, funnels, channels, ferries, trucks,
  smuggles, routes, airlifts or flies arms to someone provides military aid (072), supplier
  as source. A route state ("through Chad", "via Libya") is no party.
- A recipient that receives, obtains, acquires, buys, takes delivery (or possession) of, or
  (in a finite clause) gets arms is the source of military cooperation (062) with the
  supplier, as "bought" and "received" were already coded; the supplier is the "from" phrase
  or the arms' state ("took delivery of Turkish drones"). "went to get shells" (an
  infinitive) stays a request (0232).
- Arms sent in a passive with no sender named: the arms' state supplies them ("Iranian
  rockets were smuggled to Hezbollah"); a design ("Iranian-designed") names no supplier, and
  "by rail" is no agent.
- Arms used, fired, launched or dropped: the state that made, supplied or owns them is never
  the target of their use ("used Turkish drones against Armenian forces" targets Armenia; a
  "with" of arms likewise). A clause that tells who supplied the arms that strike makes the
  recipient their user ("the drones Iran sold to Russia are hitting ..." is Russia's force).
  The supply behind "X-supplied" arms is not coded as its own event (conservative: the
  adjective tells no time, and "X-made" names no supplier at all); a participle that tells
  it ("missiles provided by the DPRK") keeps its 072 event, aimed at the user.
- Components and dual-use goods sold, shipped or supplied (microelectronics, chips) are trade
  (061) unless a weapon is named ("drone components" are arms).
- Arms "found" somewhere are no transfer to that place (debris found in Ukraine is not aid to
  Ukraine): no event. Interdictions (arms seized) are 1711 aimed at the arms' state.
- "violated the embargo by shipping arms": the means is the subject's, whatever the parser
  hangs it on.
"""

from __future__ import annotations

import pytest
from tests.conftest import code, triples


def _has(rows: list[dict], src: str, cameo: str, tgt: str | None,
         status: str | None = None) -> bool:
    return any(r["source_country"] == src and r["target_country"] == tgt
               and r["cameo"].startswith(cameo) and (status is None or r["status"] == status)
               for r in rows)


# ------------------------------------------------------- 1. told by the supplier: 072

@pytest.mark.parametrize("text, src, tgt", [
    ("Tehran has been quietly shipping attack drones to Moscow since the spring.", "IRN",
     "RUS"),
    ("Iran dispatched a consignment of short-range missiles to Russia in the autumn.", "IRN",
     "RUS"),
    ("The Iranian government keeps supplying the Houthis with anti-ship cruise missiles.",
     "IRN", "YEM"),
    ("Over two decades Iran armed Hezbollah with a vast arsenal of rockets.", "IRN", "LBN"),
    ("Iran is funnelling rifles and rocket parts to the Houthis by sea, the navy said.",
     "IRN", "YEM"),
    ("Iran ferried anti-tank missiles to the Houthi rebels on small fishing boats.", "IRN",
     "YEM"),
    ("The Emirates flew ammunition to the Rapid Support Forces through an airstrip in "
     "Chad.", "ARE", "SDN"),
    ("The UAE airlifted mortar rounds to the RSF via eastern Libya, the monitors said.",
     "ARE", "SDN"),
    ("Abu Dhabi has been channelling drones to the RSF through a neighbouring state.", "ARE",
     "SDN"),
    ("The Wagner Group routed surface-to-air missiles to the RSF through Libya.", "RUS",
     "SDN"),
    ("Tehran smuggled explosives to Hezbollah across the Syrian border.", "IRN", "LBN"),
    ("Moscow sold combat helicopters to the Malian junta last year.", "RUS", "MLI"),
    ("Russia delivered Su-24 bombers to Mali in the summer.", "RUS", "MLI"),
    ("Ankara sold armed drones to Baku before the war in Karabakh.", "TUR", "AZE"),
    ("Turkey shipped drones to Azerbaijan during the six-week war.", "TUR", "AZE"),
    ("Israel has sold loitering munitions to Azerbaijan for years.", "ISR", "AZE"),
    ("The United States transferred heavy bombs to Israel in the spring.", "USA", "ISR"),
    ("Washington has shipped tens of thousands of artillery shells to Israel.", "USA", "ISR"),
    ("The Pentagon handed over a further batch of Patriot missiles to Kyiv.", "USA", "UKR"),
    ("The US has given Ukraine long-range ATACMS missiles.", "USA", "UKR"),
    ("Britain supplied Storm Shadow cruise missiles to the Ukrainian army.", "GBR", "UKR"),
    ("France is providing Caesar howitzers to Ukraine.", "FRA", "UKR"),
    ("Pyongyang has shipped millions of artillery rounds to Moscow by rail.", "PRK", "RUS"),
    ("North Korea sent ballistic missiles to Russia in the winter, Seoul said.", "PRK",
     "RUS"),
    ("Belarus has handed over tanks and ammunition to Russia, Kyiv's intelligence says.",
     "BLR", "RUS"),
    ("Minsk transferred artillery shells to Russian forces from its own stocks.", "BLR",
     "RUS"),
    ("Belarus supplied the Russian army with trucks and ammunition.", "BLR", "RUS"),
    ("China trucked rifles to the junta in Myanmar across the border.", "CHN", "MMR"),
    ("Russia trafficked assault rifles to the Libyan army.", "RUS", "LBY"),
    ("Pyongyang passed artillery shells to Moscow through a Far East port.", "PRK", "RUS"),
    # a package announced: security assistance is military aid, not aid of no kind (070)
    ("The Pentagon announced a fresh security assistance package for Taiwan.", "USA", "TWN"),
    ("Tokyo announced new security aid for Manila on Monday.", "JPN", "PHL"),
])
def test_supplier_provides_military_aid(coder, text, src, tgt):
    rows = code(coder, text)
    assert _has(rows, src, "072", tgt), triples(rows)


# ----------------------------------------------- 2. a route state is no party

@pytest.mark.parametrize("text, src, tgt, route", [
    ("The UAE funnelled rifles to the RSF via Chad.", "ARE", "SDN", "TCD"),
    ("Iran smuggled rockets to Hezbollah through Syria, Israeli officials said.", "IRN",
     "LBN", "SYR"),
    ("The Emirates airlifted ammunition to the RSF via Libya.", "ARE", "SDN", "LBY"),
    ("Iran has routed drones to the Houthis through Oman, according to the report.", "IRN",
     "YEM", "OMN"),
])
def test_route_is_no_target(coder, text, src, tgt, route):
    rows = code(coder, text)
    assert _has(rows, src, "072", tgt), triples(rows)
    assert not any(r["target_country"] == route for r in rows), triples(rows)


# ------------------------------------- 3. told by the recipient: 062 with the supplier

@pytest.mark.parametrize("text, src, tgt", [
    ("Moscow took delivery of a fresh batch of Iranian attack drones last month.", "RUS",
     "IRN"),
    ("The Malian junta took delivery of Russian combat helicopters in January.", "MLI",
     "RUS"),
    ("Poland took delivery of South Korean tanks on Friday.", "POL", "KOR"),
    ("Kyiv took delivery of Leopard tanks from Germany in March.", "UKR", "DEU"),
    ("Syria took possession of Russian air defence missiles.", "SYR", "RUS"),
    ("The Houthis obtained ballistic missile components from Tehran.", "YEM", "IRN"),
    ("Azerbaijan obtained loitering munitions from Israel.", "AZE", "ISR"),
    ("Russia obtained KN-23 missiles from North Korea, US officials said.", "RUS", "PRK"),
    ("Russia got ballistic missiles from Pyongyang late last year.", "RUS", "PRK"),
    ("Moscow has got hundreds of thousands of artillery rounds from North Korea.", "RUS",
     "PRK"),
    ("Mali received attack helicopters from Russia in the spring.", "MLI", "RUS"),
    ("Poland received South Korean howitzers in December.", "POL", "KOR"),
    ("Hezbollah received precision-guided rockets from Iran over several years.", "LBN",
     "IRN"),
    ("Ukraine received its first F-16 fighter jets from Denmark.", "UKR", "DNK"),
    ("The Malian army acquired Turkish drones in 2022.", "MLI", "TUR"),
    ("Russia bought millions of artillery shells from North Korea's factories.", "RUS",
     "PRK"),
])
def test_recipient_cooperates_militarily(coder, text, src, tgt):
    rows = code(coder, text)
    assert _has(rows, src, "062", tgt), triples(rows)


def test_infinitive_get_stays_a_request(coder):
    rows = code(coder, "Russia sent officials to get shells from Minsk.")
    assert not _has(rows, "RUS", "062", "BLR"), triples(rows)
    rows = code(coder, "Moscow sought to get drones from Tehran.")
    assert _has(rows, "RUS", "023", "IRN"), triples(rows)


# --------------------------------------- 4. arms sent with no sender named: their state

@pytest.mark.parametrize("text, src, tgt", [
    ("North Korean shells were shipped to Russia by rail.", "PRK", "RUS"),
    ("Iranian rockets were smuggled to Hezbollah through Syria.", "IRN", "LBN"),
    ("Iranian weapons were shipped to the Houthis through Oman.", "IRN", "YEM"),
    ("North Korean artillery shells were delivered to Russia by train.", "PRK", "RUS"),
    ("Iranian drones were sent to Russia on cargo flights.", "IRN", "RUS"),
    ("Emirati weapons were smuggled to the RSF through Chad.", "ARE", "SDN"),
    ("Turkish drones were delivered to Azerbaijan in 2020.", "TUR", "AZE"),
    ("American missiles were delivered to Israel last week.", "USA", "ISR"),
])
def test_passive_sending_names_the_arms_state(coder, text, src, tgt):
    rows = code(coder, text)
    assert _has(rows, src, "072", tgt), triples(rows)


@pytest.mark.parametrize("text", [
    "Iranian-designed drones were delivered to Russian units in Crimea.",
    "Tanks were delivered to Ukraine last week.",
    "The grain was shipped to Egypt by sea.",
    "Japanese-built sedans were shipped to Russia through Vladivostok.",
])
def test_passive_sending_without_a_supplier(coder, text):
    rows = code(coder, text)
    assert not any(r["cameo"].startswith("07") for r in rows), triples(rows)


# --------------------------- 5. arms used: the origin of the arms is never their target

@pytest.mark.parametrize("text, src, root, tgt, origin", [
    ("Russian forces used North Korean ballistic missiles against Kyiv.", "RUS", "19", "UKR",
     "PRK"),
    ("The Sudanese army has used Iranian drones against the RSF.", "SDN", "19", "SDN", "IRN"),
    ("Azerbaijan used Turkish drones against Armenian forces.", "AZE", "19", "ARM", "TUR"),
    ("Russia has launched Iranian drones against Ukraine's energy grid.", "RUS", "19", "UKR",
     "IRN"),
    ("Russia has used DPRK-supplied missiles against Ukraine.", "RUS", "19", "UKR", "PRK"),
    ("Russia attacked Ukraine with North Korean missiles.", "RUS", "19", "UKR", "PRK"),
    ("Russia is firing Iranian drones at Ukrainian cities.", "RUS", "19", "UKR", "IRN"),
    ("The RSF used Emirati-supplied drones to attack Port Sudan.", "SDN", "19", "SDN", "ARE"),
    ("Ukraine used American ATACMS missiles against Russian airfields.", "UKR", "19", "RUS",
     "USA"),
    ("The Houthis launched Iranian drones at Israel.", "YEM", "19", "ISR", "IRN"),
    ("Russia launched Iranian-made drones at Odesa overnight.", "RUS", "19", "UKR", "IRN"),
])
def test_origin_is_not_the_target_of_use(coder, text, src, root, tgt, origin):
    rows = code(coder, text)
    assert _has(rows, src, root, tgt), triples(rows)
    assert not any(r["target_country"] == origin and r["cameo"][:2] in ("17", "18", "19", "20")
                   for r in rows), triples(rows)


@pytest.mark.parametrize("text, origin", [
    ("The Houthis are using Iranian missiles against commercial shipping.", "IRN"),
    ("Russia is relying on North Korean artillery shells on the front lines.", "PRK"),
    ("Russia is using North Korean artillery shells along the front.", "PRK"),
    ("Hamas fighters used Iranian weapons in the raid.", "IRN"),
    ("Israel dropped American bombs on Gaza.", "USA"),
    ("Israel used American-made bombs in strikes on Lebanon.", "USA"),
    ("The Houthis attacked ships with Iranian missiles.", "IRN"),
    ("Hezbollah attacked Israeli positions with Iranian-made rockets.", "IRN"),
    ("Mali's army uses Russia's weapons against the jihadists.", "RUS"),
    ("Kyiv has used American-supplied missiles against targets inside Russia.", "USA"),
    ("The RSF has used Emirati drones against the army in El Fasher.", "ARE"),
    ("Ukraine fired British Storm Shadow missiles at Crimea.", "GBR"),
])
def test_origin_never_attacked(coder, text, origin):
    rows = code(coder, text)
    assert not any(r["target_country"] == origin and r["cameo"][:2] in ("17", "18", "19", "20")
                   for r in rows), triples(rows)


@pytest.mark.parametrize("text, src, root, tgt", [
    # the foe named "with" a verb of fighting each other stays the target
    ("Ukrainian troops clashed with Russian tanks near Bakhmut.", "UKR", "19", "RUS"),
    # arms struck, downed or destroyed are the victim's
    ("Israel struck Iranian weapons depots in Syria.", "ISR", "19", "IRN"),
    ("Israeli jets destroyed a shipment of Iranian weapons in Syria.", "ISR", "17", "IRN"),
    ("Ukraine shot down a Russian attack helicopter near Kupiansk.", "UKR", "19", "RUS"),
    ("Israel downed Iranian drones over Jordan.", "ISR", "19", "IRN"),
])
def test_arms_hit_remain_targets(coder, text, src, root, tgt):
    rows = code(coder, text)
    assert _has(rows, src, root, tgt), triples(rows)


def test_supplier_clause_names_the_user(coder):
    rows = code(coder, "The drones Iran sold to Russia are hitting Ukrainian power stations.")
    assert _has(rows, "RUS", "19", "UKR"), triples(rows)
    assert not _has(rows, "IRN", "19", "UKR"), triples(rows)


def test_supply_participle_aims_at_the_user(coder):
    rows = code(coder, "Russia has used missiles provided by the DPRK against Ukraine.")
    assert _has(rows, "PRK", "072", "RUS"), triples(rows)
    assert not _has(rows, "PRK", "072", "UKR"), triples(rows)


# ---------------------------------------- 6. relative clauses and nominal transfers

@pytest.mark.parametrize("text, src, tgt", [
    ("The drones that Iran supplied to Russia have hit power plants across Ukraine.", "IRN",
     "RUS"),
    ("The missiles that North Korea provided to Russia struck Kharkiv on Tuesday.", "PRK",
     "RUS"),
    ("The shells North Korea sent to Russia were of poor quality, analysts said.", "PRK",
     "RUS"),
    ("The transfer of Iranian drones to Russia breaches a UN resolution, France said.", "IRN",
     "RUS"),
    ("Iran's transfer of ballistic missiles to Russia drew fresh sanctions.", "IRN", "RUS"),
    ("Deliveries of American weapons to Israel were paused in May.", "USA", "ISR"),
    ("Arms deliveries from Iran to Hezbollah pass through Syria.", "IRN", "LBN"),
    ("The supply of North Korean missiles to Russia was condemned by the G7.", "PRK", "RUS"),
])
def test_relative_and_nominal_transfers(coder, text, src, tgt):
    rows = code(coder, text)
    assert _has(rows, src, "072", tgt), triples(rows)


# ------------------------------------------- 7. reported speech, denial and hedging

@pytest.mark.parametrize("text, src, tgt, status", [
    ("The United Arab Emirates has denied supplying arms to the Sudanese paramilitaries.",
     "ARE", "SDN", "negated"),
    ("Abu Dhabi rejected claims that it had armed the RSF.", "ARE", "SDN", "negated"),
    ("Beijing denied selling weapons to Moscow.", "CHN", "RUS", "negated"),
    ("China has not sold lethal weapons to Russia, a foreign ministry spokesman said.", "CHN",
     "RUS", "negated"),
    ("North Korea denied supplying weapons to Russia.", "PRK", "RUS", "negated"),
    ("Belarus has never sent weapons to Russia, Lukashenko said.", "BLR", "RUS", "negated"),
    ("The UAE denied that it had sent weapons to Sudan.", "ARE", "SDN", "negated"),
    ("Iran refused to supply missiles to Russia.", "IRN", "RUS", "negated"),
    ("Iran may be supplying the RSF with drones, diplomats said.", "IRN", "SDN", "hedged"),
    ("Tehran reportedly shipped missiles to Russia last month.", "IRN", "RUS", "hedged"),
    ("Iran allegedly sent drone parts to the Houthis.", "IRN", "YEM", "hedged"),
    ("Russia is likely receiving drones from Iran.", "RUS", "IRN", "hedged"),
    ("Iran will send more drones to Russia, the official said.", "IRN", "RUS", "intended"),
    ("North Korea plans to supply more shells to Russia.", "PRK", "RUS", "intended"),
    ("Moscow wants to acquire more shells from North Korea.", "RUS", "PRK", "intended"),
    ("US officials said Iran had delivered missiles to Russia.", "IRN", "RUS", "occurred"),
])
def test_status_of_transfers(coder, text, src, tgt, status):
    rows = code(coder, text)
    assert any(r["source_country"] == src and r["target_country"] == tgt
               and r["cameo"][:2] in ("03", "06", "07") and r["status"] == status
               for r in rows), triples(rows)


def test_sudan_accuses_uae_of_arming(coder):
    rows = code(coder, "Sudan accused the UAE of arming the Rapid Support Forces.")
    assert _has(rows, "SDN", "112", "ARE"), triples(rows)
    assert _has(rows, "ARE", "072", "SDN", "hedged"), triples(rows)


# --------------------------------------- 8. embargoes, interdictions, findings

def test_embargo_violation_by_shipping(coder):
    rows = code(coder, "The Emirates violated the UN arms embargo by shipping weapons to Libya.")
    assert _has(rows, "ARE", "072", "LBY"), triples(rows)
    assert not any(r["source_country"] == "UNO" and r["cameo"].startswith("07")
                   for r in rows), triples(rows)


def test_embargo_breach_by_sending(coder):
    rows = code(coder, "Turkey breached the Libya arms embargo by sending drones to Tripoli.")
    assert _has(rows, "TUR", "072", "LBY"), triples(rows)


@pytest.mark.parametrize("text, src, tgt", [
    ("The US Navy seized a cargo of Iranian missile parts headed for Yemen.", "USA", "IRN"),
    ("Saudi forces confiscated Iranian weapons off the coast of Yemen.", "SAU", "IRN"),
])
def test_interdiction_is_confiscation(coder, text, src, tgt):
    rows = code(coder, text)
    assert _has(rows, src, "171", tgt), triples(rows)


@pytest.mark.parametrize("text", [
    "Debris of North Korean missiles was found in Ukraine.",
    "Weapons of Iranian origin were found in Houthi arsenals.",
    "Investigators found Emirati weapons in Sudan.",
])
def test_arms_found_are_no_transfer(coder, text):
    rows = code(coder, text)
    assert not any(r["cameo"][:2] in ("06", "07") for r in rows), triples(rows)


# ------------------------------------------------- 9. components and dual-use goods

@pytest.mark.parametrize("text, src, tgt, cameo", [
    ("China supplied semiconductors to Russia last year.", "CHN", "RUS", "061"),
    ("Chinese firms shipped dual-use microelectronics to Russia, the Treasury said.", "CHN",
     "RUS", "061"),
    ("The company sold microchips to Moscow via Kazakhstan.", None, "RUS", "061"),
    ("Chinese companies sold drone components to Russia.", "CHN", "RUS", "072"),
])
def test_components(coder, text, src, tgt, cameo):
    rows = code(coder, text)
    assert any(r["cameo"] == cameo and r["target_country"] == tgt
               and (src is None or r["source_country"] == src) for r in rows) or (
        src is None and not any(r["cameo"].startswith("07") for r in rows)), triples(rows)


# ------------------------------------------------------------ 10. must not fire

@pytest.mark.parametrize("text", [
    "Ankara received a trade delegation from Baku on Tuesday.",
    "The freighter carried a cargo of maize to Egypt.",
    "Moscow relied on diplomatic channels to reach Kyiv.",
    "South Korean-made cars are selling well in Russia.",
    "The Chinese navy is running American software on its computers.",
    "Iran used its influence to calm the Houthis.",
    "Russia received a letter from the UN secretary-general.",
    "The refugees arrived in Chad from Sudan.",
    "Smugglers ferried migrants to Italy from Libya.",
    "The convoy trucked food to the refugee camps in Chad.",
    "The ministry channelled funds to farmers in the north.",
    "The UN routed aid to Gaza through Egypt.",
    "The company obtained a licence from the ministry.",
    "Russia got a seat on the council.",
    "The militia passed the bill on to the council.",
    "The smugglers routed the migrants through Libya.",
    "The ambassador took delivery of the new embassy cars.",
    "Egypt took delivery of Ukrainian wheat.",
    "The army used Chinese drones to monitor the border.",
    "The Taliban are using weapons the United States left in Afghanistan.",
])
def test_must_not_fire(coder, text):
    rows = code(coder, text)
    assert not any(r["cameo"][:2] in ("06", "07", "17", "18", "19", "20") for r in rows), \
        triples(rows)


def test_trade_delegation_is_a_visit(coder):
    rows = code(coder, "Ankara received a trade delegation from Baku on Tuesday.")
    assert not any(r["cameo"].startswith("062") for r in rows), triples(rows)


def test_flown_arms_are_no_visit(coder):
    rows = code(coder, "The Emirates flew weapons to the Rapid Support Forces.")
    assert _has(rows, "ARE", "072", "SDN"), triples(rows)
    assert not any(r["cameo"].startswith("04") for r in rows), triples(rows)


def test_flying_to_a_capital_is_a_visit(coder):
    rows = code(coder, "The Turkish foreign minister flew to Baku on Monday.")
    assert not any(r["cameo"].startswith("07") for r in rows), triples(rows)
