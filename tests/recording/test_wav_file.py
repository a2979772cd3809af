"""The crash-safe WAV writer: valid at every flush, repaired after a crash, split into parts."""

from __future__ import annotations

import wave

import numpy as np
import pytest

from iam_desktop.recording.wav_file import HEADER_SIZE, WavWriter, read_frames, read_header, repair_wav


def frames(n: int, channels: int = 2, seed: int = 0) -> np.ndarray:
    return np.random.default_rng(seed).integers(-20000, 20000, (n, channels), dtype=np.int16)


def test_flushed_file_is_a_valid_wav_while_still_open(tmp_path):
    path = tmp_path / "a.wav"
    writer = WavWriter(path, 48000, 2)
    data = frames(48000)
    writer.write(data)
    writer.flush()
    with wave.open(str(path)) as wav:  # another reader sees a complete file before close()
        assert (wav.getframerate(), wav.getnchannels(), wav.getsampwidth()) == (48000, 2, 2)
        assert wav.getnframes() == 48000
        assert np.array_equal(np.frombuffer(wav.readframes(48000), "<i2").reshape(-1, 2), data)
    writer.write(data[:100])
    writer.close()
    assert read_header(path).frames == 48100
    assert writer.size == path.stat().st_size


def test_unflushed_data_and_half_frames_are_repaired(tmp_path):
    path = tmp_path / "crash.wav"
    writer = WavWriter(path, 16000, 1)
    writer.write(frames(16000, 1))
    writer.flush()
    writer.write(frames(8000, 1, seed=1))
    writer._file.flush()  # on disk, but the header still says 16000 frames: a kill before the next flush
    with open(path, "ab") as f:
        f.write(b"\x01")  # half a frame, as a power cut mid-write can leave
    assert read_header(path).frames == 16000
    info = repair_wav(path)
    assert info.frames == 24000 and info.duration == 1.5
    assert path.stat().st_size == HEADER_SIZE + 24000 * 2
    got = np.concatenate(list(read_frames(path, block_frames=1000)))
    assert np.array_equal(got[:16000], frames(16000, 1))
    assert np.array_equal(got[16000:], frames(8000, 1, seed=1))
    assert repair_wav(path).frames == 24000  # repairing a sound file changes nothing


def test_a_file_cut_off_before_its_header_cannot_be_repaired(tmp_path):
    path = tmp_path / "cut.wav"
    path.write_bytes(b"RIFF\x00\x00")
    with pytest.raises(ValueError):
        repair_wav(path)


def test_wrong_channel_count_is_refused(tmp_path):
    writer = WavWriter(tmp_path / "x.wav", 16000, 2)
    with pytest.raises(ValueError):
        writer.write(frames(10, 1))
    writer.close()
    writer.close()  # twice is fine


def test_an_existing_file_is_never_overwritten(tmp_path):
    path = tmp_path / "keep.wav"
    path.write_bytes(b"precious")
    with pytest.raises(FileExistsError):
        WavWriter(path, 16000, 1)
    assert path.read_bytes() == b"precious"
