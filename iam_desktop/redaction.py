"""Keeping secret values out of every message, log line and stored error (stdlib only, Qt-free).

Every secret the app uses (API keys read from the keyring or the environment) is passed to
`remember_secret`; `redact` then replaces each remembered value in any text by "[redacted]" — the value
itself, its escaped forms as they appear inside repr()/ascii()/json.dumps() of strings (a key with a
zero-width space shows as `…\\u200b` in an exception's repr), and whole tokens that are evidently the
secret: a token sharing its first 8+ characters with a remembered value (a provider echoing the key back,
possibly truncated or masked, `sk-proj-abc…****wxyz`), or a masked token (`*`, `…`, `...`) sharing its
first or last 4+ characters with one (`gsk_…wxyz`). `RedactingFilter` applies `redact` to log records;
attach it to every handler (a logger's filters do not see records propagated from child loggers).
"""

from __future__ import annotations

import json
import logging
import re
import threading
import unicodedata

REDACTED = "[redacted]"

#: values shorter than this are not remembered (they would redact ordinary words)
_MIN_SECRET = 8
#: a token sharing this many leading characters with a secret is taken for (part of) that secret
_PREFIX = 8
#: a masked token sharing this many leading or trailing characters with a secret is taken for it
_MASKED_AFFIX = 4

# a "token": a run of characters that cannot end a key in a message (quotes, brackets, separators do)
_TOKEN = re.compile(r"""[^\s'"`,;:=()\[\]{}<>|]+""")
_MASK = re.compile(r"\*{2,}|…|\.\.\.|x{4,}|X{4,}")

_lock = threading.Lock()
_secrets: set[str] = set()
_pattern: re.Pattern[str] | None = None  # every remembered value in every written form, longest first
# (leading 8, leading 4, trailing 4 characters) of every form: how partial echoes are recognised
_affixes: tuple[frozenset[str], frozenset[str], frozenset[str]] = (frozenset(), frozenset(), frozenset())


def _escaped_once(value: str) -> set[str]:
    """`value` as it reads inside the usual string escapings (without the surrounding quotes)."""
    forms = {
        value,
        repr(value)[1:-1],
        ascii(value)[1:-1],
        json.dumps(value)[1:-1],
        json.dumps(value, ensure_ascii=False)[1:-1],
        value.encode("unicode_escape").decode("ascii"),
        repr(value.encode("utf-8", "backslashreplace"))[2:-1],
        value.encode("ascii", "xmlcharrefreplace").decode("ascii"),
    }
    return {form for form in forms if form}


def _all_forms(value: str) -> set[str]:
    """`value` escaped up to twice (a repr stored in JSON, a JSON body inside a repr)."""
    forms: set[str] = set()
    for once in _escaped_once(value):
        forms |= _escaped_once(once)
    return forms


def _core(value: str) -> str:
    """`value` without whitespace and invisible (format) characters: how it reads once cleaned."""
    return "".join(ch for ch in value if not ch.isspace() and unicodedata.category(ch) != "Cf")


def remember_secret(value: str) -> None:
    """Redact `value` (and its cleaned form, without whitespace or invisible characters) from now on,
    process-wide. Values shorter than 8 characters (no key is: see secrets.clean_key) are ignored, so that
    ordinary words are never taken for secrets. Thread-safe."""
    global _pattern, _affixes
    if not isinstance(value, str):
        return
    new = {v for v in (value, value.strip(), _core(value)) if len(v) >= _MIN_SECRET} - _secrets
    if not new:
        return
    with _lock:
        _secrets.update(new)
        forms: set[str] = set()
        for secret in _secrets:
            forms |= _all_forms(secret)
        ordered = sorted(forms, key=len, reverse=True)
        pattern = re.compile("|".join(re.escape(form) for form in ordered))
        affixes = (
            frozenset(f[:_PREFIX] for f in forms if len(f) >= _PREFIX),
            frozenset(f[:_MASKED_AFFIX] for f in forms if len(f) >= _PREFIX),
            frozenset(f[-_MASKED_AFFIX:] for f in forms if len(f) >= _PREFIX),
        )
        _pattern, _affixes = pattern, affixes


def forget_secrets() -> None:
    """Forget every remembered secret (a test's end; nothing in the app forgets a key while it runs)."""
    global _pattern, _affixes
    with _lock:
        _secrets.clear()
        _pattern, _affixes = None, (frozenset(), frozenset(), frozenset())


def _is_secret_token(token: str, affixes: tuple[frozenset[str], frozenset[str], frozenset[str]]) -> bool:
    leading8, leading4, trailing4 = affixes
    if token[:_PREFIX] in leading8:
        return True
    return _MASK.search(token) is not None and (
        token[:_MASKED_AFFIX] in leading4 or token[-_MASKED_AFFIX:] in trailing4
    )


def redact(text: str) -> str:
    """`text` with every remembered secret (in any written form, or echoed partially) replaced by
    "[redacted]". Never raises; returns `text` unchanged when nothing is remembered."""
    if not isinstance(text, str):
        text = str(text)
    pattern, affixes = _pattern, _affixes
    if pattern is None or not text:
        return text
    text = pattern.sub(REDACTED, text)
    return _TOKEN.sub(lambda m: _redact_token(m.group(), affixes), text)


def _redact_token(token: str, affixes: tuple[frozenset[str], frozenset[str], frozenset[str]]) -> str:
    end = "." if token.endswith(".") and not token.endswith("..") else ""  # a sentence's full stop
    return REDACTED + end if _is_secret_token(token, affixes) else token


class RedactingFilter(logging.Filter):
    """Redacts a record's final message (msg % args), its formatted exception and stack text.

    Attach to handlers (`handler.addFilter(RedactingFilter())`), so records of every logger pass it.
    Never drops a record.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # a bad format string: keep what can be shown
            message = f"{record.msg!r} % {record.args!r}"
        record.msg, record.args = redact(message), None
        if record.exc_info and record.exc_info[0] is not None:
            if not record.exc_text:
                record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True
