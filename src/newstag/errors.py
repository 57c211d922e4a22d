"""The one exception every stage raises for a problem the user can fix.

It lives below every other module so that any stage can raise it and the
command line (the top) can catch it, without the stages importing the CLI.
"""

from __future__ import annotations

__all__ = ["UserError"]


class UserError(Exception):
    """A problem the user can fix; the CLI prints it as one line and exits with status 2."""
