"""The ``specdiff`` command line: thin click wrappers over the library stages.

Each command group lives in its own module; errors from the library become one line on stderr
and an exit code from :mod:`specdiff.errors`, here and nowhere else. Heavy libraries (spaCy,
pdfplumber) are imported only inside the commands that need them, so ``--help`` stays fast.
"""

from __future__ import annotations

import os
import sys
from typing import Any

import click

from .. import __version__
from ..errors import EXIT_USAGE, SpecdiffError

EXIT_BUG = 3

# numpy, which spaCy imports, starts one OpenBLAS thread per core, and they spin for ~0.2 s of CPU
# at start-up (a fifth of a `specdiff diff`; issue 8). specdiff does no BLAS work, so the command
# line asks for one thread; a user's own setting wins. Set before any command imports numpy.
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")


class SpecdiffGroup(click.Group):
    """A click group that turns library errors into one clean line and a documented exit code."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except SpecdiffError as exc:
            click.echo(f"specdiff: error: {exc}", err=True)
            ctx.exit(exc.exit_code)
        except (click.exceptions.Exit, click.exceptions.Abort, click.ClickException):
            raise
        except BrokenPipeError:
            sys.stderr.close()
            ctx.exit(0)
        except KeyboardInterrupt:
            click.echo("specdiff: interrupted", err=True)
            ctx.exit(130)
        except Exception as exc:
            if os.environ.get("SPECDIFF_DEBUG"):
                raise
            click.echo(
                f"specdiff: internal error ({type(exc).__name__}: {exc}); "
                "rerun with SPECDIFF_DEBUG=1 for the traceback and please report it",
                err=True,
            )
            ctx.exit(EXIT_BUG)


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
