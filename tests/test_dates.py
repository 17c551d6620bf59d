import datetime as dt

import pytest

from accord.events.dates import is_before_news, resolve
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
