"""Where the app's resources are: `resources/` of the tree, installed as the package `iam_desktop.resources`.

The same call finds them from a source checkout (an editable install maps the package to the folder), from
an installed wheel and from a PyInstaller bundle (which collects the package with its files), so nothing
here knows which of the three it is running from.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

PACKAGE = "iam_desktop.resources"


def resource_path(*parts: str) -> Path:
    """The file or folder `parts` inside the resources (e.g. "fonts", "DejaVuSans.ttf"); it may not exist.

    Resources are installed as plain files (wheel, bundle, checkout), so a real path can be handed to Qt and
    reportlab, which open files by name."""
    return Path(str(resources.files(PACKAGE).joinpath(*parts)))
