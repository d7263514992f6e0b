"""The few named errors specdiff raises, and the exit codes of the command line.

Every stage raises a subclass of :class:`SpecdiffError` for anything the caller can act on (a
file that cannot be read, JSON that breaks a contract, a format that does not exist); a library
user catches that one class. The command line turns each into one line on stderr and an exit
code, from one table (``EXIT_CODES`` in :mod:`specdiff.cli`). Anything else escaping to the top
is a bug, not a user error.
"""

from __future__ import annotations

EXIT_OK = 0
EXIT_DIFFERENCES = 1  # only where reporting differences is the command's purpose (diff --exit-code, check)
EXIT_USAGE = 2  # bad usage or bad input
EXIT_BUG = 3  # an error specdiff did not expect: a bug to report
EXIT_INTERRUPTED = 130  # stopped by Ctrl-C (128 + SIGINT, as shells report it)


class SpecdiffError(Exception):
    """Root of every error specdiff raises on purpose; its message is shown to the user as is."""


class InputError(SpecdiffError):
    """A file that cannot be read as a document: missing, empty, binary, encrypted, scanned."""


class ParseError(SpecdiffError):
    """Text that was read but cannot be turned into a document (e.g. an unknown dialect)."""


class SchemaError(SpecdiffError):
    """JSON that claims to be a specdiff contract but does not follow it."""


class CorpusError(SpecdiffError):
    """A corpus that cannot be used as asked: locked, missing, or a series that does not exist."""


class PolicyError(SpecdiffError):
    """A `specdiff check` policy file that cannot be read or names unknown checks."""


class OutputError(SpecdiffError):
    """A report or artifact that cannot be written where it was asked to go."""


class FormatError(SpecdiffError):
    """A format or choice that does not exist (an output format, a schema name, a redline
    option); the message lists the valid ones."""
