"""specdiff: parse, compare and check public-sector job classification standards."""

__version__ = "0.1.0"
