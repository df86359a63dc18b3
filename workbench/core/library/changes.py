"""What an operation is and what it changed: plain records with no database behind them.

Kept apart from operations.py so that the app's session can speak of changes without loading
the library's storage code before the window is painted.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Op:
    """One operation: its name, its arguments and the words that describe it to a user."""

    name: str
    args: dict[str, Any]
    description: str

    def to_json(self) -> str:
        return json.dumps(
            {"name": self.name, "args": self.args, "description": self.description},
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str) -> Op:
        data = json.loads(text)
        return cls(data["name"], data["args"], data["description"])


@dataclass(frozen=True)
class OpChanges:
    """What an operation touched, for the views to refresh."""

    article_id: str | None = None
    claim_ids: tuple[str, ...] = ()
    claims_added_or_removed: bool = False
    evidence: bool = False
    verdict: bool = False
    articles: bool = False
    settings: bool = False
    suggestions: bool = False
