"""Realistic transcripts for the offline summary and chapter tests: the benchmark's interview about water
(benchmarks/speech_set.py), a product meeting with planted action items and owners, a lecture on
volcanoes, and short German and French meetings, timed at ~2.5 words a second."""

from __future__ import annotations

import ast
import random
import re
from pathlib import Path

from iam_desktop.transcript import Segment, Word


def _speech_set_passages() -> tuple[str, ...]:
    """PASSAGES of benchmarks/speech_set.py, read without running the module."""
    tree = ast.parse((Path(__file__).resolve().parents[2] / "benchmarks" / "speech_set.py").read_text())
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "PASSAGES" for t in node.targets):
            return tuple(ast.literal_eval(node.value))
    raise AssertionError("benchmarks/speech_set.py has no PASSAGES")


#: the interview about water (six passages: drought, leaks, sensors, money, rainfall, advice)
INTERVIEW = _speech_set_passages()

#: (speaker, sentence) of a product meeting
MEETING = (
    ("Pieter", "Good morning everyone, let's start the product meeting."),
    ("Pieter", "The new release of the mobile app went out on Tuesday to all our customers."),
    ("Lerato", "Downloads of the app grew by eighteen percent in the first week, mostly on Android phones."),
    ("Lerato", "The crash reports dropped after the login fix, but the checkout screen is still slow."),
    ("Thandi", "The marketing budget for the launch of the app is almost spent."),
    ("Thandi", "Most of it went on video adverts, and they brought in fewer customers than the emails."),
    ("Pieter", "So the release went well, but the checkout screen needs work."),
    ("Pieter", "Thandi will send the revised marketing budget to the board by Friday."),
    ("Lerato", "I'll profile the checkout screen on slow phones and report back on Monday."),
    ("Pieter", "We need to decide whether to drop the video adverts before the next quarter."),
    ("Thandi", "Pieter, can you book a room for the customer workshop next week?"),
    ("Pieter", "Yes, no problem."),
    ("Thandi", "You will all get the new slides tomorrow."),
    ("Lerato", "The support team answered four hundred tickets from customers last month."),
    ("Lerato", "Most tickets were about passwords in the app and about delivery times."),
    ("Pieter", "Let's follow up with the delivery partner about the late parcels."),
    ("Thandi", "Our customer survey had two thousand answers, and customers like the new design of the app."),
    ("Thandi", "The checkout screen got the lowest marks in the survey, so customers notice it too."),
    ("Pieter", "Thanks everyone, that was a useful meeting about the release."),
)
#: the planted action items: (words of the sentence, owner)
MEETING_ACTIONS = (
    ("Thandi will send the revised marketing budget", "Thandi"),
    ("I'll profile the checkout screen", "Lerato"),
    ("Pieter, can you book a room", "Pieter"),
    ("Let's follow up with the delivery partner", "Pieter"),
)
#: an action item said to the room: the speaker is not its owner
MEETING_UNOWNED = "You will all get the new slides tomorrow."
#: plain statements of the meeting that are not action items
MEETING_STATEMENTS = (
    "The new release of the mobile app went out",
    "Downloads of the app grew",
    "The support team answered four hundred tickets",
    "Most tickets were about passwords",
    "Our customer survey had two thousand answers",
)

LECTURE = (
    "Today we look at how volcanoes form and why some of them explode. A volcano is an opening in the "
    "crust where molten rock, called magma, reaches the surface. Most volcanoes sit along the edges of "
    "tectonic plates. Where one plate slides beneath another, the sinking rock melts and the magma rises "
    "through the crust. This is why the Pacific Ocean is ringed by volcanoes, the ring of fire. Other "
    "volcanoes, like those of Hawaii, sit above hot spots in the middle of a plate. The magma there is "
    "runny and poor in silica, so the gas escapes easily and lava flows gently down the slopes of the "
    "volcano. Magma rich in silica is thick and sticky. Gas bubbles cannot escape from the sticky magma, "
    "pressure builds up, and the volcano explodes. Mount St Helens erupted in this way in 1980 and blew "
    "away the top of the mountain. The ash cloud of the eruption rose twenty four kilometres into the "
    "air. Volcanic ash is not soft like the ash of a fire; it is made of tiny pieces of rock and glass. "
    "The ash can damage the engines of aircraft and collapse roofs when it gets wet. Scientists watch "
    "volcanoes with seismometers, which record small earthquakes as magma moves underground. They also "
    "measure the volcanic gases and the swelling of the ground with satellites. None of these signs gives "
    "an exact date, but together they often warn of an eruption days or weeks ahead. Volcanoes also bring "
    "benefits. The soil on the slopes of a volcano is very fertile, and in Iceland the heat of the "
    "volcanic rock warms houses and makes electricity."
)

GERMAN = (
    "Willkommen zur Sitzung des Gemeinderats. Heute sprechen wir über den neuen Radweg an der "
    "Hauptstraße. Der Bau soll im Frühjahr beginnen und etwa vier Monate dauern. Die Kosten für den "
    "Radweg liegen bei zwei Millionen Euro, die Hälfte zahlt das Land. Viele Anwohner der Hauptstraße "
    "haben Sorgen wegen der Parkplätze. Wir müssen mit den Geschäften sprechen, bevor die Bauarbeiten "
    "beginnen. Frau Schneider wird den Plan für den Radweg bis Freitag an alle Fraktionen schicken. Die "
    "Abstimmung über den Radweg findet in der nächsten Sitzung statt. Danach geht es um die Schule in der "
    "Bergstraße. Das Dach der Schule ist undicht, und im Winter war es in zwei Klassenzimmern zu kalt. Der "
    "Architekt schätzt die Reparatur des Daches auf dreihunderttausend Euro."
)

FRENCH = (
    "Bonjour à tous et bienvenue à la réunion de l’association. Nous avons organisé trois concerts cet "
    "été dans le parc municipal. Plus de huit cents personnes sont venues au dernier concert du parc. La "
    "mairie nous a prêté la scène et les chaises gratuitement pour les concerts. Les comptes de "
    "l’association sont en bonne santé, avec un bénéfice de deux mille euros. Il faut trouver de nouveaux "
    "bénévoles pour l’année prochaine. Marie va contacter les écoles de musique avant la fin du mois. Nous "
    "devons aussi réparer la sono, qui a lâché pendant l’orage du dernier concert. Le prochain concert "
    "aura lieu en septembre, si la météo le permet. Merci à tous pour votre aide."
)

WORDS_PER_SECOND = 2.5


def sentences_of(text: str) -> list[str]:
    """A passage's sentences (split after . ? ! followed by a space)."""
    return [s for s in re.split(r"(?<=[.?!])\s+", text.strip()) if s]


def timed(lines: list[tuple[str | None, str]], start: float = 0.0, pause: float = 0.4,
          words: bool = False) -> list[Segment]:  # fmt: skip
    """Segments for (speaker, text) lines spoken one after another at WORDS_PER_SECOND, `pause` between
    them; with `words`, each segment gets evenly timed words."""
    segments = []
    at = start
    for speaker, text in lines:
        count = len(text.split())
        end = at + count / WORDS_PER_SECOND
        timing: tuple[Word, ...] = ()
        if words:
            step = (end - at) / count
            timing = tuple(Word(at + i * step, at + (i + 1) * step, w) for i, w in enumerate(text.split()))
        segments.append(Segment(round(at, 3), round(end, 3), text, timing, speaker))
        at = end + pause
    return segments


def interview_lines() -> list[tuple[str | None, str]]:
    return [(None, s) for passage in INTERVIEW for s in sentences_of(passage)]


def lecture_lines() -> list[tuple[str | None, str]]:
    return [(None, s) for s in sentences_of(LECTURE)]


def meeting_lines() -> list[tuple[str | None, str]]:
    return [(speaker, text) for speaker, text in MEETING]


def three_topics() -> tuple[list[Segment], list[float]]:
    """The interview, then the meeting, then the lecture, one after another; and the two moments the
    topic changes."""
    first = timed(interview_lines())
    second = timed(meeting_lines(), start=first[-1].end + 1.0)
    third = timed(lecture_lines(), start=second[-1].end + 1.0)
    return first + second + third, [second[0].start, third[0].start]


def one_hour(seed: int = 19) -> list[Segment]:
    """About an hour of English speech (~9000 words in ~700 segments): the sentences of all English
    passages, shuffled differently in each of many rounds, two or so sentences per segment."""
    pool = interview_lines() + meeting_lines() + lecture_lines()
    rng = random.Random(seed)
    lines: list[tuple[str | None, str]] = []
    words = 0
    while words < 9000:
        order = pool[:]
        rng.shuffle(order)
        for speaker, text in order:
            lines.append((speaker, text))
            words += len(text.split())
    return timed(lines, pause=0.2)


def whisper_like(lines: list[tuple[str | None, str]], size: int = 12) -> tuple[list[Segment], dict]:
    """The lines' words timed at WORDS_PER_SECOND and cut into segments of `size` words regardless of the
    sentences (as Whisper cuts at pauses), each with its words; and when each line's first word starts."""
    timed_words: list[Word] = []
    starts: dict[str, float] = {}
    at = 0.0
    for _, text in lines:
        starts.setdefault(text, at)
        for word in text.split():
            timed_words.append(Word(round(at, 3), round(at + 0.4, 3), word))
            at += 1 / WORDS_PER_SECOND
        at += 0.3
    segments = []
    for i in range(0, len(timed_words), size):
        chunk = tuple(timed_words[i : i + size])
        segments.append(Segment(chunk[0].start, chunk[-1].end, " ".join(w.text for w in chunk), chunk))
    return segments, starts


def transcript_text(segments: list[Segment]) -> str:
    """The transcript's text as the offline summary quotes it: segments joined by a space."""
    return " ".join(s.text.strip() for s in segments)
