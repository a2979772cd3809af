"""The window's language: which one to show, loading its translations, and locale-aware formatting.

Every user-visible string of the window goes through `translate(context, text)` (Qt's translation
system: `pyside6-lupdate` finds the calls, `make` turns the `.ts` sources in resources/translations into
`.qm` files shipped in the package). Placeholders are Python's named ones (`{name}`), filled after
translation with `.format`; plurals use Qt's `%n` with `n=`. Dates, times, numbers, sizes and durations
shown in the window come from the `format_*` functions here, in the chosen locale. The CLI stays English.
"""

from __future__ import annotations

import contextlib
import importlib.resources
import logging
import os
from collections.abc import Iterator, Mapping
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLibraryInfo, QLocale, QTime, QTranslator

from iam_desktop import timefmt
from iam_desktop.languages import LANGUAGES as SPOKEN_LANGUAGES

log = logging.getLogger(__name__)

#: the shipped languages, each by its own name (as the Language setting lists them)
LANGUAGES: Mapping[str, str] = {
    "en": "English",
    "af": "Afrikaans",
    "zu": "isiZulu",
    "de": "Deutsch",
    "fr": "Français",
    "es": "Español",
    "pt": "Português",
}
#: the locale a language is formatted in when the desktop's own locale speaks another language
_DEFAULT_TERRITORY = {
    "en": "en_US",
    "af": "af_ZA",
    "zu": "zu_ZA",
    "de": "de_DE",
    "fr": "fr_FR",
    "es": "es_ES",
    "pt": "pt_PT",
}
SOURCE_LANGUAGE = "en"
#: translators installed by `install_language` (kept alive: Qt does not own them)
_installed: list[QTranslator] = []


def translate(context: str, text: str, disambiguation: str = "", n: int = -1) -> str:
    """`text` in the window's language. `context` is a literal naming where the text is used (lupdate
    reads it); `n` chooses the plural form of a text with `%n`, which is replaced by the number. lupdate
    reads only `translate("ctx", "text")` and `translate("ctx", "text", "", n)` (no None, no keyword)."""
    return QCoreApplication.translate(context, text, disambiguation or None, n)


def _env_languages(environ: Mapping[str, str]) -> Iterator[str]:
    """Language codes from the POSIX variables, in the order gettext reads them."""
    if environ.get("LANGUAGE") and environ.get("LANG", "C") not in ("C", "POSIX", ""):
        yield from environ["LANGUAGE"].split(":")
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if environ.get(name):
            yield environ[name]
            return


def _code(locale_name: str) -> str:
    """"de_AT.UTF-8" → "de"; "pt-BR" → "pt"; "C" → ""."""
    return locale_name.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()


def system_language(environ: Mapping[str, str] | None = None) -> str:
    """The first shipped language the desktop asks for: on Linux from LANGUAGE/LC_ALL/LC_MESSAGES/LANG,
    elsewhere from the OS's UI languages; English when none of them is shipped."""
    env = os.environ if environ is None else environ
    wanted = list(_env_languages(env))
    if not wanted:
        wanted = list(QLocale.system().uiLanguages())
    for name in wanted:
        if _code(name) in LANGUAGES:
            return _code(name)
    return SOURCE_LANGUAGE


def chosen_language(setting: str, environ: Mapping[str, str] | None = None) -> str:
    """The language to show for the General → Language setting ("system" follows the desktop)."""
    return setting if setting in LANGUAGES else system_language(environ)


def _locale_for(language: str, environ: Mapping[str, str] | None) -> QLocale:
    """The desktop's own locale when it speaks `language` (so de_AT keeps Austrian dates), else the
    language's usual one."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_TIME", "LANG"):
        value = env.get(name, "")
        if value and _code(value) == language:
            return QLocale(value.split(".")[0])
    if environ is None and QLocale.system().name().split("_")[0] == language:
        return QLocale.system()
    return QLocale(_DEFAULT_TERRITORY[language])


@contextlib.contextmanager
def _translation_file(name: str) -> Iterator[str | None]:
    """The path of a shipped .qm file while the context is open (None when it is not there)."""
    resource = importlib.resources.files("iam_desktop.resources").joinpath("translations", name)
    if not resource.is_file():
        yield None
        return
    with importlib.resources.as_file(resource) as path:
        yield str(path)


def translation_available(language: str) -> bool:
    """True when the compiled translations of `language` ship with the package (English needs none
    for the words, but its plural forms come from its own file too)."""
    with _translation_file(f"iam_desktop_{language}.qm") as path:
        return path is not None


def install_language(language: str, environ: Mapping[str, str] | None = None) -> str:
    """Show the window in `language` (a LANGUAGES code; anything else falls back to English): loads the
    app's translations and Qt's own (button box, text field menus) and sets the default locale for
    formatting. Replaces a language installed before. Returns the code actually installed."""
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs a QCoreApplication")
    if language not in LANGUAGES:
        language = SOURCE_LANGUAGE
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    with _translation_file(f"iam_desktop_{language}.qm") as path:
        ours = QTranslator(app)
        if path is not None and ours.load(path):
            app.installTranslator(ours)
            _installed.append(ours)
        else:
            log.warning("no translations for %s: the window shows English", language)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in (f"qtbase_{language}", f"qtbase_{_DEFAULT_TERRITORY[language]}"):
        qt = QTranslator(app)
        if qt.load(name, qt_dir):
            app.installTranslator(qt)
            _installed.append(qt)
            break
    QLocale.setDefault(_locale_for(language, environ))
    return language


def current_locale() -> QLocale:
    """The locale the window formats in (set by `install_language`)."""
    return QLocale()


def format_date(day: date | datetime, long: bool = False) -> str:
    """A day in the window's locale: 02/12/2026 or 2 December 2026 (`long`)."""
    qdate = QDate(day.year, day.month, day.day)
    fmt = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return QLocale().toString(qdate, fmt)


def format_time(moment: datetime) -> str:
    """A time of day in the window's locale, to the minute: 14:05 or 2:05 PM."""
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def format_datetime(moment: datetime, long: bool = False) -> str:
    """A day and a time in the window's locale."""
    qdt = QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute, moment.second)
    )
    if long:
        return f"{format_date(moment, long=True)} {format_time(moment)}"
    return QLocale().toString(qdt, QLocale.FormatType.ShortFormat)


def month_name(month: int) -> str:
    """A month's full name in the window's locale (1 = January), standing alone."""
    return QLocale().standaloneMonthName(month, QLocale.FormatType.LongFormat)


def day_and_month(day: date | datetime) -> str:
    """A day of the year without the year, in the window's locale: "2 December", "December 2"."""
    fmt = QLocale().dateFormat(QLocale.FormatType.LongFormat)
    parts = [part for part in _split_format(fmt) if part[0] != "y" and not part.startswith("dddd")]

    def filler(part: str) -> bool:  # a separator or a quoted word ("de" in "d 'de' MMMM 'de' y")
        return part.startswith("'") or not part.strip(" ,.")

    while parts and filler(parts[-1]):
        parts.pop()
    while parts and filler(parts[0]):
        parts.pop(0)
    text = QLocale().toString(QDate(day.year, day.month, day.day), "".join(parts)).strip(" ,")
    return text or format_date(day)


def _split_format(fmt: str) -> list[str]:
    """A Qt date format cut into runs of the same letter (quoted literals kept whole)."""
    parts: list[str] = []
    i = 0
    while i < len(fmt):
        if fmt[i] == "'":
            end = fmt.find("'", i + 1)
            end = len(fmt) - 1 if end < 0 else end
            parts.append(fmt[i : end + 1])
            i = end + 1
            continue
        j = i
        while j < len(fmt) and fmt[j] == fmt[i]:
            j += 1
        parts.append(fmt[i:j])
        i = j
    return parts


def format_number(value: float, decimals: int = 0) -> str:
    """A number in the window's locale: 1,234.5 / 1 234,5 / 1.234,5."""
    if decimals == 0:
        return QLocale().toString(int(round(value)))
    return QLocale().toString(float(value), "f", decimals)


def format_size(size_bytes: int) -> str:
    """A size in decimal units in the window's locale: 2.4 MB, 2,4 MB."""
    size = float(max(0, size_bytes))
    if size < 1000:
        count = int(size)
        return translate("Units", "%n bytes", "", count)
    for unit in ("kB", "MB", "GB", "TB"):
        size /= 1000
        if size < 1000 or unit == "TB":
            return f"{format_number(size, 1 if size < 10 else 0)} {unit}"
    raise AssertionError("unreachable")


def format_clock(seconds: float, digits: int = 0) -> str:
    """A position or duration as M:SS or H:MM:SS (the same in every language), with the locale's
    decimal point when `digits` asks for tenths."""
    text = timefmt.clock(seconds, digits)
    point = QLocale().decimalPoint()
    return text.replace(".", point) if digits and point != "." else text


def format_duration(seconds: float) -> str:
    """A length in words for the window: "45 s", "3 min", "1 h 20 min" (units translated)."""
    total = max(0, int(seconds))
    if total < 60:
        return translate("Units", "{count} s").format(count=format_number(total))
    hours, rest = divmod(total, 3600)
    minutes = rest // 60
    if not hours:
        return translate("Units", "{count} min").format(count=format_number(minutes))
    if not minutes:
        return translate("Units", "{count} h").format(count=format_number(hours))
    return translate("Units", "{hours} h {minutes} min").format(
        hours=format_number(hours), minutes=format_number(minutes)
    )


#: a spoken language's own name where Qt's is not the plain one ("American English", "简体中文")
_OWN_NAMES = {**LANGUAGES, "zh": "中文", "no": "Norsk"}


def spoken_language_name(code: str) -> str:
    """A spoken language's name (pickers, library rows, the transcript's header): in an English window
    its English name ("German"); in any other, the language's own name from Qt's locale data ("Deutsch",
    "Italiano", "日本語"), which readers of that language recognise whatever the window's language."""
    if QLocale().language() in (QLocale.Language.C, QLocale.Language.English):
        return SPOKEN_LANGUAGES.get(code, code)
    if code in _OWN_NAMES:
        return _OWN_NAMES[code]
    locale = QLocale(code)
    if locale.language() == QLocale.Language.C:
        return SPOKEN_LANGUAGES.get(code, code)
    name = locale.nativeLanguageName()
    return name[:1].upper() + name[1:] if name else SPOKEN_LANGUAGES.get(code, code)
