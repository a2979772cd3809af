"""The window's language: which one the desktop asks for, loading it, and dates, numbers, sizes and
durations written the way each locale writes them."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from iam_desktop.ui.i18n import (
    LANGUAGES,
    chosen_language,
    day_and_month,
    format_clock,
    format_date,
    format_datetime,
    format_duration,
    format_number,
    format_size,
    install_language,
    month_name,
    system_language,
    translate,
)

DAY = date(2026, 12, 2)


@pytest.fixture
def language(qapp):
    """Installs a language for one test and puts English back afterwards."""
    yield lambda code, env=None: install_language(code, environ=env or {})
    install_language("en", environ={})


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({"LANG": "zu_ZA.UTF-8"}, "zu"),
        ({"LANG": "af_ZA.UTF-8"}, "af"),
        ({"LANGUAGE": "de:en", "LANG": "fr_FR.UTF-8"}, "de"),  # LANGUAGE first, as gettext reads it
        ({"LANGUAGE": "nl:fr", "LANG": "nl_NL.UTF-8"}, "fr"),  # the first shipped one in the list
        ({"LC_ALL": "pt_BR.UTF-8", "LANG": "en_US.UTF-8"}, "pt"),
        ({"LC_MESSAGES": "es_ES.UTF-8", "LANG": "en_GB.UTF-8"}, "es"),
        ({"LANGUAGE": "de", "LANG": "C"}, "en"),  # gettext ignores LANGUAGE under the C locale
        ({"LANG": "ja_JP.UTF-8"}, "en"),  # not shipped: English
    ],
)
def test_the_desktop_language_is_followed(environ, expected):
    assert system_language(environ) == expected


def test_the_setting_wins_over_the_desktop():
    assert chosen_language("af", {"LANG": "de_DE.UTF-8"}) == "af"
    assert chosen_language("system", {"LANG": "de_DE.UTF-8"}) == "de"
    assert chosen_language("xx", {"LANG": "fr_FR.UTF-8"}) == "fr"


def test_every_language_ships_and_loads(language):
    for code in LANGUAGES:
        assert language(code) == code
    assert language("xx") == "en"


def test_dates_and_numbers_follow_the_locale(language):
    moment = datetime(2026, 12, 2, 14, 5)
    language("en", {"LANG": "en_US.UTF-8"})
    assert format_date(DAY, long=True) == "Wednesday, December 2, 2026"
    assert day_and_month(DAY) == "December 2"
    assert "2:05" in format_datetime(moment) and "PM" in format_datetime(moment)
    assert format_number(1234.5, 1) == "1,234.5"
    language("de")
    assert format_date(DAY, long=True) == "Mittwoch, 2. Dezember 2026"
    assert day_and_month(DAY) == "2. Dezember"
    assert format_date(DAY) == "02.12.26"
    assert "14:05" in format_datetime(moment)
    assert format_number(1234.5, 1) == "1.234,5"
    assert format_size(2_400_000) == "2,4 MB"
    assert format_clock(65.34, 1) == "1:05,3"
    language("fr")
    assert month_name(12) == "décembre"
    assert day_and_month(DAY) == "2 décembre"
    assert format_number(1234.5, 1).replace("\u202f", " ").replace("\xa0", " ") == "1 234,5"
    language("zu")
    assert month_name(12) == "Disemba"
    language("af")
    assert month_name(12) == "Desember"
    language("en", {"LANG": "de_AT.UTF-8"})  # English words: the desktop's locale only if it speaks English
    assert format_number(1234.5, 1) == "1,234.5"
    language("de", {"LANG": "de_AT.UTF-8"})  # German words in Austria's locale
    assert month_name(1) == "Jänner"


def test_positions_stay_clock_shaped_in_every_language(language):
    for code in LANGUAGES:
        language(code)
        assert format_clock(3725) == "1:02:05"
        assert format_clock(59.6) == "0:59"


def test_durations_and_plurals_come_from_the_translation(language):
    language("en")
    assert format_duration(45) == "45 s"
    assert format_duration(4800) == "1 h 20 min"
    assert format_size(1) == "1 byte"
    assert format_size(500) == "500 bytes"
    language("de")
    assert format_duration(4800) == "1 Std. 20 Min."
    assert format_size(1) == "1 Byte"
    assert translate("Units", "%n bytes", None, 2) == "2 Bytes"
