"""The core (everything but iam_desktop/ui) imports no Qt, and never imports the window or the CLI.

Checked two ways: every core module is imported in a fresh interpreter (what really gets loaded, however
indirectly), and every core module's source is read for imports of the window or the CLI (also those
inside functions, which importing alone does not run).
"""

import ast
import json
import pkgutil
import subprocess
import sys
from pathlib import Path

import iam_desktop

PACKAGE = Path(iam_desktop.__file__).parent
#: the Qt binding, its runtime and the plot library built on it
QT_MODULES = ("PySide6", "shiboken6", "pyqtgraph")
#: the command line: it may import the window (inside a function, to open it); nothing else imports it
COMMAND_LINE = ("iam_desktop.cli", "iam_desktop.__main__")
#: run by alembic as a script (it migrates on import), not a module to import
NOT_IMPORTABLE = {"iam_desktop.library.migrations.env"}


def _modules(prefix: str = "iam_desktop") -> list[str]:
    """Every module of the package (sorted), without ui/ and what cannot be imported on its own."""
    names = [prefix] + [m.name for m in pkgutil.walk_packages([str(PACKAGE)], prefix=f"{prefix}.")]
    return sorted(n for n in names if not _in(n, "iam_desktop.ui") and n not in NOT_IMPORTABLE)


def _in(name: str, *packages: str) -> bool:
    return any(name == package or name.startswith(package + ".") for package in packages)


# Imports the modules one by one and reports, for each, the forbidden modules it loaded first.
_PROBE = """
import importlib, json, sys
forbidden = tuple(sys.argv[2:])
seen, culprits = set(), {}
for name in json.loads(sys.argv[1]):
    importlib.import_module(name)
    new = sorted(m for m in sys.modules if m.split(".")[0] in forbidden or
                 m == "iam_desktop.ui" or m.startswith(("iam_desktop.ui.", "iam_desktop.cli")))
    fresh = [m for m in new if m not in seen]
    if fresh:
        culprits[name] = fresh
    seen.update(new)
print(json.dumps(culprits))
"""


def test_every_core_module_is_found():
    names = _modules()
    assert "iam_desktop.library.library" in names and "iam_desktop.cli.main" in names
    assert "iam_desktop.diagnostics.logging_setup" in names and "iam_desktop.watch.folders" in names
    assert not [n for n in names if _in(n, "iam_desktop.ui")]


def test_core_modules_import_no_qt_ui_or_cli():
    """In a fresh interpreter, the core (the command line last) loads no Qt and no ui/, and only the
    command line loads cli/."""
    names = _modules()
    core = [n for n in names if not _in(n, *COMMAND_LINE)]
    cli = [n for n in names if _in(n, *COMMAND_LINE)]
    done = subprocess.run(
        [sys.executable, "-c", _PROBE, json.dumps(core + cli), *QT_MODULES],
        capture_output=True, text=True, timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    culprits: dict[str, list[str]] = json.loads(done.stdout)
    qt = {name: [m for m in found if m.split(".")[0] in QT_MODULES] for name, found in culprits.items()}
    assert not {name: found for name, found in qt.items() if found}, "core modules that import Qt"
    ui = {name: [m for m in found if _in(m, "iam_desktop.ui")] for name, found in culprits.items()}
    assert not {name: found for name, found in ui.items() if found}, "core modules that import ui/"
    reached_cli = {name: found for name, found in culprits.items() if name in core and found}
    assert not reached_cli, "core modules that import cli/"


def _imported_names(tree: ast.AST, module: str, package: bool) -> set[str]:
    """The absolute names of every module imported anywhere in the tree (functions included)."""
    here = module.split(".") if package else module.split(".")[:-1]  # what `from . import` means
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: resolve against the importing module's package
                parent = here[: len(here) - node.level + 1]
                base = ".".join(parent + ([base] if base else []))
            found.add(base)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def test_core_sources_never_import_ui_or_cli_or_qt():
    """Also imports inside functions: the core never reaches for the window, the CLI or Qt, even lazily.
    (the command line may import ui/ inside a function: that is how it opens the window.)"""
    offences = []
    for name in _modules():
        path = PACKAGE.joinpath(*name.split(".")[1:])
        package = path.is_dir()
        path = path / "__init__.py" if package else path.with_suffix(".py")
        imported = _imported_names(ast.parse(path.read_text(encoding="utf-8")), name, package)
        for target in sorted(imported):
            if target.split(".")[0] in QT_MODULES:
                offences.append(f"{name} imports {target}")
            elif _in(target, "iam_desktop.ui", "iam_desktop.cli") and not _in(name, *COMMAND_LINE):
                offences.append(f"{name} imports {target}")
    assert not offences
