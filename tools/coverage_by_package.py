"""Print the coverage of each package of iam_desktop from a coverage JSON report (scripts/run-tests.sh).

Usage: python tools/coverage_by_package.py coverage.json
"""

import json
import sys
from collections import defaultdict


def package_of(path: str) -> str:
    """iam_desktop/library/x.py -> "library"; the modules at the top (iam_desktop/x.py) -> "(top level)"."""
    parts = path.replace("\\", "/").split("/")
    start = parts.index("iam_desktop") + 1 if "iam_desktop" in parts else 0
    rest = parts[start:]
    return rest[0] if len(rest) > 1 else "(top level)"


def main(report: str) -> None:
    with open(report, encoding="utf-8") as file:
        files = json.load(file)["files"]
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for path, data in files.items():
        summary = data["summary"]
        total = totals[package_of(path)]
        total[0] += summary["num_statements"]
        total[1] += summary["covered_lines"]
    print(f"{'package':<16}{'statements':>12}{'covered':>10}{'%':>8}")
    for package, (statements, covered) in sorted(totals.items()):
        percent = 100.0 * covered / statements if statements else 100.0
        print(f"{package:<16}{statements:>12}{covered:>10}{percent:>7.1f}%")


if __name__ == "__main__":
    main(sys.argv[1])
