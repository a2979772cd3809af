"""Audio: probe a file, decode it to 16 kHz mono float32 PCM, keep a content-addressed copy, play it.

Import what you need from the modules (`iam_desktop.audio.decode`, `.probe`, `.store`, `.player`,
`.resample`, `.silence`); this package itself only holds the one speech sample rate, so that importing it
costs nothing (no PyAV, no NumPy).
"""

#: the sample rate of the audio the engines transcribe and the live preview and the player work with
#: (mono float32): enough for speech, and what Whisper was trained on
SPEECH_SAMPLE_RATE = 16000
