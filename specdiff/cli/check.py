"""``specdiff check NEW``: the CI gate. Exit 0 passed, 1 the policy failed, 2 bad usage or input."""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path

import click

from ..checks.outputs import OUTPUT_FORMATS
from ..errors import EXIT_DIFFERENCES, SpecdiffError
from .options import ocr_option, output_option, write_output
from .output import choose_format


def _timestamp() -> datetime:
    """Now, or SOURCE_DATE_EPOCH when set, so CI artifacts can be reproduced byte for byte."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isascii() and epoch.isdigit():
        try:
            return datetime.fromtimestamp(int(epoch), UTC)
        except (OverflowError, OSError, ValueError) as exc:
            reason = "is not a time a report can carry (seconds since 1970, up to the year 9999)"
            raise SpecdiffError(f"SOURCE_DATE_EPOCH={epoch[:30]} {reason}") from exc
    return datetime.now(UTC).replace(microsecond=0)


@click.command("check")
@click.argument("new", type=click.Path(path_type=Path), required=False)
@click.option("--against", type=click.Path(path_type=Path), help="The previous version (file or document.json).")
@click.option(
    "--corpus", type=click.Path(path_type=Path), help="Find the previous version of NEW's series in this corpus."
)
@click.option("--policy", "policy_path", type=click.Path(path_type=Path), help="A TOML policy laid over the default.")
@click.option(
    "--format",
    "fmt",
    type=click.Choice(OUTPUT_FORMATS),
    default=None,
    help="Default: from the -o file's suffix, else text.",
)
@click.option(
    "--fail-on",
    type=click.Choice(["error", "warning", "info", "never"]),
    default=None,
    help="Override the policy's fail_on.",
)
@click.option("--dialect", default=None, help="Parse as this format instead of detecting it.")
@click.option(
    "--review",
    "review_path",
    type=click.Path(path_type=Path),
    help="A review.json exported from the change report of OLD and NEW: findings on approved changes become info.",
)
@click.option("--print-default-policy", is_flag=True, help="Print the built-in policy (TOML) and exit.")
@ocr_option
@output_option
def check_command(
    new: Path | None,
    against: Path | None,
    corpus: Path | None,
    policy_path: Path | None,
    fmt: str | None,
    fail_on: str | None,
    dialect: str | None,
    review_path: Path | None,
    print_default_policy: bool,
    ocr: str,
    output: str,
) -> None:
    """Check a standard before publication: the document alone, and its changes from the
    previous version (--against OLD or --corpus DIR). Exit codes: 0 passed, 1 the policy
    failed, 2 bad usage or unreadable input."""
    from .. import __version__
    from ..api import check, render
    from ..checks.outputs import RunInfo
    from ..checks.policy import default_policy_text

    if print_default_policy:
        write_output(default_policy_text(), output)
        return
    if new is None:
        raise click.UsageError("missing argument NEW (the standard to check)")
    fmt = choose_format(fmt, output, OUTPUT_FORMATS)
    if against is not None and corpus is not None:
        raise click.UsageError("give --against or --corpus, not both")
    report = check(
        new,
        against=against,
        corpus=corpus,
        policy=policy_path,
        review=review_path,
        fail_on=fail_on,
        dialect=dialect,
        ocr=ocr,
        notify=_stderr,
    )
    import socket  # here, not at the top: the other commands' start-up does not pay for it

    info = RunInfo(timestamp=_timestamp(), hostname=socket.gethostname() or "localhost", version=__version__)
    write_output(render(report, fmt, info=info), output)
    if not report.passed:
        raise SystemExit(EXIT_DIFFERENCES)


def _stderr(message: str) -> None:
    click.echo(message, err=True)


def register(group: click.Group) -> None:
    group.add_command(check_command)
