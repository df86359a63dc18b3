"""The library's settings, its rating scales and its audit log."""

from __future__ import annotations

import builtins
import json
from typing import Any

from workbench.core.errors import InputError, LibraryError, NotFoundError
from workbench.core.library.models import AuditEntry
from workbench.core.library.scales import Scale, fold, scale_from_dict
from workbench.core.library.unit import Repository, UnitOfWork
from workbench.core.timeutil import now_iso
from workbench.core.urls import check_url


class Settings(Repository):
    """Key-value settings kept in the library (organisation, default scale, language)."""

    def get(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row and row[0] is not None else default

    def set(self, key: str, value: str) -> None:
        if key.endswith("_url") and value:
            value = check_url(value, what="The organisation's address")
        with self._unit.transaction():
            old = self.get(key)
            self.db.table("settings").upsert({"key": key, "value": value}, pk="key")
            self._unit.audit("update", "settings", key, "value", old, value)


class Scales(Repository):
    """Rating scales: the built-in ones and those the user added."""

    def __init__(self, unit: UnitOfWork, settings: Settings) -> None:
        super().__init__(unit)
        self._settings = settings
        self._cache: dict[str, Scale] | None = None
        self._labels: dict[tuple[str, str], tuple[str, str]] | None = None
        self._names: dict[str, list[tuple[str, str]]] | None = None

    def list(self) -> builtins.list[Scale]:
        rows = self.db.query("SELECT * FROM scales ORDER BY builtin DESC, created_at, short_name")
        return [scale for scale in (self.from_row(row) for row in rows) if scale is not None]

    def get(self, short_name: str | None = None) -> Scale:
        """A scale by short name; without one, the library's default scale."""
        name = short_name or self._settings.get("default_scale", "five-point") or "five-point"
        rows = list(self.db.query("SELECT * FROM scales WHERE short_name = ?", [name.lower()]))
        if not rows:
            known = ", ".join(s.short_name for s in self.list())
            raise NotFoundError(f"There is no scale called {name!r}; known scales: {known}.")
        scale = self.from_row(rows[0])
        if scale is None:
            raise LibraryError(
                f"The scale {name!r} in this library is damaged (its definition can't be read);"
                " run `workbench check`."
            )
        return scale

    def add(self, scale: Scale | dict[str, Any]) -> Scale:
        if isinstance(scale, dict):
            scale = scale_from_dict(scale)
        if self.db.execute(
            "SELECT 1 FROM scales WHERE short_name = ?", [scale.short_name]
        ).fetchone():
            raise LibraryError(f"A scale called {scale.short_name!r} exists already.")
        row: dict[str, Any] = {
            "short_name": scale.short_name,
            "name": scale.name,
            "description": scale.description,
            "language": scale.language,
            "builtin": 0,
            "definition": json.dumps([r.to_dict() for r in scale.ratings], ensure_ascii=False),
            "created_at": now_iso(),
        }
        with self._unit.transaction():
            self.db.table("scales").insert(row)
            self._unit.audit("create", "scales", scale.short_name, new=row)
        self.forget()
        return self.get(scale.short_name)

    def all(self) -> dict[str, Scale]:
        """Every readable scale by short name, read once and kept."""
        if self._cache is None:
            self._cache = {s.short_name: s for s in self.list()}
        return self._cache

    def forget(self) -> None:
        """Drop what was kept, after a scale was added or changed."""
        self._cache = self._labels = self._names = None

    def labels(self) -> dict[tuple[str, str], tuple[str, str]]:
        """(scale, rating key) -> (label, colour), for turning rows into claims quickly."""
        if self._labels is None:
            self._labels = {
                (scale.short_name, r.key): (r.label(scale.language), r.color)
                for scale in self.all().values()
                for r in scale.ratings
            }
        return self._labels

    def ratings_matching(self, label: str) -> builtins.list[tuple[str, str]]:
        """(scale, rating key) pairs whose label (either language) or key is the given text."""
        if self._names is None:
            names: dict[str, list[tuple[str, str]]] = {}
            for scale in self.all().values():
                for r in scale.ratings:
                    for name in {fold(r.label_en), fold(r.label_de), fold(r.key)}:
                        names.setdefault(name, []).append((scale.short_name, r.key))
            self._names = names
        return list(self._names.get(fold(label), []))

    def bad_rows(self) -> builtins.list[str]:
        """Short names of scales whose stored definition can't be read."""
        rows = self.db.query("SELECT * FROM scales ORDER BY short_name")
        return [row["short_name"] for row in rows if self.from_row(row) is None]

    @staticmethod
    def from_row(row: dict[str, Any]) -> Scale | None:
        """The scale of a row, or None when its definition is damaged (one bad row must not
        make the whole library unreadable)."""
        try:
            data = {
                "short_name": row["short_name"],
                "name": row["name"],
                "description": row["description"],
                "language": row["language"],
                "ratings": json.loads(row["definition"]),
            }
            scale = scale_from_dict(data)
        except (ValueError, TypeError, KeyError, AttributeError, InputError):
            return None
        if row["builtin"]:
            return Scale(
                scale.short_name,
                scale.name,
                scale.description,
                scale.language,
                scale.ratings,
                builtin=True,
            )
        return scale


class AuditLog(Repository):
    """Every change ever made to the library, oldest first."""

    def entries(
        self, record_id: str | None = None, limit: int | None = None
    ) -> builtins.list[AuditEntry]:
        sql = "SELECT seq, at, actor, action, table_name, record_id, field, old, new FROM audit_log"
        params: builtins.list[Any] = []
        if record_id:
            sql += " WHERE record_id = ?"
            params.append(record_id)
        sql += " ORDER BY seq"
        if limit:
            sql += f" LIMIT {int(limit)}"
        return [AuditEntry(**row) for row in self.db.query(sql, params)]
