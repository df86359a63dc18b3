"""Articles and their text versions; a new text re-anchors every claim of the article."""

from __future__ import annotations

import builtins
import hashlib
from typing import Any

from workbench.core import ids
from workbench.core.errors import InputError, NotFoundError
from workbench.core.library.claims import Claims
from workbench.core.library.models import ORIGINS, Article, ArticleVersion, ImportResult
from workbench.core.library.placements import Placements
from workbench.core.library.unit import Repository, UnitOfWork
from workbench.core.timeutil import now_iso

ARTICLE_LISTING = (
    "SELECT a.id, a.title, a.url, a.site, a.author, a.published, a.language, a.text_sha256,"
    " a.origin, a.file_name, a.version, a.imported_at, a.updated_at,"
    " (SELECT count(*) FROM claims c WHERE c.article_id = a.id AND c.deleted_at IS NULL)"
    " AS claims FROM articles a"
)


def text_sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def normalise_text(text: str) -> str:
    """Line ends as \\n and no trailing blanks at the end, so that the same text hashes alike.

    Text with NUL bytes is refused on every import path (file, URL, paste, standard input):
    it is a binary file read as text, and a NUL would cut the text short in other programs.
    """
    if "\x00" in text:
        raise InputError("The text contains NUL bytes: it looks like a binary file, not text.")
    return text.replace("\r\n", "\n").replace("\r", "\n").strip("\n\t ") + "\n"


class Articles(Repository):
    """Articles and their text versions; a new version places every claim again."""

    def __init__(self, unit: UnitOfWork, claims: Claims) -> None:
        super().__init__(unit)
        self._claims = claims
        self._placements = Placements(unit, claims)

    def add(
        self,
        text: str,
        *,
        title: str | None = None,
        url: str | None = None,
        site: str | None = None,
        author: str | None = None,
        published: str | None = None,
        language: str | None = None,
        origin: str = "pasted",
        file_name: str | None = None,
    ) -> ImportResult:
        """Add an article; identical text returns the existing one, a known URL gets a new version."""
        if origin not in ORIGINS:
            raise InputError(f"Unknown origin {origin!r}.")
        if not text or not text.strip():
            raise InputError("The article has no text.")
        text = normalise_text(text)
        digest = text_sha256(text)
        row = self.db.execute(
            "SELECT id FROM articles WHERE text_sha256 = ? ORDER BY imported_at LIMIT 1", [digest]
        ).fetchone()
        if row:
            return ImportResult(self.get(row[0]), created=False, new_version=False, placements={})
        if url:
            row = self.db.execute(
                "SELECT id FROM articles WHERE url = ? ORDER BY imported_at LIMIT 1", [url]
            ).fetchone()
            if row:
                placements = self.update_text(row[0], text)
                return ImportResult(
                    self.get(row[0]), created=False, new_version=True, placements=placements
                )
        now = now_iso()
        record: dict[str, Any] = {
            "id": ids.new_id(),
            "title": (title or _title_from(text)).strip(),
            "url": url,
            "site": site,
            "author": author,
            "published": published,
            "language": language,
            "text": text,
            "text_sha256": digest,
            "origin": origin,
            "file_name": file_name,
            "version": 1,
            "imported_at": now,
            "updated_at": now,
        }
        with self._unit.transaction():
            self.db.table("articles").insert(record)
            self._unit.audit(
                "create",
                "articles",
                record["id"],
                new={k: v for k, v in record.items() if k != "text"},
            )
        return ImportResult(self.get(record["id"]), created=True, new_version=False, placements={})

    def update_text(self, article_id: str, text: str) -> dict[str, str]:
        """Store a new text version and place every claim in it; returns claim id -> method.

        Each claim keeps what was marked; the new version gets a placement of its own, and an
        uncertain or lost one waits in the review list (see Placements).
        """
        text = normalise_text(text)
        digest = text_sha256(text)
        current = self.get(article_id, with_text=True)
        if current.text_sha256 == digest:
            return {}
        assert current.text is not None
        now = now_iso()
        with self._unit.transaction():
            version = current.version + 1
            self.db.table("article_versions").insert(
                {
                    "id": ids.new_id(),
                    "article_id": article_id,
                    "version": current.version,
                    "text": current.text,
                    "text_sha256": current.text_sha256,
                    "created_at": current.updated_at,
                }
            )
            self.db.table("articles").update(
                article_id,
                {"text": text, "text_sha256": digest, "version": version, "updated_at": now},
            )
            self._unit.audit("update", "articles", article_id, "version", current.version, version)
            return self._placements.place_all(
                article_id, current.version, current.text, version, text
            )

    def update(self, article_id: str, **fields: Any) -> Article:
        """Change an article's metadata (title, url, site, author, published, language)."""
        allowed = {"title", "url", "site", "author", "published", "language"}
        unknown = set(fields) - allowed
        if unknown:
            raise InputError(f"Articles have no field {sorted(unknown)[0]!r}.")
        current = self.get(article_id).to_dict()
        with self._unit.transaction():
            self.db.table("articles").update(article_id, {**fields, "updated_at": now_iso()})
            self._unit.audit_changes("articles", article_id, current, fields)
        return self.get(article_id)

    def get(self, article_id: str, *, with_text: bool = True) -> Article:
        rows = list(self.db.query(ARTICLE_LISTING + " WHERE a.id = ?", [article_id]))
        if not rows:
            raise NotFoundError(f"There is no article {article_id}.")
        row = rows[0]
        if with_text:
            got = self.db.execute("SELECT text FROM articles WHERE id = ?", [article_id]).fetchone()
            row["text"] = got[0]
        return Article(**row)

    def list(self, *, limit: int | None = None, offset: int = 0) -> builtins.list[Article]:
        sql = ARTICLE_LISTING + " ORDER BY a.imported_at DESC"
        if limit is not None:
            sql += f" LIMIT {int(limit)} OFFSET {int(offset)}"
        return [Article(**row) for row in self.db.query(sql)]

    def versions(
        self, article_id: str, *, with_text: bool = False
    ) -> builtins.list[ArticleVersion]:
        """Every text the article has had, oldest first; the last one is the current text."""
        columns = "id, article_id, version, text_sha256, created_at"
        if with_text:
            columns += ", text"
        rows = self.db.query(
            f"SELECT {columns} FROM article_versions WHERE article_id = ? ORDER BY version",
            [article_id],
        )
        versions = [ArticleVersion(**row) for row in rows]
        current = self.get(article_id, with_text=with_text)
        versions.append(
            ArticleVersion(
                id=current.id,
                article_id=current.id,
                version=current.version,
                text_sha256=current.text_sha256,
                created_at=current.updated_at,
                text=current.text if with_text else None,
            )
        )
        return versions

    def count(self) -> int:
        return int(self.db.execute("SELECT count(*) FROM articles").fetchone()[0])

    def find_by_url(self, url: str) -> Article | None:
        row = self.db.execute("SELECT id FROM articles WHERE url = ? LIMIT 1", [url]).fetchone()
        return self.get(row[0]) if row else None


def _title_from(text: str) -> str:
    first = next((line.strip() for line in text.splitlines() if line.strip()), "Untitled")
    first = first.lstrip("#").strip()
    return first if len(first) <= 120 else first[:117].rstrip() + "..."
