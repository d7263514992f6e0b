"""The ``specdiff`` command line: thin click wrappers over the library stages.

Each command group lives in its own module; errors from the library become one line on stderr
and an exit code from one table (:data:`EXIT_CODES`), here and nowhere else. Heavy libraries (spaCy,
pdfplumber) are imported only inside the commands that need them, so ``--help`` stays fast.
"""

from __future__ import annotations

import errno
import os
from importlib import import_module
from typing import Any

import click

from .. import __version__
from ..errors import EXIT_BUG, EXIT_INTERRUPTED, EXIT_OK, EXIT_USAGE, SpecdiffError
from .output import silence_stdout, stdout_error

# How a command that did not finish ends: the first entry that is a class of the exception wins.
# Exit codes: 0 ok; 1 differences found or policy failed (diff --exit-code, check); 2 bad usage or
# unreadable input; 3 a bug in specdiff; 130 interrupted.
EXIT_CODES: tuple[tuple[type[BaseException], int], ...] = (
    (SpecdiffError, EXIT_USAGE),  # bad input or usage the library named: its message is the line
    (BrokenPipeError, EXIT_OK),  # the reader of stdout went away (``specdiff ... | head``)
    (KeyboardInterrupt, EXIT_INTERRUPTED),
    (OSError, EXIT_USAGE),  # the surroundings, not specdiff: a full disk, a folder not writable
    (Exception, EXIT_BUG),
)


def exit_code(exc: BaseException) -> int:
    """The exit code a command ends with when ``exc`` escapes it (see :data:`EXIT_CODES`)."""
    return next(code for kind, code in EXIT_CODES if isinstance(exc, kind))


class OneLineUsageError(click.ClickException):
    """A click usage error shown as the one line every other error gets, with the way to help.

    click's own display is three lines and more (usage, a hint, a blank line, the error); a
    script reading stderr, or a person, wants the one line that says what is wrong.
    """

    def __init__(self, original: click.ClickException) -> None:
        super().__init__(" ".join(original.format_message().split()))
        self.exit_code = original.exit_code  # type: ignore[misc]  # click keeps it per instance too
        ctx = getattr(original, "ctx", None)
        self.hint = f" (see '{ctx.command_path} --help')" if ctx is not None else ""

    def show(self, file: Any = None) -> None:
        click.echo(f"specdiff: error: {self.message}{self.hint}", err=True)


def _one_line(exc: click.ClickException) -> click.ClickException:
    if type(exc).__name__ == "NoArgsIsHelpError":  # a bare command: its help is the answer
        return exc
    return OneLineUsageError(exc)


class SpecdiffGroup(click.Group):
    """A click group that turns library errors into one clean line and a documented exit code."""

    def make_context(
        self, info_name: str | None, args: list[str], parent: click.Context | None = None, **extra: Any
    ) -> click.Context:
        try:
            return super().make_context(info_name, args, parent=parent, **extra)
        except OneLineUsageError:
            raise
        except click.ClickException as exc:
            raise _one_line(exc) from None

    def main(self, *args: Any, **kwargs: Any) -> Any:
        """Run a command line. numpy, which spaCy imports, starts one OpenBLAS thread per core,
        and they spin for ~0.2 s of CPU at start-up (a fifth of a ``specdiff diff``). specdiff
        does no BLAS work, so a run asks for one thread before any command imports numpy; a
        user's own setting wins. Set here, when a command runs, never on import."""
        os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
        return super().main(*args, **kwargs)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*self.commands, *_COMMAND_MODULES})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        """The command of that name, its module imported now; for a name that is no command,
        every command is loaded first, so that click's "did you mean" sees them all."""
        if cmd_name not in self.commands:
            wanted = _COMMAND_MODULES.get(cmd_name)
            for module in sorted(set(_COMMAND_MODULES.values())) if wanted is None else [wanted]:
                import_module(f"{__name__}.{module}").register(self)
        return super().get_command(ctx, cmd_name)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (OneLineUsageError, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except click.ClickException as exc:
            raise _one_line(exc) from None
        except (Exception, KeyboardInterrupt) as exc:
            code = exit_code(exc)
            if code == EXIT_BUG and os.environ.get("SPECDIFF_DEBUG"):
                raise
            if isinstance(exc, BrokenPipeError):
                silence_stdout()
            else:
                click.echo(_message(exc, code), err=True)
            ctx.exit(code)


def _message(exc: BaseException, code: int) -> str:
    if isinstance(exc, KeyboardInterrupt):
        return "specdiff: interrupted"
    if code == EXIT_BUG:
        return (
            f"specdiff: internal error ({type(exc).__name__}: {exc}); "
            "rerun with SPECDIFF_DEBUG=1 for the traceback and please report it"
        )
    if isinstance(exc, OSError) and not isinstance(exc, SpecdiffError):
        return f"specdiff: error: {_os_message(exc)}"
    return f"specdiff: error: {exc}"


def _os_message(exc: OSError) -> str:
    if exc.filename is None and exc.errno in (errno.ENOSPC, errno.EIO, errno.EDQUOT, errno.EFBIG):
        return str(stdout_error(exc))  # nothing named: it was stdout (``-o`` names its file)
    reason = exc.strerror or str(exc)
    return f"cannot use {exc.filename}: {reason}" if exc.filename is not None else reason


@click.group(cls=SpecdiffGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="specdiff")
def main() -> None:
    """Parse, compare and check job classification standards.

    Exit codes: 0 ok; 1 differences found or policy failed (only with --exit-code or check);
    2 bad usage or unreadable input; 3 a bug in specdiff; 130 interrupted.
    """


# Each command's module, imported when the command is run or listed: a run of ``specdiff diff``
# then does not import the check, corpus, ladder and parse commands and what they import
# (the check outputs, their findings model: ~8 ms of a cold run).
_COMMAND_MODULES = {
    "check": "check",
    "corpus": "corpus",
    "diff": "diff",
    "ingest": "parse",
    "ladder": "ladder",
    "parse": "parse",
}


__all__ = ["EXIT_CODES", "EXIT_USAGE", "exit_code", "main"]
