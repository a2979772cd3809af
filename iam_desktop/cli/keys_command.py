"""`iam-desktop keys set|delete openai`: keep API keys in the OS keyring, never on the command line.

`keys set` reads the key from standard input so that it never shows in the shell history, the process list
or the output: the first line of a pipe or file, or — only when standard input is a terminal — a hidden
prompt (the one command that waits for input, and only when someone is there to type). The key is checked
by `secrets.clean_key` before it is stored. The keyring is imported only inside the handlers: registering
the parser stays cheap.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from typing import Any

from iam_desktop.cli.common import EXIT_FAILED, EXIT_OK, EXIT_USAGE, error

#: what `keys` knows about each service: (secret name, label, environment variable that overrides it)
SERVICES = {"openai": ("openai_api_key", "OpenAI API key", "OPENAI_API_KEY")}


def register(subparsers: Any) -> None:
    """Add the `keys` command (with `set` and `delete`) to the CLI's subparsers."""
    keys = subparsers.add_parser("keys", help="store or remove API keys in the OS keyring")
    actions = keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    set_parser = actions.add_parser(
        "set", help="store a key read from standard input (a hidden prompt on a terminal)"
    )
    set_parser.add_argument("service", choices=sorted(SERVICES), metavar="SERVICE", help="openai")
    set_parser.set_defaults(handler=set_key)
    delete_parser = actions.add_parser("delete", help="remove a stored key")
    delete_parser.add_argument("service", choices=sorted(SERVICES), metavar="SERVICE", help="openai")
    delete_parser.set_defaults(handler=delete_key)


def set_key(args: argparse.Namespace) -> int:
    from iam_desktop.errors import SecretsUnavailable
    from iam_desktop.redaction import remember_secret
    from iam_desktop.secrets import InvalidSecret, SecretStore, clean_key

    name, label, env_var = SERVICES[args.service]
    try:
        key = _read_key(label)
    except KeyboardInterrupt:
        error("cancelled; nothing was stored")
        return EXIT_FAILED
    remember_secret(key)
    if not key.strip():
        error(
            f"no {label} given: pipe it on standard input, e.g. `iam-desktop keys set {args.service} "
            f"< key.txt`, or type it at the prompt"
        )
        return EXIT_USAGE
    try:
        key = clean_key(key, label=f"the {label}")
    except InvalidSecret as exc:
        error(f"{exc}; nothing was stored")
        return EXIT_USAGE
    store = SecretStore()
    try:
        store.set(name, key)
        backend = store.backend_name()
    except SecretsUnavailable as exc:
        error(str(exc))
        return EXIT_FAILED
    print(f"{label} saved in the OS keyring ({backend})")
    if os.environ.get(env_var, "").strip():
        print(
            f"note: {env_var} is set in the environment and is used instead of the stored key",
            file=sys.stderr,
        )
    return EXIT_OK


def delete_key(args: argparse.Namespace) -> int:
    from iam_desktop.errors import SecretsUnavailable
    from iam_desktop.secrets import SecretStore

    name, label, _ = SERVICES[args.service]
    store = SecretStore()
    try:
        deleted = store.delete(name)
        backend = store.backend_name()
    except SecretsUnavailable as exc:
        error(str(exc))
        return EXIT_FAILED
    print(f"{label} deleted from the OS keyring ({backend})" if deleted else f"no {label} was stored")
    return EXIT_OK


def _read_key(label: str) -> str:
    """The key from a hidden prompt when standard input is a terminal, else the first line of standard
    input (never waits when nothing can be typed). Not yet cleaned."""
    stdin = sys.stdin
    if stdin is None:
        return ""
    if stdin.isatty():
        try:
            return getpass.getpass(f"{label}: ")
        except EOFError:
            return ""
    return stdin.readline()

