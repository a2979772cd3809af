"""A helper's check while translating: `python tools/i18n_check.py NAME FILE...` extracts the strings of
FILE... with pyside6-lupdate, fills them from /work/notes/i18n/NAME.json and lists what is missing or
broken (exit 1), or says all is well."""

from __future__ import annotations

import json
import re
import shutil
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import translations as t


def main(argv: list[str]) -> int:
    name, *files = argv
    source = Path(f"/work/notes/i18n/{name}.json")
    with tempfile.TemporaryDirectory() as tmp:
        saved = t.TS_DIR
        t.TS_DIR = Path(tmp)
        try:
            t.update([Path(f) for f in files])
            t.merge([source])
            found = [p for lang in t.LANGUAGES for p in t.problems(lang, ET.parse(t.ts_path(lang)))]
            seen = {(m.context, m.source) for m in t.messages(ET.parse(t.ts_path("de")))}
            count = len(seen)
            for context, entries in json.loads(source.read_text(encoding="utf-8")).items():
                for text in entries:
                    if (context, text) not in seen:
                        found.append(
                            f"[{context}] {text!r}: in the JSON, not found by lupdate: it only"
                            ' sees translate("ctx", "text") and translate("ctx", "text", "", n), n a name'
                            " (NOT None, NOT n=, NOT an alias like tr)"
                        )
            for file in files:
                for number, line in enumerate(Path(file).read_text(encoding="utf-8").splitlines(), 1):
                    if re.search(r"translate\([^)]*,\s*None\s*,|translate\(.*\bn=|(?<![\w.])tr\(\"", line):
                        found.append(f"{file}:{number}: lupdate cannot read this call: {line.strip()}")
        finally:
            t.TS_DIR = saved
            shutil.rmtree(tmp, ignore_errors=True)
    print("\n".join(found) or f"all {count} strings translated in every language")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
