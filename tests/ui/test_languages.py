"""Seven languages, complete: every message of every shipped .ts file is translated and keeps its
placeholders and shortcut letter; and in each language the window's main states, its menus and dialogs show
no English text — a text still the same as in English is either the user's own data, a name, or a word the
translation itself keeps (e.g. "Export" is German too)."""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET

import pytest
from helpers import REPO
from window_walk import close_other_windows, open_demo_window, screenshots_module, visible_texts, walk_states

from iam_desktop.ui.i18n import LANGUAGES, install_language

sys.path.insert(0, str(REPO / "tools"))
try:
    import translations
finally:
    sys.path.remove(str(REPO / "tools"))

#: names and technical words that are the same in every language
NAMES = {
    "IAM", "Desktop", "OpenAI", "Whisper", "Stripe", "PayGate", "Stitch", "Wasabi", "DigitalOcean", "Spaces",
    "AWS", "Amazon", "Backblaze", "Cloudflare", "MinIO", "Google", "Cloud", "Storage", "Orca", "Linux",
    "Ctrl", "Shift", "Alt", "Del", "Delete", "Space", "Esc", "Enter", "Return", "Tab", "Home", "End", "PgUp",
    "PgDown", "Ins", "Backspace", "DOCX", "PDF", "SRT", "VTT", "TXT", "JSON", "CSV", "WebVTT", "SubRip",
    "Markdown", "Word", "USD", "ZAR", "API", "URL", "ID", "Pro", "Business", "Free", "Plus", "Team",
    "faster", "whisper", "tiny", "base", "small", "medium", "large", "turbo", "distil", "Enterprise",
    "English", "Afrikaans", "isiZulu", "Deutsch", "Français", "Español", "Português", "sk", "proj",
    "kHz", "Hz", "min", "dB", "ms", "LUFS", "MP3", "WAV", "FLAC", "M4A", "OGG", "Opus", "gpt", "transcribe",
    "mini", "iam", "desktop", "com", "https", "http", "www", "example", "PortAudio", "PulseAudio", "org",
    "json", "east", "west", "central",
}


def data_words() -> set[str]:
    """Every word of the demo library: titles, transcripts, languages' names of recordings."""
    shots = screenshots_module()
    words: set[str] = set()
    for text in [*shots.INTERVIEW, *(title for title, _days, _lang in shots.TITLES)]:
        words.update(re.findall(r"[^\W\d_]+", text))
    return words


def _bare(text: str) -> str:
    """A text without what a label adds around its words (a trailing colon or "…")."""
    return text.strip().rstrip(":…").strip()  # ("Format :" in French)


def is_english_leftover(text: str, allowed: list[re.Pattern[str]], data: set[str]) -> bool:
    """True when `text` reads as English words that are neither data nor names nor kept by the
    translation itself (`allowed`: the patterns of the sources a language keeps as they are)."""
    if any(pattern.fullmatch(_bare(text)) for pattern in allowed):
        return False
    words = [w for w in re.findall(r"[^\W\d_]+", text) if len(w) >= 3]
    return any(w not in data and w not in NAMES for w in words)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_and_keeps_its_placeholders(language):
    tree = ET.parse(translations.ts_path(language))
    assert len(translations.messages(tree)) > 500  # the whole window, not a sample
    assert translations.problems(language, tree) == []


def test_the_compiled_translations_are_up_to_date():
    for language in LANGUAGES:
        ts, qm = translations.ts_path(language), translations.qm_path(language)
        fresh = qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime
        assert fresh, f"run `make translations` ({qm.name})"


def test_the_sources_are_all_extracted(tmp_path):
    """The .ts files hold every string the code marks (lupdate run again finds nothing new)."""
    saved = translations.TS_DIR
    translations.TS_DIR = tmp_path
    try:
        translations.lupdate(translations.source_files(), translations.ts_path("de"), "de")
        fresh = {(m.context, m.source) for m in translations.messages(ET.parse(translations.ts_path("de")))}
    finally:
        translations.TS_DIR = saved
    shipped = {(m.context, m.source) for m in translations.messages(ET.parse(translations.ts_path("de")))}
    assert fresh - shipped == set(), "run `python tools/translations.py update` and translate the new strings"


def _same_in(language: str) -> list[re.Pattern[str]]:
    """The texts the translation of `language` keeps as they are in English, as patterns (a placeholder
    matches anything)."""
    same = []
    for m in translations.messages(ET.parse(translations.ts_path(language))):
        source = _bare(m.source.replace("&", ""))
        if m.forms and all(_bare(form.replace("&", "")) == source for form in m.forms):
            parts = re.split(r"\{[a-z_0-9]*\}|%n", source)
            same.append(re.compile(".*".join(re.escape(part) for part in parts), re.DOTALL))
    return same


def _collect(window, shots, qtbot) -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    for state, root in walk_states(window, shots, qtbot):
        found.setdefault(state, set()).update(text for _where, text in visible_texts(root))
    return found


@pytest.mark.slow
def test_no_english_is_left_in_any_language(qtbot, tmp_path):
    data = data_words()
    install_language("en", environ={})
    running, shots = open_demo_window(qtbot, tmp_path / "en")
    try:
        english = _collect(running.window, shots, qtbot)
    finally:
        close_other_windows(running.window)
        running.close()
    leftovers: dict[str, list[str]] = {}
    try:
        for language in [code for code in LANGUAGES if code != "en"]:
            install_language(language, environ={})
            running, shots = open_demo_window(qtbot, tmp_path / language)
            try:
                shown = _collect(running.window, shots, qtbot)
            finally:
                close_other_windows(running.window)
                running.close()
            allowed = _same_in(language)
            for state, texts in shown.items():
                for text in sorted(texts & english.get(state, set())):
                    if is_english_leftover(text, allowed, data):
                        leftovers.setdefault(language, []).append(f"{state}: {text!r}")
            assert shown.keys() == english.keys()
    finally:
        install_language("en", environ={})
    report = "\n".join(f"{code}: {line}" for code, lines in leftovers.items() for line in lines)
    assert not leftovers, f"English left in the window:\n{report}"


def test_every_literal_translate_call_is_in_the_translations():
    """A call lupdate cannot read (a count given as len(x) or obj.attr, None, n=) is silently left out of
    the .ts files and shows English; this reads the code itself and finds such calls."""
    import ast

    shipped = {(m.context, m.source) for m in translations.messages(ET.parse(translations.ts_path("de")))}
    missing = []
    for path in translations.source_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or len(node.args) < 2:
                continue
            name = getattr(node.func, "id", None) or getattr(node.func, "attr", None)
            literal = all(isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args[:2])
            if name in ("translate", "QT_TRANSLATE_NOOP") and literal:
                context, text = node.args[0].value, node.args[1].value  # type: ignore[attr-defined]
                if (context, text) not in shipped:
                    missing.append(f"{path.name}:{node.lineno}: {text!r}")
    assert missing == []
