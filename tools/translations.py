"""The window's translations: extract, fill, check and compile.

    python tools/translations.py update          # pyside6-lupdate: iam_desktop/ui → resources/translations
    python tools/translations.py merge F.json…   # fill the .ts files from {context: {source: {lang: text}}}
    python tools/translations.py check           # every message translated, placeholders kept (exit 1 if not)
    python tools/translations.py build           # pyside6-lrelease → resources/translations/*.qm (what ships)

`make` runs `build` (the .qm files are not in git); translators edit the .ts files (Qt Linguist) and run
`update` after the code changes.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
SOURCES = ROOT / "iam_desktop" / "ui"
LANGUAGES = ("en", "af", "zu", "de", "fr", "es", "pt")
BIN = Path(sys.executable).parent

_PLACEHOLDER = re.compile(r"\{[a-z_0-9]*\}|%n|%\d")


def ts_path(language: str) -> Path:
    return TS_DIR / f"iam_desktop_{language}.ts"


def qm_path(language: str) -> Path:
    return TS_DIR / f"iam_desktop_{language}.qm"


def _tool(name: str) -> str:
    found = BIN / name
    return str(found) if found.exists() else name


def source_files() -> list[Path]:
    return sorted(p for p in SOURCES.glob("*.py") if p.name != "__init__.py")


def lupdate(files: Iterable[Path], ts: Path, language: str) -> None:
    """Extract the translatable strings of `files` into `ts` (existing translations kept, vanished
    strings dropped)."""
    subprocess.run(
        [_tool("pyside6-lupdate"), *map(str, files), "-no-obsolete", "-locations", "none",
         "-source-language", "en", "-target-language", language, "-ts", str(ts)],
        check=True, stdout=subprocess.DEVNULL,
    )


@dataclass
class Message:
    context: str
    source: str
    numerus: bool
    element: ET.Element

    @property
    def forms(self) -> list[str]:
        tr = self.element.find("translation")
        if tr is None:
            return []
        if self.numerus:
            return [form.text or "" for form in tr.findall("numerusform")]
        return [tr.text or ""]

    @property
    def finished(self) -> bool:
        tr = self.element.find("translation")
        return tr is not None and tr.get("type") not in ("unfinished", "vanished", "obsolete") and all(
            self.forms
        )


def messages(tree: ET.ElementTree) -> list[Message]:
    found = []
    for context in tree.getroot().findall("context"):
        name = context.findtext("name") or ""
        for message in context.findall("message"):
            found.append(
                Message(name, message.findtext("source") or "", message.get("numerus") == "yes", message)
            )
    return found


def placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text))


def problems(language: str, tree: ET.ElementTree | None = None) -> list[str]:
    """What is wrong with one language's .ts file: untranslated messages, lost placeholders or
    mnemonics."""
    tree = tree or ET.parse(ts_path(language))
    found = []
    for m in messages(tree):
        where = f"{language}: [{m.context}] {m.source!r}"
        if not m.finished:
            found.append(f"{where}: not translated")
            continue
        wanted = placeholders(m.source)
        for form in m.forms:
            if m.numerus:
                ok = set(placeholders(form)) <= set(wanted) and (
                    [p for p in wanted if p != "%n"] == [p for p in placeholders(form) if p != "%n"]
                )
            else:
                ok = placeholders(form) == wanted
            if not ok:
                found.append(f"{where}: placeholders {wanted} became {placeholders(form)} in {form!r}")
            if _mnemonics(m.source) != _mnemonics(form):
                found.append(f"{where}: the '&' shortcut letter is lost or doubled in {form!r}")
    return found


def _mnemonics(text: str) -> int:
    return len(re.findall(r"&(?=[^&\s])", text.replace("&&", "")))


def merge(files: Iterable[Path]) -> int:
    """Fill every .ts file's messages from the JSON files; returns how many messages are still empty."""
    table: dict[tuple[str, str], dict[str, object]] = {}
    for file in files:
        for context, entries in json.loads(Path(file).read_text(encoding="utf-8")).items():
            for source, by_language in entries.items():
                table[(context, source)] = by_language
    missing = 0
    for language in LANGUAGES:
        path = ts_path(language)
        tree = ET.parse(path)
        for m in messages(tree):
            entry = table.get((m.context, m.source))
            value = entry.get(language) if entry else None
            if value is None and language == "en" and not m.numerus:
                value = m.source
            if value is None:
                if not m.finished:
                    missing += 1
                continue
            _set(m, value)
        tree.write(path, encoding="utf-8", xml_declaration=True)
    return missing


def _set(m: Message, value: object) -> None:
    tr = m.element.find("translation")
    if tr is None:
        tr = ET.SubElement(m.element, "translation")
    tr.attrib.pop("type", None)
    if m.numerus:
        forms = list(value) if isinstance(value, list) else [str(value)] * 2
        for child in list(tr):
            tr.remove(child)
        tr.text = None
        for form in forms:
            ET.SubElement(tr, "numerusform").text = str(form)
    else:
        tr.text = str(value)


def mark_plurals(path: Path) -> None:
    """Make every message whose source has `%n` a plural (numerus) one: the Python reader of lupdate
    does not mark them, and without the mark Qt would not choose a form by the number."""
    tree = ET.parse(path)
    changed = False
    for m in messages(tree):
        if "%n" in m.source and not m.numerus:
            m.element.set("numerus", "yes")
            tr = m.element.find("translation")
            if tr is None:
                tr = ET.SubElement(m.element, "translation", type="unfinished")
            old = tr.text or ""
            tr.text = None
            for _ in range(2):
                ET.SubElement(tr, "numerusform").text = old
            changed = True
    if changed:
        tree.write(path, encoding="utf-8", xml_declaration=True)


def update(files: Iterable[Path] | None = None) -> None:
    TS_DIR.mkdir(parents=True, exist_ok=True)
    chosen = list(files) if files is not None else source_files()
    for language in LANGUAGES:
        path = ts_path(language)
        # lupdate's Python reader does not know plurals and drops their forms: keep them and put them back
        plurals = {}
        if path.exists():
            kept = [m for m in messages(ET.parse(path)) if m.numerus and m.finished]
            plurals = {(m.context, m.source): m.forms for m in kept}
        lupdate(chosen, path, language)
        mark_plurals(path)
        if plurals:
            tree = ET.parse(path)
            for m in messages(tree):
                if m.numerus and (m.context, m.source) in plurals:
                    _set(m, plurals[(m.context, m.source)])
            tree.write(path, encoding="utf-8", xml_declaration=True)


def build(quiet: bool = True) -> None:
    """Compile each .ts into the .qm that ships (only those older than their source)."""
    for language in LANGUAGES:
        ts, qm = ts_path(language), qm_path(language)
        if not ts.exists():
            continue
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run(
            [_tool("pyside6-lrelease"), "-silent" if quiet else "-verbose", str(ts), "-qm", str(qm)],
            check=True,
        )


def main(argv: list[str]) -> int:
    command, *rest = argv or ["check"]
    if command == "update":
        update()
    elif command == "merge":
        left = merge(Path(a) for a in rest)
        print(f"{left} messages without a translation")
    elif command == "build":
        build()
    elif command == "check":
        found = [p for language in LANGUAGES for p in problems(language)]
        print("\n".join(found) or "all translations complete")
        return 1 if found else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
