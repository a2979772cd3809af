"""The transcription job of a meeting recording (the microphone in channel 0, the computer's audio in
channel 1): each side transcribed on its own with the real local model, labelled with the user's name and
"Others" (or the speakers of the computer's side), merged in time order; an interrupted job resumes where
it was, without transcribing the finished side again."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest
from helpers import SPEECH_TEXT, read_audio, wer
from speaker_audio import flite_available, flite_conversation, mislabelled_share

from iam_desktop.audio.store import encode_pcm_flac
from iam_desktop.engines.provider import SingleEngine
from iam_desktop.jobs.pipeline import run_transcription_job
from iam_desktop.library.records import MEETING_TRACKS
from iam_desktop.library.status import JobStatus
from iam_desktop.settings import Settings, save_settings

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(flite_available() is not None, reason=flite_available() or ""),
]

RATE = 16000


@pytest.fixture(scope="module")
def call(tmp_path_factory: pytest.TempPathFactory, speech_wav: Path) -> tuple[Path, list, float]:
    """A two-channel call: the other side (two flite voices, six turns) on channel 1, then the user
    (espeak-ng, helpers.SPEECH_TEXT) on channel 0. Returns the FLAC, the other side's turns and when the
    user starts speaking."""
    folder = tmp_path_factory.mktemp("call")
    truth = flite_conversation(folder / "others.wav", ["slt", "awb"], 6, seed=2)
    others, _rate = read_audio(folder / "others.wav")
    mine, _rate = read_audio(speech_wav)
    user_starts = len(others) / RATE + 0.5
    total = int(user_starts * RATE) + len(mine) + RATE // 2
    pcm = np.zeros((total, 2), dtype=np.float32)
    pcm[: len(others), 1] = others[:, 0]
    pcm[int(user_starts * RATE) : int(user_starts * RATE) + len(mine), 0] = mine[:, 0]
    path = folder / "call.flac"
    encode_pcm_flac(iter([(pcm * 32767).astype(np.int16)]), RATE, 2, path)
    return path, truth, user_starts


def add_call(library, path: Path) -> int:
    from iam_desktop.audio.probe import probe

    info = probe(path)
    stored = library.store.import_file(path, info)
    return library.add_recording(
        title="call", duration=info.duration, sample_rate=RATE, channels=2, stored=stored,
        source_path=str(path), tracks=MEETING_TRACKS,
    )  # fmt: skip


def test_each_side_is_transcribed_and_labelled(library, engine, call):
    path, _truth, user_starts = call
    save_settings(library.paths, replace(Settings(), my_name="Thandi"))
    rid = add_call(library, path)
    assert library.get_recording(rid).meeting
    job = library.jobs.create(str(path), engine="local", language="en", recording_id=rid)
    fractions: list[float] = []
    stages: list = []
    outcome = run_transcription_job(
        library, SingleEngine(engine), job, progress=lambda f, _eta: fractions.append(f), stage=stages.append
    )
    assert outcome.status == JobStatus.DONE, outcome
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    done = [s.done for s in stages if s.step == "transcribe" and s.done]
    assert done == sorted(done) and max(done) > library.get_recording(rid).duration  # both sides counted
    segments = library.get_transcript(rid).segments
    assert {s.speaker for s in segments} == {"Thandi", "Others"}
    assert [s.start for s in segments] == sorted(s.start for s in segments)
    mine = [s for s in segments if s.speaker == "Thandi"]
    assert min(s.start for s in mine) >= user_starts - 0.5  # the user spoke last, after the others
    assert segments[-1].speaker == "Thandi"
    assert wer(SPEECH_TEXT, " ".join(s.text for s in mine)) < 0.35
    others = " ".join(s.text for s in segments if s.speaker == "Others")
    assert len(others.split()) > 30 and "coffee" not in others.casefold()  # the user's words stay theirs


def test_the_other_side_is_split_by_speaker_labelling(library, engine, call):
    path, truth, _user_starts = call
    rid = add_call(library, path)
    job = library.jobs.create(str(path), engine="local", language="en", recording_id=rid, speakers=0)
    outcome = run_transcription_job(library, SingleEngine(engine), job)
    assert outcome.status == JobStatus.DONE, outcome
    segments = library.get_transcript(rid).segments
    assert {s.speaker for s in segments} == {"Me", "Speaker 1", "Speaker 2"}
    theirs = [s for s in segments if s.speaker != "Me"]
    assert mislabelled_share(theirs, truth) <= 0.1


def test_an_interrupted_meeting_job_resumes_after_the_finished_side(library, engine, call):
    path, _truth, _user_starts = call
    rid = add_call(library, path)
    job = library.jobs.create(str(path), engine="local", language="en", recording_id=rid)
    heard: list[float] = []

    class Counting:
        """The real engine, noting the length of each piece it is given."""

        def __getattr__(self, name: str):
            return getattr(engine, name)

        def transcribe(self, samples, options, **kwargs):
            heard.append(len(samples) / RATE)
            return engine.transcribe(samples, options, **kwargs)

    def one_side_stored() -> bool:
        return len(library.jobs.chunks(job)) >= 1

    outcome = run_transcription_job(library, SingleEngine(Counting()), job, cancelled=one_side_stored)
    assert outcome.status == JobStatus.CANCELLED
    assert len(library.jobs.chunks(job)) == 1  # the microphone's side is stored
    heard.clear()
    outcome = run_transcription_job(library, SingleEngine(Counting()), job)
    assert outcome.status == JobStatus.DONE, outcome
    assert len(heard) == 1  # only the computer's side was transcribed again
    assert {s.speaker for s in library.get_transcript(rid).segments} == {"Me", "Others"}
