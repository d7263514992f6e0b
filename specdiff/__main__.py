"""``python -m specdiff``: the same as the ``specdiff`` command."""

from .cli import main

if __name__ == "__main__":
    main()
