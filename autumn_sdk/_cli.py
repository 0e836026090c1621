"""``python -m autumn_sdk``: every operation of an API version as a command, answers as JSON.

The commands come from the generated table of the chosen version (``_generated/<v>/cli.py``: each
operation's namespace, command, method, help text and options), so a new document adds commands by
``make generate`` alone. This module only builds argparse from the table and calls the client
method by name.

Exit status: 0 the call succeeded (its answer on stdout); 1 the API refused it (a 4XX other than
429: fix the request); 2 bad usage (argparse's, and arguments the SDK refuses before any I/O);
3 no usable answer (5XX, 429, no connection, a timeout, an answer that is not what the document
describes: try again later).
"""

from __future__ import annotations

import argparse
import importlib
import json
import re
import sys
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, NoReturn

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2
EXIT_UNAVAILABLE = 3
PROG = "python -m autumn_sdk"


@dataclass(frozen=True)
class Option:
    """One option of a command: an argument of the operation's method."""

    flag: str  # --customer-id
    name: str  # customer_id: the method's keyword
    kind: str  # str | number | integer | bool | enum | json (an object, list or any value, given as JSON)
    required: bool
    help: str
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class Command:
    """One operation: ``<namespace> <command>``, or ``<command>`` for a method of the client itself."""

    namespace: str | None
    command: str  # get-or-create
    method: str  # get_or_create
    summary: str
    description: str
    options: tuple[Option, ...]


class _Formatter(argparse.HelpFormatter):
    """Wraps each paragraph of a description on its own (argparse would join them into one)."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        paragraphs = [" ".join(p.split()) for p in re.split(r"\n\s*\n", text) if p.strip()]
        return "\n\n".join(textwrap.fill(p, width, initial_indent=indent, subsequent_indent=indent) for p in paragraphs)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_USAGE, f"{self.prog}: error: {message}\n")


def _versions() -> tuple[dict[str, str], str]:
    from ._generated.versions import DEFAULT_VERSION, VERSIONS

    return VERSIONS, DEFAULT_VERSION


def _table(version: str) -> tuple[tuple[Command, ...], dict[str, str]]:
    """The generated commands of ``version``, and its namespaces' descriptions."""
    versions, _ = _versions()
    module = importlib.import_module(f"autumn_sdk._generated.{versions[version]}.cli")
    commands: tuple[Command, ...] = module.COMMANDS
    namespaces: dict[str, str] = module.NAMESPACES
    return commands, namespaces


def _client_options(parser: argparse.ArgumentParser, *, leaf: bool) -> None:
    """The options of the client; on a command too (defaults suppressed), so they may follow it."""
    versions, default = _versions()

    def given(value: Any) -> dict[str, Any]:
        return {"default": argparse.SUPPRESS if leaf else value}

    parser.add_argument(
        "--api-version",
        choices=list(versions),
        help=f"the API version to speak (default {default}); it decides the commands",
        **given(default),
    )
    parser.add_argument(
        "--secret-key",
        metavar="KEY",
        help="Autumn's secret key (default: the AUTUMN_SECRET_KEY environment variable)",
        **given(None),
    )
    parser.add_argument("--server-url", metavar="URL", help="default https://api.useautumn.com", **given(None))
    parser.add_argument("--timeout-ms", metavar="MS", type=float, help="per attempt; default 5000", **given(None))


def build_parser(version: str) -> argparse.ArgumentParser:
    """The parser of every command of ``version`` (one of autumn_sdk._generated.versions.VERSIONS)."""
    parser = _Parser(
        prog=PROG,
        formatter_class=_Formatter,
        description=f"Call Autumn's API {version} from the shell: one command per operation, the answer as JSON "
        "on stdout. Exit status: 0 success, 1 the API refused the request (4XX), 2 bad usage, "
        "3 no usable answer (5XX, 429, no connection, timeout).",
    )
    _client_options(parser, leaf=False)
    common = _Parser(add_help=False)
    _client_options(common, leaf=True)
    top = parser.add_subparsers(dest="_group", metavar="COMMAND", required=True)
    namespaces: dict[str, Any] = {}
    commands, descriptions = _table(version)
    for command in commands:
        if command.namespace is None:
            group = top
        elif command.namespace in namespaces:
            group = namespaces[command.namespace]
        else:
            members = ", ".join(c.command for c in commands if c.namespace == command.namespace)
            about = descriptions.get(command.namespace) or members
            ns_parser = top.add_parser(
                command.namespace, help=_first_sentence(about).replace("%", "%%"), description=about, formatter_class=_Formatter
            )
            group = ns_parser.add_subparsers(dest="_operation", metavar="OPERATION", required=True)
            namespaces[command.namespace] = group
        leaf = group.add_parser(
            command.command,
            help=_first_sentence(command.summary).replace("%", "%%"),
            description=command.description or command.summary,
            parents=[common],
            formatter_class=_Formatter,
        )
        leaf.set_defaults(_command=command)
        for option in command.options:
            _add_option(leaf, option)
    return parser


def _first_sentence(text: str) -> str:
    match = re.match(r"(.+?[.!?])(\s|$)", text)
    return match.group(1) if match else text


_METAVARS = {"str": "TEXT", "number": "NUMBER", "integer": "INTEGER", "json": "JSON"}
_TYPES: dict[str, Any] = {"number": float, "integer": int, "str": str}


_CLIENT_FLAGS = frozenset({"--api-version", "--secret-key", "--server-url", "--timeout-ms", "--help"})


def _add_option(parser: argparse.ArgumentParser, option: Option) -> None:
    text = (option.help or " ").replace("%", "%%")  # argparse %-formats help texts
    # An argument spelt like a client option keeps its trailing underscore (`--server-url-`).
    flag = "--" + option.name.replace("_", "-") if option.flag in _CLIENT_FLAGS else option.flag
    option = Option(flag, option.name, option.kind, option.required, option.help, option.choices)
    common: dict[str, Any] = {"dest": option.name, "required": option.required, "default": argparse.SUPPRESS}
    if option.kind == "bool":
        parser.add_argument(option.flag, action=argparse.BooleanOptionalAction, help=text, **common)
    elif option.kind == "enum":
        parser.add_argument(option.flag, choices=option.choices, help=text, **common)
    elif option.kind == "json":
        parser.add_argument(option.flag, type=_json, metavar="JSON", help=f"{text} (as JSON)", **common)
    else:
        kind = option.kind if option.kind in _TYPES else "str"
        parser.add_argument(option.flag, type=_TYPES[kind], metavar=_METAVARS[kind], help=text, **common)


def _json(text: str) -> Any:
    try:
        return json.loads(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not JSON ({exc})") from None


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; return the exit status."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    versions, default = _versions()
    pre = _Parser(add_help=False)
    pre.add_argument("--api-version", choices=list(versions), default=default)
    version = pre.parse_known_args(arguments)[0].api_version
    args = vars(build_parser(version).parse_args(arguments))
    command: Command = args.pop("_command")
    args.pop("_group", None)
    args.pop("_operation", None)
    client_options = {k: args.pop(k) for k in ("api_version", "secret_key", "server_url", "timeout_ms")}
    return _call(command, args, client_options)


def _call(command: Command, kwargs: dict[str, Any], options: dict[str, Any]) -> int:
    from . import errors
    from ._generated.client import Autumn

    try:
        factory: Any = Autumn
        with factory(
            secret_key=options["secret_key"],
            x_api_version=options["api_version"],
            server_url=options["server_url"],
            timeout_ms=options["timeout_ms"],
        ) as client:
            target = client if command.namespace is None else getattr(client, command.namespace)
            answer = getattr(target, command.method)(**kwargs)
    except (TypeError, ValueError) as exc:  # refused before any I/O: a missing key, a bad argument
        return _fail(EXIT_USAGE, str(exc))
    except errors.AutumnDefaultError as exc:
        refused = 400 <= exc.status_code < 500 and exc.status_code != 429
        return _fail(EXIT_REFUSED if refused else EXIT_UNAVAILABLE, str(exc), exc.body)
    except errors.AlreadyAppliedError as exc:
        return _fail(EXIT_REFUSED, str(exc), exc.body)
    except errors.AutumnError as exc:  # no answer, or one that is not what the document describes
        return _fail(EXIT_UNAVAILABLE, str(exc))
    if answer is not None:
        try:
            json.dump(answer.to_dict(), sys.stdout, indent=2, ensure_ascii=False, default=str)
            sys.stdout.write("\n")
            sys.stdout.flush()
        except BrokenPipeError:  # `| head`: the reader has all it wants
            sys.stdout = None  # nothing left to flush at exit: the reader is gone
    return EXIT_OK


def _fail(status: int, message: str, body: str = "") -> int:
    sys.stderr.write(f"{PROG}: {message}\n")
    if body.strip():
        sys.stderr.write(body.rstrip() + "\n")
    return status
