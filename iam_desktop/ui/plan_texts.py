"""The words of the plan catalogue (resources/billing/plans.json: plan names, summaries and highlights) as
the window shows them: each listed here so that the translators see it, and translated where it is shown
with `plan_text`. A text of the catalogue missing here is shown in English (a test checks the list against
the shipped catalogue)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from iam_desktop.ui.i18n import translate

#: every name, summary and highlight of the shipped catalogue, in its English
PLAN_TEXTS = (
    # names
    QT_TRANSLATE_NOOP("plan_texts", "Free"),
    QT_TRANSLATE_NOOP("plan_texts", "Pro"),
    QT_TRANSLATE_NOOP("plan_texts", "Business"),
    # summaries
    QT_TRANSLATE_NOOP("plan_texts", "Everything offline, for as long as you like."),
    QT_TRANSLATE_NOOP("plan_texts", "For people who transcribe every week."),
    QT_TRANSLATE_NOOP("plan_texts", "For teams and heavy cloud use."),
    # highlights
    QT_TRANSLATE_NOOP("plan_texts", "Record and transcribe on this computer"),
    QT_TRANSLATE_NOOP("plan_texts", "Library, search and export"),
    QT_TRANSLATE_NOOP("plan_texts", "Manual backups"),
    QT_TRANSLATE_NOOP("plan_texts", "30 cloud minutes a month"),
    QT_TRANSLATE_NOOP("plan_texts", "Everything in Free"),
    QT_TRANSLATE_NOOP("plan_texts", "600 cloud minutes a month"),
    QT_TRANSLATE_NOOP("plan_texts", "Automatic backups"),
    QT_TRANSLATE_NOOP("plan_texts", "Everything in Pro"),
    QT_TRANSLATE_NOOP("plan_texts", "3,000 cloud minutes a month"),
)


def plan_text(text: str) -> str:
    """A catalogue text (a plan's name, summary or highlight) in the window's language; the English when
    it has no translation."""
    return translate("plan_texts", text) if text in PLAN_TEXTS else text
