"""Actor phrases that name their state only indirectly: institutions named after a town
("Kharkiv University", "the University of Mosul", "Gaza's Shifa hospital"), a town's or
region's administration ("the mayor of Lviv", "the Lagos State government", "the Odesa
regional administration"), state bodies named "<Country> <name> <Authority|Commission|...>"
("the Ghana Revenue Authority", "Zambia Police Service"), the press behind degree words
("Turkey's most respected daily"), ruling parties and coalitions, and the false friends they
must leave alone (clubs, people and private universities named after towns, sporting and
professional bodies). Every sentence is hand-written for this file (none comes from the
codebook or the gold sets) and is coded with the real model."""

import pytest
from tests.conftest import code, mentions

# (sentence, mention text, actor code): the phrase is one mention of that state and sector
MENTIONS = [
    ('Turkish warplanes bombed Duhok University overnight.', 'Duhok University', 'IRQEDU'),
    ('A Russian drone hit Sumy University on Sunday.', 'Sumy University', 'UKREDU'),
    ('Qatar paid for a new library at Mosul University.', 'Mosul University', 'IRQEDU'),
    ('Lecturers at Herat University were dismissed by the Taliban.', 'Herat University', 'AFGEDU'),
    ('Beijing offered scholarships to Karachi University graduates.',
     'Karachi University', 'PAKEDU'),
    ('The Syrian army shelled Idlib University last spring.', 'Idlib University', 'SYREDU'),
    ('Germany renewed its partnership with the University of Mosul.',
     'University of Mosul', 'IRQEDU'),
    ('Ukrainian officials toured the bombed University of Kharkiv.',
     'University of Kharkiv', 'UKREDU'),
    ('Canada praised researchers at the University of Lahore.', 'University of Lahore', 'PAKEDU'),
    ('Saudi Arabia sent generators to Aleppo University Hospital.',
     'Aleppo University Hospital', 'SYRHLH'),
    ('Russian shells landed near Kherson regional hospital.',
     'Kherson regional hospital', 'UKRHLH'),
    ("Israeli troops surrounded Jenin's main hospital.", "Jenin's main hospital", 'PSEHLH'),
    ("The WHO delivered oxygen to Taiz's Al-Thawra hospital.",
     "Taiz's Al-Thawra hospital", 'YEMHLH'),
    ('Doctors at Mosul General Hospital appealed for help.', 'Mosul General Hospital', 'IRQHLH'),
    ('Jordan flew medicine to Khan Younis hospital.', 'Khan Younis hospital', 'PSEHLH'),
    ('The Ethiopian army took over Mekelle University.', 'Mekelle University', 'ETHEDU'),
    ('Japan built a wing of the University of Baghdad.', 'University of Baghdad', 'IRQEDU'),
    ('Turkey trained nurses from the University of Khartoum.', 'University of Khartoum', 'SDNEDU'),
    ('The mayor of Kharkiv accused Moscow of terror.', 'mayor of Kharkiv', 'UKRGOV'),
    ('Polish officials met the mayor of Lviv on Friday.', 'mayor of Lviv', 'UKRGOV'),
    ('The governor of Nineveh thanked the coalition.', 'governor of Nineveh', 'IRQGOV'),
    ('Gunmen kidnapped the governor of Zamfara State.', 'governor of Zamfara State', 'NGAGOV'),
    ('Russian soldiers seized the mayor of Nova Kakhovka.', 'mayor of Nova Kakhovka', 'UKRGOV'),
    ('The municipality of Mosul signed a deal with a Turkish firm.',
     'municipality of Mosul', 'IRQGOV'),
    ('The Karachi municipal government criticised Islamabad.',
     'Karachi municipal government', 'PAKGOV'),
    ('The Lagos State government sued the federal police.', 'Lagos State government', 'NGAGOV'),
    ("Kharkiv's regional administration reported heavy shelling.",
     "Kharkiv's regional administration", 'UKRGOV'),
    ('The Mosul city council condemned the Turkish strikes.', 'Mosul city council', 'IRQGOV'),
    ('The Izmir municipality welcomed Greek firefighters.', 'Izmir municipality', 'TURGOV'),
    ('Iranian officials met the Basra provincial council.', 'Basra provincial council', 'IRQGOV'),
    ('Russia sanctioned the Odesa regional administration.',
     'Odesa regional administration', 'UKRGOV'),
    ('The Kano State government closed schools after the attack.',
     'Kano State government', 'NGAGOV'),
    ('The Ghana Revenue Authority audited a Chinese mining firm.',
     'Ghana Revenue Authority', 'GHAGOV'),
    ('The Kenya Ports Authority leased a berth to a Chinese firm.',
     'Kenya Ports Authority', 'KENGOV'),
    ('The Uganda Revenue Authority sued an Indian trader.', 'Uganda Revenue Authority', 'UGAGOV'),
    ('The Zambia Police Service detained a Chinese businessman.',
     'Zambia Police Service', 'ZMBCOP'),
    ('The Ghana Police Service arrested two Nigerian traders.', 'Ghana Police Service', 'GHACOP'),
    ('The Malawi Electoral Commission invited European observers.',
     'Malawi Electoral Commission', 'MWIGOV'),
    ('The Rwanda Development Board signed a memorandum with Singapore.',
     'Rwanda Development Board', 'RWAGOV'),
    ('The Tanzania Revenue Authority fined a Kenyan transport firm.',
     'Tanzania Revenue Authority', 'TZAGOV'),
    ('The India Meteorological Department alerted Sri Lanka.',
     'India Meteorological Department', 'INDGOV'),
    ('The South African Revenue Service raided a Russian-owned company.',
     'South African Revenue Service', 'ZAFGOV'),
    ("Nigeria's Independent National Electoral Commission barred a candidate.",
     "Nigeria's Independent National Electoral Commission", 'NGAGOV'),
    ("Pakistan's Federal Investigation Agency questioned an Afghan diplomat.",
     "Pakistan's Federal Investigation Agency", 'PAKGOV'),
    ("The Uganda People's Defence Force crossed into South Sudan.",
     "Uganda People's Defence Force", 'UGAMIL'),
    ("Ghana's National Communications Authority suspended a radio station.",
     "Ghana's National Communications Authority", 'GHAGOV'),
    ("Reporters at Hungary's most respected weekly newspaper criticised the government.",
     "Hungary's most respected weekly newspaper", 'HUNMED'),
    ("Police raided the offices of Serbia's most watched private broadcaster.",
     "Serbia's most watched private broadcaster", 'SRBMED'),
    ("Georgia's government attacked the country's largest opposition broadcaster.",
     'opposition broadcaster', 'GEOMED'),
    ("Lawmakers from Hungary's ruling party met Russian officials.",
     "Lawmakers from Hungary's ruling party", 'HUNLEG'),
    ("Senior figures of Serbia's ruling party visited Moscow.", "Serbia's ruling party", 'SRBGOV'),
    ("India's ruling party accused China of aggression.", "India's ruling party", 'INDGOV'),
    ("Members of Poland's governing coalition criticised Brussels.",
     "Poland's governing coalition", 'POLGOV'),
    ('The ruling party in Turkey criticised Sweden.', 'ruling party in Turkey', 'TURGOV'),
    ("Zimbabwe's ruling party expelled a senior official.", "Zimbabwe's ruling party", 'ZWEGOV'),
]


@pytest.mark.parametrize(("sentence", "phrase", "expected"), MENTIONS)
def test_indirect_phrase_names_its_state(coder, sentence, phrase, expected):
    """The phrase is found as one mention, with the state it names indirectly."""
    found = mentions(coder, sentence)
    assert found.get(phrase, ("missing",))[0] == expected, found


# (sentence, name): a club, a person, a private university or a sporting or professional
# body named after a town or state is no state's organ: no mention shares a word with it
NOT_ACTORS = [
    ('Columbia University suspended two students on Monday.', 'Columbia University'),
    ('Boston University hosted a debate on Ukraine.', 'Boston University'),
    ('Manchester United signed a Brazilian winger.', 'Manchester United'),
    ('Manchester City fans attacked the police.', 'Manchester City'),
    ('Jack London wrote about the Klondike gold rush.', 'Jack London'),
    ('Florence Nightingale nursed British soldiers in Crimea.', 'Florence Nightingale'),
    ('The Pakistan Cricket Board criticised India.', 'Pakistan Cricket Board'),
    ('The Ghana Football Association thanked China.', 'Ghana Football Association'),
    ('The Kenya Airways board met in Nairobi.', 'Kenya Airways'),
    ('Paris Saint-Germain fans clashed with police.', 'Paris Saint-Germain'),
    ('Real Madrid players visited the refugee camp.', 'Real Madrid'),
    ('The Boston Celtics beat the Toronto Raptors.', 'Toronto Raptors'),
    ('Victoria hospital treated the injured workers.', 'Victoria hospital'),
    ('Cambridge University hosted the Ukrainian ambassador.', 'Cambridge University'),
    ('The governor of the central bank criticised the finance ministry.', 'central bank'),
    ('Georgia State University hosted Chinese students.', 'Georgia State University'),
    ('Ohio State University signed a research deal with Taiwan.', 'Ohio State University'),
    ('The British Medical Association criticised Israel.', 'British Medical Association'),
    ('The American Civil Liberties Union sued the government.', 'American Civil Liberties Union'),
    ('Bayern Munich beat Inter Milan in the final.', 'Bayern Munich'),
    # a leader's government named by the leader's name, which is also a town's
    ('The Santos government signed a peace deal with the FARC.', 'Santos government'),
    ('The Morales government expelled the American ambassador.', 'Morales government'),
]


@pytest.mark.parametrize(("sentence", "name"), NOT_ACTORS)
def test_false_friends_name_no_state(coder, sentence, name):
    """A town's or state's name inside another kind of name stands for nothing."""
    found = mentions(coder, sentence)
    words = set(name.split())
    assert not [m for m in found if words & set(m.split())], found


# (sentence, source code, CAMEO root, target code): the indirect phrase is a side of the act
EVENTS = [
    ('Russian troops shelled Kharkiv University last week.', 'RUSMIL', '19', 'UKREDU'),
    ('China donated medical equipment to Lahore University.', 'CHN', '07', 'PAKEDU'),
    ('France sent doctors to Aleppo University Hospital.', 'FRA', '07', 'SYRHLH'),
    ('The European Union funded Mosul University.', 'EUR', '07', 'IRQEDU'),
    ('Israeli forces raided Nablus hospital.', 'ISRMIL', '19', 'PSEHLH'),
    ('Iran expelled lecturers from Shiraz University.', 'IRN', '17', 'IRNEDU'),
    ('Turkey funded the Mogadishu University campus.', 'TUR', '07', 'SOMEDU'),
    ('The United States gave a grant to the University of Baghdad.', 'USA', '07', 'IRQEDU'),
    ('The mayor of Mosul accused Iran of meddling.', 'IRQGOV', '11', 'IRN'),
    ('The governor of Kharkiv accused Russia of shelling civilians.', 'UKRGOV', '11', 'RUS'),
    ('The Karachi city council appealed to the United Nations.', 'PAKGOV', '02', 'UNO'),
    ('China sent aid to the provincial government of Sindh.', 'CHN', '07', 'PAKGOV'),
    ('The governor of Basra met the Iranian ambassador.', 'IRQGOV', '04', 'IRNGOV'),
    ('Russian troops abducted the mayor of Melitopol.', 'RUSMIL', '18', 'UKRGOV'),
    ('The Odesa regional administration accused Russia of a missile strike.',
     'UKRGOV', '11', 'RUS'),
    ('Israel detained the mayor of Hebron.', 'ISR', '17', 'PSEGOV'),
    ('The governor of Kandahar met Pakistani officials.', 'AFGGOV', '04', 'PAKGOV'),
    ('The mayor of Lviv thanked Poland for the generators.', 'UKRGOV', '05', 'POL'),
    ('Chinese officials met the governor of Sindh province.', 'CHNGOV', '04', 'PAKGOV'),
    ('The Ghana Revenue Authority accused a Chinese company of tax evasion.',
     'GHAGOV', '11', 'CHNBUS'),
    ('The Uganda Revenue Authority met Chinese officials.', 'UGAGOV', '04', 'CHNGOV'),
    ('The Zambia Police Service arrested an opposition leader.', 'ZMBCOP', '17', 'ZMBOPP'),
    ('The South African Revenue Service investigated a Russian company.', 'ZAFGOV', '09', 'RUSBUS'),
    ('The India Meteorological Department warned Bangladesh.', 'INDGOV', '13', 'BGD'),
    ('The Tanzania Revenue Authority fined a Kenyan firm.', 'TZAGOV', '17', 'KENBUS'),
    ('The Rwanda Development Board signed a deal with Qatar.', 'RWAGOV', '05', 'QAT'),
    ("Reporters for Turkey's most trusted daily criticised the government.",
     'TURMED', '11', 'TURGOV'),
    ("India banned Pakistan's most popular television channel.", 'IND', '17', 'PAKMED'),
    ("Lawmakers from Poland's ruling party criticised Germany.", 'POLLEG', '11', 'DEU'),
    ("Legislators from Taiwan's ruling party met American officials.", 'TWNLEG', '04', 'USAGOV'),
    ("Vietnam's ruling party welcomed the Chinese delegation.", 'VNMGOV', '04', 'CHNGOV'),
    ("Members of Germany's governing coalition criticised Russia.", 'DEUGOV', '11', 'RUS'),
]


@pytest.mark.parametrize(("sentence", "source", "root", "target"), EVENTS)
def test_indirect_phrase_is_a_side(coder, sentence, source, root, target):
    """An act with the indirect phrase as its source or target is coded with both sides."""
    rows = code(coder, sentence)
    got = {(r["source_code"], r["cameo"][:2], r["target_code"]) for r in rows}
    assert (source, root, target) in got, got


# sentences whose only candidates are false friends: no event at all
NO_EVENTS = [
    'Manchester United signed a player from Real Madrid.',
    'Paris Saint-Germain beat Bayern Munich.',
    'Columbia University hosted the Iranian foreign minister.',
    'Jack London criticised Britain.',
    'The Pakistan Cricket Board criticised India.',
    'The Ghana Football Association thanked China.',
    'Chelsea criticised Russia.',
    'Aston Villa fans attacked the police.',
]


@pytest.mark.parametrize("sentence", NO_EVENTS)
def test_false_friends_code_no_event(coder, sentence):
    """Clubs, people and private or sporting bodies named after places act for no state."""
    assert code(coder, sentence) == []
