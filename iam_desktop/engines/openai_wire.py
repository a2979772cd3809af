"""The wire format of OpenAI's speech-to-text API: the models and the answer each is asked for, the
language names of `verbose_json`, and turning one answer into segments and words on the audio's clock."""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from iam_desktop.transcript import Segment, Word


@dataclass(frozen=True)
class ModelInfo:
    """What a model can do and the answer format it is asked for."""

    response_format: str
    timestamps: bool
    translates: bool


MODELS: dict[str, ModelInfo] = {
    "whisper-1": ModelInfo("verbose_json", timestamps=True, translates=True),
    "gpt-4o-transcribe": ModelInfo("json", timestamps=False, translates=False),
    "gpt-4o-mini-transcribe": ModelInfo("json", timestamps=False, translates=False),
}

# verbose_json names the language in words ("english"); Whisper's language table maps it back to a code.
_WHISPER_LANGUAGES = (
    "en english,zh chinese,de german,es spanish,ru russian,ko korean,fr french,ja japanese,pt portuguese,"
    "tr turkish,pl polish,ca catalan,nl dutch,ar arabic,sv swedish,it italian,id indonesian,hi hindi,"
    "fi finnish,vi vietnamese,he hebrew,uk ukrainian,el greek,ms malay,cs czech,ro romanian,da danish,"
    "hu hungarian,ta tamil,no norwegian,th thai,ur urdu,hr croatian,bg bulgarian,lt lithuanian,la latin,"
    "mi maori,ml malayalam,cy welsh,sk slovak,te telugu,fa persian,lv latvian,bn bengali,sr serbian,"
    "az azerbaijani,sl slovenian,kn kannada,et estonian,mk macedonian,br breton,eu basque,is icelandic,"
    "hy armenian,ne nepali,mn mongolian,bs bosnian,kk kazakh,sq albanian,sw swahili,gl galician,mr marathi,"
    "pa punjabi,si sinhala,km khmer,sn shona,yo yoruba,so somali,af afrikaans,oc occitan,ka georgian,"
    "be belarusian,tg tajik,sd sindhi,gu gujarati,am amharic,yi yiddish,lo lao,uz uzbek,fo faroese,"
    "ht haitian creole,ps pashto,tk turkmen,nn nynorsk,mt maltese,sa sanskrit,lb luxembourgish,my myanmar,"
    "bo tibetan,tl tagalog,mg malagasy,as assamese,tt tatar,haw hawaiian,ln lingala,ha hausa,ba bashkir,"
    "jw javanese,su sundanese,yue cantonese"
)
_LANGUAGE_CODES = {
    name: code for code, name in (item.split(" ", 1) for item in _WHISPER_LANGUAGES.split(","))
}


def language_code(name: str | None) -> str | None:
    """The ISO 639-1 code for a language named as verbose_json names it ("english" gives "en").

    A code stays a code; None and unknown names give None."""
    if not name:
        return None
    name = name.strip().lower()
    if name in _LANGUAGE_CODES:
        return _LANGUAGE_CODES[name]
    if name in _LANGUAGE_CODES.values():
        return name
    return None


def parse_answer(answer: dict, offset: float, seconds: float) -> tuple[list[Segment], str | None]:
    """Turn one answer into segments on the whole audio's clock (`offset` = the upload's start)."""
    language = language_code(answer.get("language"))
    raw_segments = answer.get("segments")
    if not isinstance(raw_segments, list):  # json: text only, one segment spanning the upload
        text = str(answer.get("text") or "").strip()
        if not text:
            return [], language
        return [Segment(round(offset, 3), round(offset + seconds, 3), text)], language
    words = [
        Word(_clock(w.get("start"), offset, seconds), _clock(w.get("end"), offset, seconds), text)
        for w in answer.get("words") or ()
        if isinstance(w, dict) and (text := str(w.get("word") or "").strip())
    ]
    words.sort(key=lambda w: w.start)
    segments: list[Segment] = []
    dropped: list[tuple[float, float]] = []
    for s in raw_segments:
        if not isinstance(s, dict):
            continue
        text = str(s.get("text") or "").strip()
        start, end = _clock(s.get("start"), offset, seconds), _clock(s.get("end"), offset, seconds)
        if not text or _is_hallucination(s):
            dropped.append((start, end))
        else:
            segments.append(Segment(start, max(start, end), text))
    segments.sort(key=lambda s: s.start)
    words = [w for w in words if not any(a <= (w.start + w.end) / 2 < b for a, b in dropped)]
    return _attach_words(segments, words), language


def _clock(value: object, offset: float, seconds: float) -> float:
    """A time within an upload (clamped to it) on the whole audio's clock, rounded to milliseconds."""
    try:
        t = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        t = 0.0
    return round(offset + min(max(0.0, t), seconds), 3)


def _is_hallucination(segment: dict) -> bool:
    """Whisper's own rule for text invented over silence: likely no speech and low confidence."""
    try:
        return float(segment.get("no_speech_prob", 0)) > 0.6 and float(segment.get("avg_logprob", 0)) < -1.0
    except (TypeError, ValueError):
        return False


def _attach_words(segments: list[Segment], words: list[Word]) -> list[Segment]:
    """Give each segment the words whose middle falls at or after its start and before the next
    segment's start (the API lists words apart from segments); earlier words go to the first segment."""
    if not words or not segments:
        return segments
    starts = [s.start for s in segments]
    buckets: list[list[Word]] = [[] for _ in segments]
    for word in words:
        index = max(0, bisect.bisect_right(starts, (word.start + word.end) / 2) - 1)
        buckets[index].append(word)
    return [Segment(s.start, s.end, s.text, tuple(b)) for s, b in zip(segments, buckets, strict=True)]
