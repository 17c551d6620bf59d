"""The gazetteer and place phrases: towns by the spellings English news uses, provinces and
states, and the phrases that name where an act happens.

- Towns: GeoNames' own names, and other spellings of a town's name (data/places/
  city_names.tsv: "Basra" for "Basrah", "Fallujah" for "Al Fallujah"), never over a town's
  own name, never a spelling listed in not_places.txt.
- Divisions (data/places/divisions.tsv): provinces, states, governorates, regions, by name
  where the name alone is one country's and no English word, else only with their kind word
  ("Chin State"). Places, not actors.
- Phrases: "outside of", "on the outskirts of", "near the town of", "in the district of",
  "in <name> province", "in the north of", "in northern <country>", "<town>, the capital of
  <province>"; a state's word that tells a place ("in the Iraqi city of Tikrit") is no
  agent.

Sentences written for these tests.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import code

from accord.errors import DataFileError
from accord.events import places
from accord.knowledge.gazetteer import load_city_names, load_divisions
from accord.knowledge.tsv import LoadReport, packaged
from accord.pipeline import Coder

# ------------------------------------------------------------------ the data files


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


DIVISION_HEADER = "# test\nname\tcountry\tkind\tcode\tbare\n"
CITY_HEADER = "# test\nname\tcity\tcountry\tgeonameid\n"


@pytest.mark.parametrize("row, reason", [
    ("Helmand\tAF\tprovince\tAF-HEL\tyes", "country must be an ISO3 code"),
    ("Helmand\tAFG\tprovince\tHEL\tyes", "ISO 3166-2 code"),
    ("Helmand\tAFG\tprovince\tAF-HEL\tmaybe", "bare must be yes or no"),
    ("helmand\tAFG\tprovince\tAF-HEL\tyes", "capitalised place name"),
    ("Helmand\tAFG\t\tAF-HEL\tyes", "kind is empty"),
    ("Helmand\tAFG\tprovince", "expected 5 tab-separated fields"),
])
def test_division_loader_names_file_and_line(tmp_path: Path, row: str, reason: str) -> None:
    path = _write(tmp_path, "divisions.tsv",
                  DIVISION_HEADER + "Zamfara\tNGA\tstate\tNG-ZA\tyes\n" + row + "\n")
    with pytest.raises(DataFileError, match=reason) as err:
        load_divisions(path)
    assert err.value.line == 4 and err.value.path.endswith("divisions.tsv")
    assert "divisions.tsv:4: " in str(err.value)


def test_division_loader_collects_bad_lines_when_not_strict(tmp_path: Path) -> None:
    path = _write(tmp_path, "divisions.tsv", DIVISION_HEADER
                  + "Zamfara\tNGA\tstate\tNG-ZA\tyes\nShan\tMM\tstate\tMM-17\tyes\n"
                  + "Chin\tMMR\tstate\tMM-14\tno\n")
    report = LoadReport()
    rows = load_divisions(path, strict=False, report=report)
    assert [r.name for r in rows] == ["Zamfara", "Chin"]
    assert report.loaded == 2 and [e.line for e in report.errors] == [4]
    assert rows[1].bare is False and rows[0].kind == "state"


@pytest.mark.parametrize("row, reason", [
    ("Basra\tBasrah\tIRQ\tx99532", "geonameid must be a number"),
    ("Basra\t\tIRQ\t99532", "city is empty"),
    ("Basra\tBasrah\tIraq\t99532", "country must be an ISO3 code"),
    ("basra\tBasrah\tIRQ\t99532", "capitalised place name"),
    ("Basra\tBasrah", "expected 4 tab-separated fields"),
])
def test_city_name_loader_names_file_and_line(tmp_path: Path, row: str, reason: str) -> None:
    path = _write(tmp_path, "city_names.tsv", CITY_HEADER + row + "\n")
    with pytest.raises(DataFileError, match=reason) as err:
        load_city_names(path)
    assert err.value.line == 3 and "city_names.tsv:3: " in str(err.value)


def test_loader_rejects_a_wrong_header(tmp_path: Path) -> None:
    path = _write(tmp_path, "divisions.tsv", "name\tcountry\tkind\n")
    with pytest.raises(DataFileError, match="divisions.tsv:1: header must be"):
        load_divisions(path)


def test_packaged_place_files_load_and_name_their_sources() -> None:
    divisions = load_divisions(packaged("places", "divisions.tsv"))
    names = load_city_names(packaged("places", "city_names.tsv"))
    assert len(divisions) > 2000 and len(names) > 2000
    for f in ("divisions.tsv", "city_names.tsv"):
        head = packaged("places", f).read_text(encoding="utf-8")[:1200]
        assert "scripts/build_places.py" in head and ("LGPL" in head or "CC BY" in head)
    # a name of several countries' divisions places only with its kind word
    by_name: dict[str, list] = {}
    for d in divisions:
        by_name.setdefault(places.fold(d.name), []).append(d)
    for rows in by_name.values():
        if len(rows) > 1:
            assert not any(d.bare for d in rows)
            assert len({d.kind.split()[-1] for d in rows}) == len(rows)
    assert len(places.not_places()) > 20


# ------------------------------------------------------------------ names


@pytest.mark.parametrize("name, key", [
    ("Sāmarrā’", "samarra"), ("Łódź", "lodz"), ("Mazar-e Sharif", "mazar e sharif"),
    ("San  José", "san jose"), ("Ta’if", "taif"),
])
def test_fold_drops_accents_marks_and_hyphens(name: str, key: str) -> None:
    assert places.fold(name) == key


@pytest.mark.parametrize("name, country", [
    ("Basra", "IRQ"), ("Samarra", "IRQ"), ("Fallujah", "IRQ"), ("Falluja", "IRQ"),
    ("Hilla", "IRQ"), ("Kut", "IRQ"), ("Mazar-i-Sharif", "AFG"), ("Mazar-e-Sharif", "AFG"),
    ("Najaf", "IRQ"), ("Lodz", "POL"),
])
def test_other_spellings_of_towns(name: str, country: str) -> None:
    assert places.city_country(name) == country


@pytest.mark.parametrize("name", [
    "Ivanov",  # a surname that spells Ivanovo
    "Mosel",  # a river that spells Mosul
    "Soul", "Kuito", "White House", "Vegas", "Brando", "Lovell",
])
def test_spellings_that_are_words_or_names_place_nothing(name: str) -> None:
    assert places.city_country(name) is None


def test_a_towns_own_name_beats_another_towns_spelling() -> None:
    # "Samara" is one of Samarra's spellings, and Russia's town's own name
    assert places.city_country("Samara") == "RUS"


@pytest.mark.parametrize("name, country", [
    ("Helmand", "AFG"), ("Helmand province", "AFG"), ("Zamfara State", "NGA"),
    ("West Darfur State", "SDN"), ("Nineveh", "IRQ"), ("Nineveh governorate", "IRQ"),
    ("Khyber Pakhtunkhwa", "PAK"), ("Cabo Delgado", "MOZ"), ("North Kivu", "COD"),
    ("Chin State", "MMR"), ("Bay region", "SOM"), ("Rivers State", "NGA"),
    # one name, divisions of two kinds: the kind word tells
    ("Plateau State", "NGA"), ("Plateau department", "BEN"), ("Punjab province", "PAK"),
    ("Hadramout", "YEM"), ("Lower Shabelle", "SOM"), ("Antioquia", "COL"),
])
def test_divisions(name: str, country: str) -> None:
    assert places.division_country(name) == country
    assert country in places.city_countries(name)


@pytest.mark.parametrize("name", [
    "Georgia",  # a country and a U.S. state
    "Punjab",  # a province of Pakistan and a state of India
    "Niger",  # a state of Nigeria and a country
    "Chin", "Bay", "Mon", "Delta", "Rivers",  # English words: only with their kind word
    "Northern",  # a state of Sudan, by a word alone
    "Herrera", "Bono",  # people's names
    "Plateau",  # a state of Nigeria and a department of Benin
])
def test_divisions_that_a_bare_name_does_not_tell(name: str) -> None:
    assert places.division_country(name) is None


# ------------------------------------------------------------------ placements


PLACED = [
    # towns by the spellings English news uses
    ("A suicide bomber killed nine people at a checkpoint in Basra on Tuesday.",
     ("IRQUAF", "18", "IRQCVL")),
    ("Gunmen shot dead a shopkeeper in Basra overnight.", ("IRQUAF", "19", "IRQCVL")),
    ("A car bomb exploded near a market in Samarra, killing four people.",
     ("IRQUAF", "18", "IRQCVL")),
    ("A bomb planted on a motorcycle killed three people in Samarra.",
     ("IRQUAF", "18", "IRQCVL")),
    ("Gunmen shot dead two policemen in Fallujah overnight.", ("IRQUAF", "19", "IRQCOP")),
    ("A car bomb exploded outside of a police station in Hilla, killing nine people.",
     ("IRQUAF", "18", "IRQCVL")),
    ("A car bomb killed 12 people in Hillah.", ("IRQUAF", "18", "IRQCVL")),
    ("Unidentified gunmen killed a judge in Mazar-i-Sharif.", ("AFGUAF", "19", "AFGJUD")),
    ("Gunmen killed an imam in Mazar-i-Sharif on Friday.", ("AFGUAF", "19", "AFGREL")),
    ("A car bomb killed nine people in Mazar-e-Sharif.", ("AFGUAF", "18", "AFGCVL")),
    ("A car bomb killed five people in Kut.", ("IRQUAF", "18", "IRQCVL")),
    ("Thousands of people protested in Basra against power cuts.",
     ("IRQCVL", "14", "IRQGOV")),
    ("A car bomb exploded in Hasakah, killing three people.", ("SYRUAF", "18", "SYRCVL")),
    # provinces, states, governorates and regions
    ("A car bomb killed 14 people in Helmand province.", ("AFGUAF", "18", "AFGCVL")),
    ("A car bomb killed seven people in Nangarhar province.", ("AFGUAF", "18", "AFGCVL")),
    ("A car bomb killed seven people in the province of Nangarhar.",
     ("AFGUAF", "18", "AFGCVL")),
    ("A roadside bomb killed a soldier in the Afghan province of Paktika.",
     ("AFGUAF", "18", "AFGMIL")),
    ("Gunmen killed a district governor in Ghazni province.", ("AFGUAF", "18", "AFGGOV")),
    ("Gunmen killed a judge in Balkh province.", ("AFGUAF", "19", "AFGJUD")),
    ("A suicide bomber killed 19 people in Kunduz province.", ("AFGUAF", "18", "AFGCVL")),
    ("A landmine killed three children in Kandahar province.", ("AFGUAF", "18", "AFGCVL")),
    ("Gunmen abducted 40 schoolgirls in Zamfara state.", ("NGAUAF", "18", "NGACVL")),
    ("Unidentified gunmen killed 12 people in Zamfara State.", ("NGAUAF", "19", "NGACVL")),
    ("Unidentified gunmen killed 12 people in the state of Zamfara.",
     ("NGAUAF", "19", "NGACVL")),
    ("Gunmen killed eight miners in Zamfara.", ("NGAUAF", "19", "NGALAB")),
    ("Gunmen killed a soldier in the state of Zamfara.", ("NGAUAF", "19", "NGAMIL")),
    ("Gunmen killed a pastor in Benue state.", ("NGAUAF", "19", "NGAREL")),
    ("Armed men shot dead two farmers in Plateau State.", ("NGAUAF", "19", "NGAAGR")),
    ("A suicide bomber killed 17 people at a market in Borno state.",
     ("NGAUAF", "18", "NGACVL")),
    ("Armed men killed 23 villagers in West Darfur State.", ("SDNUAF", "19", "SDNCVL")),
    ("Gunmen killed nine people in Blue Nile state.", ("SDNUAF", "19", "SDNCVL")),
    ("A car bomb killed seven people in Nineveh governorate.", ("IRQUAF", "18", "IRQCVL")),
    ("A car bomb killed ten people in Salahuddin province.", ("IRQUAF", "18", "IRQCVL")),
    ("Gunmen killed eight people in Dhi Qar province.", ("IRQUAF", "19", "IRQCVL")),
    ("Gunmen killed three people in Maysan.", ("IRQUAF", "19", "IRQCVL")),
    ("A roadside bomb killed two people in Babil province.", ("IRQUAF", "18", "IRQCVL")),
    ("Gunmen killed three people in Anbar province.", ("IRQUAF", "19", "IRQCVL")),
    ("A bomb killed four people in Diyala province.", ("IRQUAF", "18", "IRQCVL")),
    ("A suicide bomber killed 11 people in Khyber Pakhtunkhwa.", ("PAKUAF", "18", "PAKCVL")),
    ("A bomb killed four people in Balochistan province.", ("PAKUAF", "18", "PAKCVL")),
    ("Insurgents killed 20 villagers in Cabo Delgado.", ("MOZREB", "19", "MOZCVL")),
    ("Gunmen killed eight villagers in the Segou region.", ("MLIUAF", "19", "MLICVL")),
    ("Jihadists killed 12 soldiers in Mopti region.", ("MLIREB", "19", "MLIMIL")),
    ("Gunmen killed 14 people in Ituri province.", ("CODUAF", "19", "CODCVL")),
    ("Gunmen killed six people in Kasai province.", ("CODUAF", "19", "CODCVL")),
    ("Rebels killed 25 villagers in North Kivu province.", ("CODREB", "19", "CODCVL")),
    ("A car bomb killed four people in Lower Shabelle region.", ("SOMUAF", "18", "SOMCVL")),
    ("A car bomb killed six people in Aleppo province.", ("SYRUAF", "18", "SYRCVL")),
    ("Gunmen killed two people in Daraa province.", ("SYRUAF", "19", "SYRCVL")),
    ("Gunmen killed two police officers in Hadramout.", ("YEMUAF", "19", "YEMCOP")),
    ("A car bomb killed six people in Abyan province.", ("YEMUAF", "18", "YEMCVL")),
    ("Gunmen killed three soldiers in Shabwa.", ("YEMUAF", "19", "YEMMIL")),
    ("Gunmen killed three police officers in Cauca department.", ("COLUAF", "19", "COLCOP")),
    ("Gunmen killed a priest in the Cauca department.", ("COLUAF", "19", "COLREL")),
    ("Gunmen killed six people in Antioquia.", ("COLUAF", "19", "COLCVL")),
    ("Gunmen killed six people in Norte de Santander.", ("COLUAF", "19", "COLCVL")),
    ("Gunmen killed a mayor in Michoacan.", ("MEXUAF", "18", "MEXGOV")),
    ("Gunmen shot dead a local councillor in Michoacan state.", ("MEXUAF", "19", "MEXGOV")),
    ("Gunmen killed 10 people in Guerrero state.", ("MEXUAF", "19", "MEXCVL")),
    ("Gunmen killed four soldiers in Sinaloa.", ("MEXUAF", "19", "MEXMIL")),
    ("Gunmen killed nine people in Zacatecas.", ("MEXUAF", "19", "MEXCVL")),
    ("Gunmen killed three people in Chihuahua state.", ("MEXUAF", "19", "MEXCVL")),
    ("Gunmen killed three people in Shan state.", ("MMRUAF", "19", "MMRCVL")),
    ("Gunmen killed three people in Chin State.", ("MMRUAF", "19", "MMRCVL")),
    ("Armed men killed 10 people in Kayin state.", ("MMRUAF", "19", "MMRCVL")),
    ("A bomb killed two people in Sagaing region.", ("MMRUAF", "18", "MMRCVL")),
    ("Gunmen killed two aid workers in Jonglei state.", ("SSDUAF", "19", "SSDNGO")),
    ("Armed men killed 11 villagers in Upper Nile state.", ("SSDUAF", "19", "SSDCVL")),
    ("Gunmen killed 20 people in Oromia region.", ("ETHUAF", "19", "ETHCVL")),
    ("Gunmen killed 5 people in Cotabato.", ("PHLUAF", "19", "PHLCVL")),
    # place phrases
    ("A roadside bomb killed two soldiers outside of Kirkuk.", ("IRQUAF", "18", "IRQMIL")),
    ("A roadside bomb killed two soldiers outside Kirkuk.", ("IRQUAF", "18", "IRQMIL")),
    ("Gunmen killed a civilian outside of Kandahar.", ("AFGUAF", "19", "AFGCVL")),
    ("Gunmen killed five people at a bar outside of Culiacan.", ("MEXUAF", "19", "MEXCVL")),
    ("A suicide bomber blew himself up outside of a police station in Mogadishu, killing "
     "four.", ("SOMUAF", "18", "SOMCVL")),
    ("Gunmen killed three traders on the outskirts of Kandahar.", ("AFGUAF", "19", "AFGCVL")),
    ("Gunmen killed six people on the outskirts of Mogadishu.", ("SOMUAF", "19", "SOMCVL")),
    ("Gunmen killed two farmers on the edge of Kaduna.", ("NGAUAF", "19", "NGACVL")),
    ("A car bomb killed eight people near the town of Baidoa.", ("SOMUAF", "18", "SOMCVL")),
    ("Gunmen killed three farmers in the district of Gao.", ("MLIUAF", "19", "MLIAGR")),
    ("A bomb killed two people in the district of Kunduz.", ("AFGUAF", "18", "AFGCVL")),
    ("Gunmen killed two soldiers in the district of Kunduz.", ("AFGUAF", "19", "AFGMIL")),
    ("Gunmen killed 15 people in the north of Burkina Faso.", ("BFAUAF", "19", "BFACVL")),
    ("Gunmen killed 30 people in the north of Mali.", ("MLIUAF", "19", "MLICVL")),
    ("A car bomb killed four people in the east of Ukraine.", ("UKRUAF", "18", "UKRCVL")),
    ("Gunmen killed 30 villagers in northern Nigeria.", ("NGAUAF", "19", "NGACVL")),
    ("Gunmen killed five people in northern Mali.", ("MLIUAF", "19", "MLICVL")),
    ("Gunmen killed a priest in Maiduguri, the capital of Borno state.",
     ("NGAUAF", "19", "NGAREL")),
    ("Gunmen killed a police officer in Lashkar Gah, the capital of Helmand province.",
     ("AFGUAF", "19", "AFGCOP")),
    ("A car bomb went off in the Helmand capital Lashkar Gah, killing seven people.",
     ("AFGUAF", "18", "AFGCVL")),
    ("Two Iraqi soldiers were killed when a car bomb exploded in the district of Fallujah.",
     ("IRQUAF", "18", "IRQMIL")),
    # a state's word that tells the place is no agent
    ("Two US soldiers were killed by a roadside bomb in the Iraqi city of Mosul.",
     ("IRQUAF", "18", "USAMIL")),
    ("Two US soldiers were killed by a roadside bomb outside the Iraqi city of Mosul.",
     ("IRQUAF", "18", "USAMIL")),
    ("A French aid worker was killed by a roadside bomb in the Malian town of Gao.",
     ("MLIUAF", "18", "FRANGO")),
    ("Two Turkish soldiers were killed by a roadside bomb in the Syrian province of Idlib.",
     ("SYRUAF", "18", "TURMIL")),
    ("A British aid worker was shot dead by gunmen in the Pakistani city of Peshawar.",
     ("PAKUAF", "19", "GBRNGO")),
    ("A Kenyan soldier was killed by a roadside bomb in the Somali town of Dhobley.",
     ("SOMUAF", "18", "KENMIL")),
    ("Two Nigerien soldiers were killed by gunmen in the Malian region of Menaka.",
     ("MLIUAF", "19", "NERMIL")),
    ("A Canadian tourist was kidnapped by gunmen in the Philippine province of Sulu.",
     ("PHLUAF", "18", "CANCVL")),
    # a state's own people, where its organs act at home
    ("Police imposed a curfew in Kaduna state after riots.", ("NGACOP", "17", "NGACVL")),
    ("Authorities imposed a curfew in Rakhine state.", ("MMRGOV", "17", "MMRCVL")),
    ("After communal clashes, police imposed a night curfew in the Nigerian city of Jos.",
     ("NGACOP", "17", "NGACVL")),
    ("Police arrested 30 protesters in Sindh province.", ("PAKCOP", "17", "PAKOPP")),
    ("Police used tear gas against protesters in the Iraqi port city of Basra.",
     ("IRQCOP", "17", "IRQOPP")),
    ("Hundreds of people protested in Nangarhar province.", ("AFGCVL", "14", "AFGGOV")),
    ("Sudan's government ended emergency rule in West Kordofan State on Monday.",
     ("SDNGOV", "08", "SDNCVL")),
    ("Protesters set fire to the governor's office in Basra province.",
     ("IRQOPP", "14", "IRQGOV")),
]


def _sides(rows: list[dict]) -> set[tuple[str, str, str]]:
    return {(r["source_code"], r["cameo"][:2], r["target_code"]) for r in rows}


@pytest.mark.parametrize("text, want", PLACED)
def test_placed(coder: Coder, text: str, want: tuple[str, str, str]) -> None:
    assert want in _sides(code(coder, text))


# ------------------------------------------------------------------ must not fire


NOT_PLACED = [
    # a division's or town's name inside another name, or a person's
    ("Georgia lawmakers passed a new voting law.", set()),
    ("Georgia's governor signed the bill into law.", set()),
    ("Punjab Bank reported higher profits.", set()),
    ("Shares of Sindh Engro rose.", set()),
    ("The Helmand Valley Authority built a dam.", set()),
    ("Helmand Capital Group reported a loss.", set()),
    ("Kandahar Airlines cancelled flights.", set()),
    ("Delta Air Lines cancelled hundreds of flights.", set()),
    ("Shan Masood scored a century for Pakistan.", set()),
    ("Bono sang at a concert in Accra.", set()),
    ("Chelsea signed a striker from Sinaloa FC.", set()),
    ("Victoria Beckham visited a hospital in London.", set()),
    # accidents are no one's violence, wherever they happen
    ("A fire killed four people in Basra.", set()),
    ("A gas explosion killed six people in Najaf.", set()),
]


@pytest.mark.parametrize("text, want", NOT_PLACED)
def test_not_placed(coder: Coder, text: str, want: set) -> None:
    assert _sides(code(coder, text)) == want


@pytest.mark.parametrize("text, wrong", [
    # the U.S. state: never the country Georgia, never a division elsewhere
    ("A gunman killed three people in Atlanta, Georgia.", "GEO"),
    ("Plateau Energy signed a deal with Nigeria.", "BEN"),
    ("The Basra Oil Company signed a contract with BP.", "IRQUAF"),
    ("Jack Herrera was arrested in Texas.", "PAN"),
])
def test_no_false_place(coder: Coder, text: str, wrong: str) -> None:
    rows = code(coder, text)
    assert not any(wrong in (r["source_code"] or "") or wrong in (r["target_code"] or "")
                   for r in rows), rows


def test_a_province_stays_a_place_not_an_actor(coder: Coder) -> None:
    # "Helmand" places the act; it names no actor of its own
    rows = code(coder, "Helmand officials met the governor of Kandahar.")
    assert not any((r["source_code"] or "").startswith("AFGUAF") for r in rows)


def test_on_the_outskirts_is_where_not_whom(coder: Coder) -> None:
    # "on" names a target ("imposed sanctions on Iran"), but not the outskirts of a town
    rows = code(coder, "Unknown attackers shot dead four herders on the outskirts of Mogadishu.")
    assert ("SOMUAF", "19", "SOMCVL") in _sides(rows)
    assert not any(r["target_code"] == "SOMGOV" for r in rows)
    assert ("ISR", "16", "IRN") in _sides(code(coder, "Israel imposed sanctions on Iran."))


@pytest.mark.parametrize("text", [
    "Ivanov said the talks in Geneva had gone well.",
    "Mosel wine exports rose last year.",
])
def test_blocked_spellings_place_nothing_in_text(coder: Coder, text: str) -> None:
    rows = code(coder, text)
    assert not any("RUS" in (r["source_code"] or "") + (r["target_code"] or "")
                   or "IRQ" in (r["source_code"] or "") + (r["target_code"] or "")
                   for r in rows), rows


@pytest.mark.parametrize("name", [
    "Sahel region",  # the wider region, not Burkina Faso's
    "Quds district", "Ngozi", "Maldonado", "Rocha",
])
def test_wider_regions_and_peoples_names_are_no_divisions(name: str) -> None:
    assert places.division_country(name) is None
