"""Names for screen readers taken from what the eye reads: a field with a label (a form row, a label made
its buddy) is given that label's words as its accessible name, so that a screen reader announces "Engine"
rather than the choice it holds ("Offline (this computer)") — Qt names a combo box by its current value
otherwise. A name set by hand is kept."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def label_text(label: QLabel) -> str:
    """The words of `label` as a name: without the mnemonic "&" and a trailing colon."""
    return label.text().replace("&&", "\0").replace("&", "").replace("\0", "&").strip().rstrip(":").strip()


def name_fields_from_labels(root: QWidget) -> None:
    """Give every labelled field under `root` (a label's buddy) without an accessible name its label's
    words. Call once the widgets are built (again after rows are added)."""
    for label in root.findChildren(QLabel):
        field = label.buddy()
        if field is not None and not field.accessibleName().strip():
            text = label_text(label)
            if text:
                field.setAccessibleName(text)
