"""`iam-desktop vocabulary list|add|remove`: the library's glossary of names, places and jargon.

Every transcription is given these terms (with a job's own `transcribe --vocabulary`), so that the
offline model and the cloud spell them right. Each TERM argument may hold several terms ("A, B; C").
The library is imported only inside the handlers: registering the parser stays cheap.
"""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from iam_desktop.cli.exit_codes import EXIT_FAILED, EXIT_OK, EXIT_USAGE

if TYPE_CHECKING:
    from iam_desktop.library.library import Library


def register(subparsers: Any) -> None:
    """Add the `vocabulary` command (with `list`, `add` and `remove`) to the CLI's subparsers."""
    vocabulary = subparsers.add_parser(
        "vocabulary", help="names, places and jargon the transcription should spell right"
    )
    actions = vocabulary.add_subparsers(dest="vocabulary_command", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="list the terms")
    listing.add_argument("--json", action="store_true", help="print a JSON array of the terms")
    listing.set_defaults(handler=list_terms)
    add = actions.add_parser("add", help='add terms (each argument may hold several: "A, B")')
    add.add_argument("terms", nargs="+", metavar="TERM")
    add.set_defaults(handler=add_terms)
    remove = actions.add_parser("remove", help="remove terms (in any case)")
    remove.add_argument("terms", nargs="+", metavar="TERM")
    remove.set_defaults(handler=remove_terms)


def list_terms(args: argparse.Namespace) -> int:
    from iam_desktop.cli.common import print_json, run_with_library

    def print_terms(library: Library) -> int:
        terms = library.vocabulary.list()
        if args.json:
            print_json(terms)
        elif terms:
            print("\n".join(terms))
        else:
            hint = "the vocabulary is empty; add terms with `iam-desktop vocabulary add TERM`"
            print(hint, file=sys.stderr)
        return EXIT_OK

    return run_with_library(print_terms)


def add_terms(args: argparse.Namespace) -> int:
    from iam_desktop.cli.common import error, run_with_library
    from iam_desktop.vocabulary import VocabularyError, term_key

    wanted = _parse(args.terms)
    if wanted is None:
        return EXIT_USAGE

    def add(library: Library) -> int:
        try:
            added = library.vocabulary.add(wanted)
        except VocabularyError as exc:  # too many terms: a usage error, like a bad one
            error(str(exc))
            return EXIT_USAGE
        if added:
            print(f"added: {', '.join(added)}")
        new = {term_key(term) for term in added}
        already = [term for term in wanted if term_key(term) not in new]
        if already:
            print(f"already in the vocabulary: {', '.join(already)}")
        return EXIT_OK

    return run_with_library(add)


def remove_terms(args: argparse.Namespace) -> int:
    from iam_desktop.cli.common import error, run_with_library
    from iam_desktop.vocabulary import term_key

    wanted = _parse(args.terms)
    if wanted is None:
        return EXIT_USAGE

    def remove(library: Library) -> int:
        removed = library.vocabulary.remove(wanted)
        if removed:
            print(f"removed: {', '.join(removed)}")
        gone = {term_key(term) for term in removed}
        missing = [term for term in wanted if term_key(term) not in gone]
        if missing:
            error(f"not in the vocabulary: {', '.join(missing)}")
            return EXIT_FAILED
        return EXIT_OK

    return run_with_library(remove)


def _parse(arguments: list[str]) -> list[str] | None:
    """The terms the arguments hold; None after saying what is wrong (a usage error: a bad term, none)."""
    from iam_desktop.cli.common import error
    from iam_desktop.vocabulary import VocabularyError, parse_terms

    try:
        wanted = parse_terms(arguments)
        if not wanted:
            raise VocabularyError("no terms given")
    except VocabularyError as exc:
        error(str(exc))
        return None
    return wanted
