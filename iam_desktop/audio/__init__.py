"""Audio input: probe a file, decode it to 16 kHz mono float32 PCM, keep a content-addressed copy."""

from iam_desktop.audio.decode import SAMPLE_RATE, DecodedAudio, PcmStream, decode_pcm, iter_pcm
from iam_desktop.audio.probe import MediaInfo, probe
from iam_desktop.audio.store import AudioStore, StoredAudio

__all__ = [
    "SAMPLE_RATE",
    "AudioStore",
    "DecodedAudio",
    "MediaInfo",
    "PcmStream",
    "StoredAudio",
    "decode_pcm",
    "iter_pcm",
    "probe",
]
