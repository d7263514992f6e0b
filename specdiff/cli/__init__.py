"""The ``specdiff`` command line: thin click wrappers over the library stages.

Each command group lives in its own module; errors from the library become one line on stderr
and an exit code from :mod:`specdiff.errors`, here and nowhere else. Heavy libraries (spaCy,
pdfplumber) are imported only inside the commands that need them, so ``--help`` stays fast.
"""

from __future__ import annotations

import errno
import os
from typing import Any

import click

from .. import __version__
from ..errors import EXIT_BUG, EXIT_USAGE, SpecdiffError
from .output import silence_stdout, stdout_error

# numpy, which spaCy imports, starts one OpenBLAS thread per core, and they spin for ~0.2 s of CPU
# at start-up (a fifth of a `specdiff diff`; issue 8). specdiff does no BLAS work, so the command
# line asks for one thread; a user's own setting wins. Set before any command imports numpy.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


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

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except SpecdiffError as exc:
            click.echo(f"specdiff: error: {exc}", err=True)
            ctx.exit(exc.exit_code)
        except OneLineUsageError:
            raise
        except click.ClickException as exc:
            raise _one_line(exc) from None
        except (click.exceptions.Exit, click.exceptions.Abort):
            raise
        except BrokenPipeError:
            silence_stdout()
            ctx.exit(0)
        except KeyboardInterrupt:
            click.echo("specdiff: interrupted", err=True)
            ctx.exit(130)
        except OSError as exc:
            # The surroundings, not specdiff: a full disk, a name too long, a folder not writable.
            click.echo(f"specdiff: error: {_os_message(exc)}", err=True)
            ctx.exit(EXIT_USAGE)
        except Exception as exc:
            if os.environ.get("SPECDIFF_DEBUG"):
                raise
            click.echo(
                f"specdiff: internal error ({type(exc).__name__}: {exc}); "
                "rerun with SPECDIFF_DEBUG=1 for the traceback and please report it",
                err=True,
            )
            ctx.exit(EXIT_BUG)


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
    2 bad usage or unreadable input; 3 a bug in specdiff.
    """


def _register() -> None:
    from . import check as check_commands
    from . import corpus as corpus_commands
    from . import diff as diff_commands
    from . import ladder as ladder_commands
    from . import parse as parse_commands

    parse_commands.register(main)
    diff_commands.register(main)
    check_commands.register(main)
    corpus_commands.register(main)
    ladder_commands.register(main)


_register()

__all__ = ["EXIT_USAGE", "main"]
