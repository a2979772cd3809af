"""Optional crash reports to a Sentry-compatible server (sentry-sdk): OFF unless the settings switch them
on (`crash_reports` and `crash_report_dsn`). What is sent is scrubbed by `scrub_event` (before_send):
no local variables, no breadcrumbs (they are log lines), no extra data, no user or host name; paths under
the home or data folder are shortened to `~` and `<data>`, quoted text in messages (transcript text,
titles, file names) becomes `<text>`, and every remembered secret is redacted. sentry-sdk is imported
only when the reports are switched on."""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from iam_desktop import __version__
from iam_desktop.paths import DataPaths
from iam_desktop.redaction import redact
from iam_desktop.settings import Settings

if TYPE_CHECKING:  # sentry-sdk itself is imported only when the reports are switched on
    from sentry_sdk.types import Event, Hint

log = logging.getLogger(__name__)

#: what is kept of an event's top level; everything else is dropped
_KEPT_KEYS = {
    "event_id", "timestamp", "level", "platform", "logger", "release", "environment", "dist", "sdk",
    "exception", "threads", "logentry", "message", "contexts", "tags", "fingerprint", "transaction", "type",
}  # fmt: skip
#: the contexts that describe the software, not the user
_KEPT_CONTEXTS = {"os", "runtime", "trace", "device"}
#: fields of a stack frame that are kept (no "vars": local variables hold transcripts, titles, keys; no
#: "abs_path": it names the user's folders; "filename" is relative to the package folder)
_KEPT_FRAME = {"filename", "module", "function", "lineno", "colno", "in_app", "context_line",
               "pre_context", "post_context"}  # fmt: skip
_QUOTED = re.compile(r"'[^'\n]*'|\"[^\"\n]*\"|“[^”\n]*”|‘[^’\n]*’|«[^»\n]*»")
#: a path: from its start (absolute, POSIX or Windows, or in the home or data folder) up to what ends a
#: path in a message (":", ";", ",", brackets, quotes, the end of the line) — spaces included
_PATH = re.compile(r"(?<![\w.])(?:[A-Za-z]:\\|~/|<data>|/)[^\n:;,()\[\]'\"]*")
#: longest text kept of a message
_MAX_TEXT = 300


def make_scrubber(paths: DataPaths | None) -> Callable[[Event, Hint], Event | None]:
    """The before_send function for these data paths (see the module doc)."""
    data = str(paths.root) if paths is not None else None
    home = str(Path.home())

    def shorten_path(text: str) -> str:
        if data:
            text = text.replace(data, "<data>")
        return text.replace(home, "~") if home and home != "/" else text

    def scrub_text(text: str) -> str:
        text = redact(str(text))
        text = shorten_path(text)
        text = _QUOTED.sub("<text>", text)
        text = _PATH.sub("<path>", text)
        return text if len(text) <= _MAX_TEXT else text[:_MAX_TEXT] + "…"

    def scrub_frames(holder: dict) -> None:
        stack = holder.get("stacktrace")
        if not isinstance(stack, dict):
            return
        frames = []
        for frame in stack.get("frames") or []:
            kept = {k: v for k, v in frame.items() if k in _KEPT_FRAME}
            for key in ("filename", "context_line"):
                if isinstance(kept.get(key), str):
                    kept[key] = shorten_path(redact(kept[key]))
            frames.append(kept)
        holder["stacktrace"] = {"frames": frames}

    def scrub(event: Event, _hint: Hint | None = None) -> Event | None:
        try:
            clean: dict[str, Any] = {k: v for k, v in event.items() if k in _KEPT_KEYS}
            for holder in (clean.get("exception") or {}).get("values") or []:
                if isinstance(holder.get("value"), str):
                    holder["value"] = scrub_text(holder["value"])
                scrub_frames(holder)
            for holder in (clean.get("threads") or {}).get("values") or []:
                scrub_frames(holder)
            entry = clean.get("logentry")
            if isinstance(entry, dict):
                message = entry.get("formatted") or entry.get("message") or ""
                clean["logentry"] = {"message": scrub_text(message)}
            if isinstance(clean.get("message"), str):
                clean["message"] = scrub_text(clean["message"])
            contexts = clean.get("contexts")
            if isinstance(contexts, dict):
                clean["contexts"] = {k: v for k, v in contexts.items() if k in _KEPT_CONTEXTS}
            return cast("Event", clean)  # built key by key from an Event: still one
        except Exception:  # never send what could not be scrubbed
            log.exception("a crash report could not be scrubbed; it is not sent")
            return None

    return scrub


def enable(settings: Settings, paths: DataPaths | None) -> bool:
    """Start sending crash reports if the settings say so (crash_reports on and a DSN given). Returns
    whether they are on. Never raises: a missing sentry-sdk or a bad DSN is logged."""
    dsn = (settings.crash_report_dsn or "").strip()
    if not settings.crash_reports or not dsn:
        return False
    try:
        import sentry_sdk
        from sentry_sdk.integrations.logging import LoggingIntegration
    except ImportError:
        log.warning("crash reports are switched on but sentry-sdk is not installed")
        return False
    try:
        sentry_sdk.init(
            dsn=dsn,
            release=f"iam-desktop@{__version__}",
            before_send=make_scrubber(paths),
            before_breadcrumb=lambda _crumb, _hint: None,
            max_breadcrumbs=0,
            send_default_pii=False,
            include_local_variables=False,
            server_name="",
            traces_sample_rate=0.0,
            auto_session_tracking=False,
            # unhandled errors only: the log's own ERROR lines are not sent (they can name files)
            integrations=[LoggingIntegration(level=None, event_level=None)],
        )
    except Exception as exc:  # a malformed DSN: the app runs on without reports
        log.warning("crash reports could not be switched on: %s", exc)
        return False
    log.info("crash reports are on")
    return True


def disable() -> None:
    """Flush and stop sending (at exit, or when the setting is switched off)."""
    import sys

    sentry_sdk = sys.modules.get("sentry_sdk")
    if sentry_sdk is None:
        return
    client = sentry_sdk.get_client()
    if client.is_active():
        client.close(timeout=2.0)
