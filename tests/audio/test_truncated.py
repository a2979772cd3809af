"""Files cut short (the header claims more than the file holds) are flagged "truncated" in every format, and
a symbolic link loop is named as such: real files made with PyAV and sox, then cut."""

from __future__ import annotations

import json
import struct
import subprocess
from fractions import Fraction
from pathlib import Path

import av
import numpy as np
import pytest
from conftest import write_media

from iam_desktop.audio.decode import PcmStream, decode_pcm
from iam_desktop.audio.probe import probe
from iam_desktop.errors import MediaError

SECONDS = 8.0

# name -> (container, encoder, rate): the formats whose demuxer used to hide a cut
FORMATS = {
    "tone.wav": ("wav", "pcm_s16le", 16000),
    "tone.mp3": ("mp3", "libmp3lame", 44100),
    "opus.ogg": ("ogg", "libopus", 48000),
}


@pytest.fixture(scope="module")
def whole(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Complete files, SECONDS long: WAV, MP3 (with its Xing header), Ogg Opus and Ogg Vorbis (sox)."""
    folder = tmp_path_factory.mktemp("whole")
    files = {
        name: write_media(folder / name, fmt, codec, rate=rate, seconds=SECONDS)
        for name, (fmt, codec, rate) in FORMATS.items()
    }
    vorbis = folder / "vorbis.ogg"  # noise: a tone compresses so well that the headers are half the file
    subprocess.run(["sox", "-n", "-r", "16000", "-c", "1", str(vorbis), "synth", str(SECONDS), "pinknoise",
                    "vol", "0.3"], check=True)  # fmt: skip
    files["vorbis.ogg"] = vorbis
    return files


def cut(path: Path, folder: Path, keep: float = 0.5) -> Path:
    """A copy of `path` holding only the first `keep` of its bytes (its header unchanged)."""
    target = folder / f"cut-{path.name}"
    data = path.read_bytes()
    target.write_bytes(data[: int(len(data) * keep)])
    return target


def encode_mp3(samples: np.ndarray, path: Path, rate: int = 16000) -> Path:
    """16 kHz mono float samples as an MP3 with its Xing header (as LAME writes it)."""
    with av.open(str(path), "w", format="mp3") as out:
        stream = out.add_stream("libmp3lame", rate=rate, layout="mono")
        for start in range(0, len(samples), 1152):
            block = np.ascontiguousarray(samples[start : start + 1152], dtype=np.float32).reshape(1, -1)
            frame = av.AudioFrame.from_ndarray(block, format="fltp", layout="mono")
            frame.sample_rate, frame.pts, frame.time_base = rate, start, Fraction(1, rate)
            out.mux(stream.encode(frame))
        out.mux(stream.encode(None))
    return path


def read_all(path: Path) -> PcmStream:
    stream = PcmStream(path, chunk_seconds=2.0)
    for _ in stream:
        pass
    return stream


@pytest.mark.parametrize("name", ["tone.wav", "tone.mp3", "opus.ogg", "vorbis.ogg"])
def test_complete_file_is_not_flagged(whole, name):
    stream = read_all(whole[name])
    assert stream.samples / 16000 == pytest.approx(SECONDS, abs=0.1)
    assert stream.truncated is False


@pytest.mark.parametrize("name", ["tone.wav", "tone.mp3", "opus.ogg", "vorbis.ogg"])
def test_file_cut_in_half_is_flagged(whole, tmp_path, name):
    short = cut(whole[name], tmp_path)
    probe(short)  # still a usable file: the first part is transcribed
    audio = decode_pcm(short)
    assert audio.truncated
    assert 2.0 < audio.duration < SECONDS / 2 + 0.5


def test_wav_missing_a_few_seconds_is_flagged(whole, tmp_path):
    assert decode_pcm(cut(whole["tone.wav"], tmp_path, keep=0.75)).truncated


def test_streamed_wav_with_unknown_size_is_not_flagged(whole, tmp_path):
    data = bytearray(whole["tone.wav"].read_bytes())
    at = data.index(b"data")
    data[at + 4 : at + 8] = struct.pack("<I", 0xFFFFFFFF)  # as a recorder writing to a pipe leaves it
    data[4:8] = struct.pack("<I", 0xFFFFFFFF)
    streamed = tmp_path / "streamed.wav"
    streamed.write_bytes(bytes(data))
    audio = decode_pcm(streamed)
    assert not audio.truncated
    assert audio.duration == pytest.approx(SECONDS, abs=0.1)


def test_ogg_cut_at_a_page_boundary_is_flagged(whole, tmp_path):
    """Without its last page (the end-of-stream mark) an Ogg file has lost its end even when the cut falls
    exactly between two pages."""
    data = whole["vorbis.ogg"].read_bytes()
    last_page = data.rfind(b"OggS")
    short = tmp_path / "pages.ogg"
    short.write_bytes(data[:last_page])
    assert decode_pcm(short).truncated


def test_mp3_without_frame_count_is_not_taken_as_a_claim(whole, tmp_path):
    """Without a Xing header FFmpeg only estimates an MP3's length from its bitrate: a whole one is never
    flagged, and the header reader sees that the count is missing."""
    from iam_desktop.audio._headers import mp3_counts_frames

    plain = tmp_path / "plain.mp3"
    data = whole["tone.mp3"].read_bytes()
    at = data.find(b"Info") if b"Info" in data[:2000] else data.find(b"Xing")
    assert 0 < at < 2000
    plain.write_bytes(data[: at] + b"None" + data[at + 4 :])  # the first frame is then plain silence
    assert mp3_counts_frames(whole["tone.mp3"]) and not mp3_counts_frames(plain)
    assert not read_all(plain).truncated


def test_symlink_loop_is_named(tmp_path):
    first, second = tmp_path / "a.wav", tmp_path / "b.wav"
    first.symlink_to(second)
    second.symlink_to(first)
    with pytest.raises(MediaError) as caught:
        probe(first)
    assert caught.value.reason == "symbolic link loop"
    dangling = tmp_path / "dangling.wav"
    dangling.symlink_to(tmp_path / "nowhere.wav")
    with pytest.raises(MediaError) as caught:
        probe(dangling)
    assert caught.value.reason == "file not found"


@pytest.mark.slow
def test_cli_warns_for_each_cut_format(whole, tmp_path, speech_wav):
    """The real `transcribe` on cut WAV, MP3 and Ogg speech: done, with the "file is truncated" warning line
    and the job's note for each; a symlink loop is one error line naming it."""
    from cli_helpers import cli, error_lines

    ogg, mp3 = tmp_path / "speech.ogg", tmp_path / "speech.mp3"
    subprocess.run(["sox", str(speech_wav), str(ogg)], check=True)
    encode_mp3(decode_pcm(speech_wav).samples, mp3)
    sources = {"speech.wav": speech_wav, "speech.ogg": ogg, "speech.mp3": mp3}
    cut_files = [cut(path, tmp_path, keep=0.6) for path in sources.values()]
    loop = tmp_path / "loop.wav"
    loop.symlink_to(loop)
    result = cli("transcribe", "--json", *cut_files, loop)
    assert error_lines(result.stderr) == [f"error: {loop}: symbolic link loop"], result.stderr
    items = {item["file"]: item for item in json.loads(result.stdout)}
    assert items[str(loop)]["status"] == "failed"
    for path in cut_files:
        assert (items[str(path)]["status"], items[str(path)]["error"]) == ("done", None)
        assert f"warning: {path}: file is truncated: only the first" in result.stderr, result.stderr
