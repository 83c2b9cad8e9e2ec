"""Dates typed in the user's locale, with or without separators (issue 12 item 7)."""

from __future__ import annotations

from datetime import date

import pytest

from mesodesk.domain.typed_dates import order_of, parse_typed_date

TODAY = date(2026, 6, 1)


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("16091964", "dmy", date(1964, 9, 16)),
        ("16/09/1964", "dmy", date(1964, 9, 16)),
        ("16.9.64", "dmy", date(1964, 9, 16)),
        ("16 9 1964", "dmy", date(1964, 9, 16)),
        ("1964-09-16", "dmy", date(1964, 9, 16)),  # ISO in any locale
        ("09161964", "mdy", date(1964, 9, 16)),
        ("9/16/64", "mdy", date(1964, 9, 16)),
        ("19640916", "ymd", date(1964, 9, 16)),
        ("05.06.25", "dmy", date(1925, 6, 5)),  # a patient is at least 18: not 2025
        ("", "dmy", None),
    ],
)
def test_birth_dates(text, order, expected):
    assert parse_typed_date(text, order, TODAY, birth=True) == expected


@pytest.mark.parametrize("text", ["31021964", "16/13/1964", "abc", "1609", "16/09/19645"])
def test_not_a_date_says_why(text):
    with pytest.raises(ValueError):
        parse_typed_date(text, "dmy", TODAY, birth=True)


def test_two_digit_year_of_other_dates_is_the_nearest():
    assert parse_typed_date("01.02.27", "dmy", TODAY) == date(2027, 2, 1)


def test_order_of_locale_patterns():
    assert order_of("dd/MM/yyyy") == "dmy" and order_of("M/d/yy") == "mdy" and order_of("yyyy-MM-dd") == "ymd"
