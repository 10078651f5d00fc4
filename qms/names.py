"""How a person is named on the pages: one rule for a User object and for a row of values."""

from __future__ import annotations


def user_label(first_name: str, last_name: str, username: str) -> str:
    """The full name ("Anna Svensson"), else the username: str(user)."""
    return f"{first_name} {last_name}".strip() or username
