import datetime as dt

import pytest
from tests.conftest import code

from accord.events.dates import is_before_news, resolve
from accord.events.modality import date_of
from accord.records import EventDate

PUB = dt.date(2025, 8, 21)  # a Thursday


@pytest.mark.parametrize("expr,value,precision", [
    ("On Wednesday", "2025-08-20", "day"),
    ("on Thursday", "2025-08-21", "day"),
    ("last Thursday", "2025-08-14", "day"),
    ("in January", "2025-01", "month"),
    ("in September", "2024-09", "month"),
    ("in 2022", "2022", "year"),
    ("last year", "2024", "year"),
    ("yesterday", "2025-08-20", "day"),
    ("on 3 March 2023", "2023-03-03", "day"),
    ("on March 3", "2025-03-03", "day"),
    ("in June 2019", "2019-06", "month"),
    ("two weeks ago", "2025-08-07", "day"),
    ("last month", "2025-07", "month"),
    ("moments ago", "2025-08-21", "day"),  # still the story's news
    ("a few hours ago", "2025-08-21", "day"),
    ("overnight", "2025-08-20", "day"),  # the night that ended on the publication day
    ("last night", "2025-08-20", "day"),
    ("this summer", "2025", "year"),
    ("last summer", "2024", "year"),  # the summer of 2025 has not ended by August 21
    ("last spring", "2025", "year"),
    ("next summer", "2026", "year"),
    ("in August of 2019", "2019-08", "month"),
])
def test_resolves_against_publication_date(expr, value, precision):
    assert resolve(expr, PUB) == EventDate(value, precision)


def test_future_weekday_and_month():
    assert resolve("on Monday", PUB, future=True).value == "2025-08-25"
    assert resolve("in March", PUB, future=True).value == "2026-03"


def test_no_publication_date_leaves_relative_dates_unresolved():
    assert resolve("on Wednesday", None) == EventDate(None, "unknown")
    assert resolve("last year", None) == EventDate(None, "unknown")
    assert resolve("in 2019", None) == EventDate("2019", "year")


def test_may_as_verb_is_not_a_month():
    assert resolve("may", PUB).value is None


def test_background_is_before_news_period():
    assert is_before_news(EventDate("2025-01", "month"), PUB)
    assert not is_before_news(EventDate("2025-08", "month"), PUB)
    assert not is_before_news(EventDate("2025-08-20", "day"), PUB)
    assert is_before_news(EventDate("2025-08-19", "day"), PUB)
    assert is_before_news(EventDate("2022", "year"), PUB)
    assert not is_before_news(EventDate("2022", "year"), None)


def test_that_year_refers_back_to_the_year_named_before():
    assert resolve("in May of that year", PUB, context_year=2019) == EventDate("2019-05",
                                                                                "month")
    assert resolve("the following year", PUB, context_year=2019) == EventDate("2020", "year")
    # not the publication year when nothing was named before
    assert resolve("in May of that year", PUB) == EventDate(None, "unknown")


# ------------------------------------------------------------ dates read from the parse
def _date(coder, text: str, word: str) -> EventDate:
    doc = coder.nlp(text)
    return date_of(next(t for t in doc if t.text == word), PUB)


@pytest.mark.parametrize("text,word,value", [
    # a non-finite clause takes the time of the clause it serves
    ("Last week, Chile stood with Peru to denounce Bolivia's flagrant violations of the treaty.",
     "denounce", "2025-08-14"),
    ("On June 3, Russia tried to protect itself by blocking a resolution condemning Belarus.",
     "condemning", "2025-06-03"),
    # a clause of the same time ("as") shares it
    ("Japan announced new aid to Korea today as its minister met the Korean envoy.", "met",
     "2025-08-21"),
    # an event noun's own date words, and a part in a dated event
    ("Chile was complicit in the March 4 raid on Peru.", "raid", "2025-03-04"),
    ("Chile was, in a broad sense, complicit in the March 4 raid on Peru.", "was",
     "2025-03-04"),
    ("Brazil praised Argentina's overnight strike on rebels.", "strike", "2025-08-20"),
    # a "when" clause that spells out its governor's time expression
    ("30 years ago, when Spain and Portugal met to sign the treaty, the king spoke.", "sign",
     "1995"),
    # a start date read under the object of a change ("from", "effective")
    ("The leaders agreed at their summit to make Kenya, Ghana, Chad, and the United Arab "
     "Emirates full members from March 1, 2026.", "make", "2026-03-01"),
    ("The council voted to make Kenya a member from March 1, 2026.", "make", "2026-03-01"),
    ("The bloc will impose tariffs on Chinese steel effective January 1, 2026.", "impose",
     "2026-01-01"),
    # "that year": the year named before, not the publication year
    ("Iran hosted the talks in 2019, and Iraq joined them in May of that year.", "joined",
     "2019-05"),
    ("Moments ago, Chile signed the pact with Peru.", "signed", "2025-08-21"),
    ("Kenya will host Uganda this summer.", "host", "2025"),
    # a complement with a date of its own keeps it
    ("On Monday, Iran agreed to send drones to Russia in 2026.", "send", "2026"),
    # "On Monday Germany …" parsed with the day as a compound of the subject
    ("On Monday Germany condemned Iran.", "condemned", "2025-08-18"),
])
def test_date_read_from_the_parse(coder, text, word, value):
    assert _date(coder, text, word).value == value


@pytest.mark.parametrize("text,word", [
    # a finite reported clause does not take the reporting verb's date
    ("On Monday Iran said it had sent drones to Russia.", "sent"),
    # a present under a past clause goes on up to the news
    ("In May, Russia shielded Syria as Iran supplies drones to Russia.", "supplies"),
    # a perfect is earlier than the clause it hangs from
    ("Today, Chile stood with Peru, having already signed the pact with Bolivia.", "signed"),
])
def test_date_not_inherited(coder, text, word):
    assert _date(coder, text, word).value is None


def test_moments_ago_is_news_not_background(coder):
    rows = code(coder, "Moments ago, Chile signed a trade agreement with Peru.")
    hits = [r for r in rows if r["source_country"] == "CHL" and r["target_country"] == "PER"]
    assert hits and all(r["event_date"] == "2025-08-21" and not r["background"] for r in hits)


def test_a_nominal_event_keeps_its_own_date_under_a_dated_verb(coder):
    rows = code(coder, "On Monday, Germany condemned Iran's October 7 attack on Israel.")
    attack = [r for r in rows if r["source_country"] == "IRN" and r["target_country"] == "ISR"]
    condemn = [r for r in rows if r["source_country"] == "DEU"]
    assert attack and all(r["event_date"] == "2024-10-07" and r["background"] for r in attack)
    assert condemn and all(r["event_date"] == "2025-08-18" for r in condemn)
