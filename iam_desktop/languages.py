"""The languages offered in the language picker (Whisper's best-supported ones), by ISO 639-1 code."""

LANGUAGES: dict[str, str] = {
    "en": "English",
    "de": "German",
    "fr": "French",
    "es": "Spanish",
    "it": "Italian",
    "pt": "Portuguese",
    "nl": "Dutch",
    "af": "Afrikaans",
    "zu": "Zulu",
    "sv": "Swedish",
    "da": "Danish",
    "no": "Norwegian",
    "fi": "Finnish",
    "pl": "Polish",
    "cs": "Czech",
    "ru": "Russian",
    "uk": "Ukrainian",
    "tr": "Turkish",
    "el": "Greek",
    "ar": "Arabic",
    "he": "Hebrew",
    "hi": "Hindi",
    "ja": "Japanese",
    "ko": "Korean",
    "zh": "Chinese",
}


def language_name(code: str | None) -> str:
    """"German" for "de"; the code itself when unknown; "automatic" for None."""
    if not code:
        return "automatic"
    return LANGUAGES.get(code.lower(), code)


def language_label(code: str, probability: float | None = None) -> str:
    """"English" for a language the user named; "English (detected, 97%)" for one the engine detected."""
    name = language_name(code)
    if probability is None:
        return name
    return f"{name} (detected, {probability:.0%})"
