"""The package as pyproject.toml declares it: every subpackage listed (the list is explicit because
`resources/` is mapped into the package), the resources found through importlib.resources."""

from __future__ import annotations

import tomllib
from pathlib import Path

from iam_desktop.resource_files import resource_path

REPO = Path(__file__).resolve().parents[2]


def test_every_subpackage_of_the_tree_is_listed_in_pyproject():
    setuptools = tomllib.loads((REPO / "pyproject.toml").read_text())["tool"]["setuptools"]
    in_tree = {
        ".".join(init.parent.relative_to(REPO).parts)
        for init in (REPO / "iam_desktop").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    assert set(setuptools["packages"]) == in_tree | {"iam_desktop.resources"}
    assert setuptools["package-dir"] == {"iam_desktop.resources": "resources"}


def test_resources_are_found_through_the_package():
    for part in (("fonts", "DejaVuSans.ttf"), ("styles", "app.qss"), ("icons", "iam-desktop.svg")):
        found = resource_path(*part)
        assert found.is_file(), found
        assert found.samefile(REPO / "resources" / Path(*part))  # the editable install maps the folder


def test_a_missing_resource_is_a_path_that_does_not_exist():
    assert not resource_path("fonts", "no-such-font.ttf").exists()
