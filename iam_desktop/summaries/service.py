"""Making a summary of a recording and keeping it: the transcript read from the library, the offline or
the cloud summariser chosen (the cloud one when a key is set and the user has not asked for offline; the
offline one when there is no key, or when the cloud cannot be reached), the result stored with the
recording. The CLI's `summarize` and the window's Summary tab both call `generate_summary`."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from iam_desktop.errors import CloudUnavailable, IamError, NotConfigured
from iam_desktop.library.library import Library
from iam_desktop.settings import Settings, openai_base_url
from iam_desktop.summaries.model import PRESETS, Summary
from iam_desktop.transcript import Segment

log = logging.getLogger(__name__)


class NothingToSummarise(IamError):
    """The recording has no transcript yet (or no such recording)."""


@dataclass(frozen=True)
class SummaryRequest:
    """What to make.

    Attributes:
        recording_id: the recording whose current transcript is summarised.
        preset: one of model.PRESETS.
        offline: True: offline; False: the cloud (an error without a key); None: the cloud when a key is
            set and the settings do not prefer offline, else offline.
        model: the cloud model (None: the settings' summary_model).
        instruction: the user's own instruction added to the preset.
    """

    recording_id: int
    preset: str
    offline: bool | None = None
    model: str | None = None
    instruction: str | None = None


@dataclass(frozen=True)
class Generated:
    """A stored summary, and a note for the user (the cloud could not be reached: made offline), or None."""

    summary: Summary
    note: str | None = None


def transcript_segments(library: Library, recording_id: int) -> tuple[list[Segment], str | None]:
    """The current transcript's segments and language. Raises NothingToSummarise."""
    if library.get_recording(recording_id) is None:
        raise NothingToSummarise(f"no recording with ID {recording_id}")
    transcript = library.get_transcript(recording_id)
    if transcript is None:
        raise NothingToSummarise(f"recording {recording_id} has no transcript yet: transcribe it first")
    return list(transcript.segments), transcript.language


def cloud_key() -> str | None:
    """The OpenAI key when one is set (environment or keyring), else None; never raises for a missing
    keyring (then there is no key)."""
    from iam_desktop.secrets import openai_api_key

    try:
        key, _source = openai_api_key()
    except IamError as exc:
        log.info("no OpenAI key for summaries: %s", exc)
        return None
    return key


def generate_summary(
    library: Library,
    request: SummaryRequest,
    settings: Settings,
    *,
    on_text: Callable[[str], None] | None = None,
    on_restart: Callable[[], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
    key: Callable[[], str | None] = cloud_key,
) -> Generated:
    """Make the summary `request` asks for and store it with the recording. `on_text` hears the cloud
    summary's text as it streams in (and the offline one whole); `on_restart` that the text so far is to
    be dropped (a stream cut off and sent again). Raises NothingToSummarise, CloudRefused (a wrong key, no
    quota: never retried), Cancelled, ValueError for an unknown preset."""
    if request.preset not in PRESETS:
        raise ValueError(f"unknown preset {request.preset!r}: one of {', '.join(PRESETS)}")
    segments, language = transcript_segments(library, request.recording_id)
    made_from = library.summaries.current_transcript_id(request.recording_id)  # (a newer one makes it stale)
    offline = request.offline if request.offline is not None else settings.summary_offline
    api_key = None if offline else key()
    note = None
    if not offline and api_key is None:
        if request.offline is False:
            raise NotConfigured("no OpenAI API key is set: add one (Settings → Cloud, or `keys set openai`)")
        offline = True
    summary: Summary | None = None
    if not offline:
        from iam_desktop.summaries.cloud import cloud_summary

        try:
            summary = cloud_summary(
                segments, request.preset, api_key=api_key or "", base_url=openai_base_url(settings),
                model=request.model or settings.summary_model, instruction=request.instruction,
                language=language, on_text=on_text, on_restart=on_restart, cancelled=cancelled,
            )  # fmt: skip
        except CloudUnavailable as exc:
            note = f"the cloud could not be reached ({exc}); this is an offline summary"
            log.info("summary of recording %d made offline: %s", request.recording_id, exc)
            if on_restart is not None:
                on_restart()
    if summary is None:
        from iam_desktop.summaries.offline import offline_summary

        summary = offline_summary(
            segments, request.preset, language=language, instruction=request.instruction
        )
        if on_text is not None:
            on_text(summary.text)
    return Generated(library.summaries.add(request.recording_id, summary, transcript_id=made_from), note)
