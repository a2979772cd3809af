"""`iam-desktop vocabulary list|add|remove`: the library's glossary of names, places and jargon.

Every transcription is given these terms (with a job's own `transcribe --vocabulary`), so that the
offline model and the cloud spell them right. Each TERM argument may hold several terms ("A, B; C").
The library is imported only inside the handlers: registering the parser stays cheap.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from iam_desktop.cli.exit_codes import EXIT_FAILED, EXIT_OK, EXIT_USAGE


def register(subparsers: Any) -> None:
    """Add the `vocabulary` command (with `list`, `add` and `remove`) to the CLI's subparsers."""
    vocabulary = subparsers.add_parser(
        "vocabulary", help="names, places and jargon the transcription should spell right"
    )
    actions = vocabulary.add_subparsers(dest="vocabulary_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="list the terms")
    listing.add_argument("--json", action="store_true", help="print a JSON array of the terms")
    listing.set_defaults(handler="vocabulary_command:list_terms")
    add = actions.add_parser("add", help='add terms (each argument may hold several: "A, B")')
    add.add_argument("terms", nargs="+", metavar="TERM")
    add.set_defaults(handler="vocabulary_command:add_terms")
    remove = actions.add_parser("remove", help="remove terms (in any case)")
    remove.add_argument("terms", nargs="+", metavar="TERM")
    remove.set_defaults(handler="vocabulary_command:remove_terms")


def list_terms(args: argparse.Namespace) -> int:
    from iam_desktop.cli.common import error, open_library, print_json
    from iam_desktop.errors import IamError

    try:
        library = open_library()
        try:
            terms = library.vocabulary.list()
        finally:
            library.close()
    except IamError as exc:
        error(str(exc))
        return EXIT_FAILED
    if args.json:
        print_json(terms)
    elif terms:
        print("\n".join(terms))
    else:
        print("the vocabulary is empty; add terms with `iam-desktop vocabulary add TERM`", file=sys.stderr)
    return EXIT_OK


def add_terms(args: argparse.Namespace) -> int:
    from iam_desktop.vocabulary import term_key

    changed = _change_vocabulary(args.terms, "add")
    if isinstance(changed, int):
        return changed
    wanted, added = changed
    if added:
        print(f"added: {', '.join(added)}")
    new = {term_key(term) for term in added}
    already = [term for term in wanted if term_key(term) not in new]
    if already:
        print(f"already in the vocabulary: {', '.join(already)}")
    return EXIT_OK


def remove_terms(args: argparse.Namespace) -> int:
    from iam_desktop.cli.common import error
    from iam_desktop.vocabulary import term_key

    changed = _change_vocabulary(args.terms, "remove")
    if isinstance(changed, int):
        return changed
    wanted, removed = changed
    if removed:
        print(f"removed: {', '.join(removed)}")
    gone = {term_key(term) for term in removed}
    missing = [term for term in wanted if term_key(term) not in gone]
    if missing:
        error(f"not in the vocabulary: {', '.join(missing)}")
        return EXIT_FAILED
    return EXIT_OK


def _change_vocabulary(arguments: list[str], how: str) -> tuple[list[str], list[str]] | int:
    """Parse the terms and `add` or `remove` them in the library's glossary: the terms asked for and those
    changed, or the exit code after saying what went wrong (a bad term is a usage error)."""
    from iam_desktop.cli.common import error, open_library
    from iam_desktop.errors import IamError
    from iam_desktop.vocabulary import VocabularyError, parse_terms

    try:
        wanted = parse_terms(arguments)
        if not wanted:
            raise VocabularyError("no terms given")
        library = open_library()
        try:
            store = library.vocabulary
            changed = store.add(wanted) if how == "add" else store.remove(wanted)
        finally:
            library.close()
    except VocabularyError as exc:
        error(str(exc))
        return EXIT_USAGE
    except IamError as exc:
        error(str(exc))
        return EXIT_FAILED
    return wanted, changed
