from __future__ import annotations

import hashlib
import sqlite3

import pytest

from workbench.core.errors import AmbiguousIdError, InputError, NotFoundError
from workbench.core.library.store import Library


def test_connection_pragmas(lib):
    assert lib.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert lib.db.execute("PRAGMA synchronous").fetchone()[0] == 2
    assert lib.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_import_article_keeps_text_hash_and_metadata(lib, article_text):
    result = lib.articles.add(
        article_text,
        title="DeepSeek",
        url="https://example.org/a",
        site="example.org",
        author="A. Autor",
        published="2025-01-28",
        language="de",
        origin="url",
    )
    assert result.created
    article = lib.articles.get(result.article.id)
    assert article_text == article.text
    assert article.title == "DeepSeek"
    assert len(article.text_sha256) == 64
    row = lib.db.execute("SELECT origin, language, version FROM articles").fetchone()
    assert row == ("url", "de", 1)


def test_identical_text_returns_existing_article(lib, article_text):
    first = lib.articles.add(article_text)
    second = lib.articles.add(article_text.replace("\n", "\r\n"))
    assert not second.created
    assert first.article.id == second.article.id
    assert lib.db.execute("SELECT count(*) FROM articles").fetchone()[0] == 1


def test_new_text_for_known_url_keeps_old_version_and_reanchors(lib, article_text):
    article = lib.articles.add(article_text, url="https://example.org/a").article
    claim = lib.claims.add(article.id, quote="592,7 Milliarden Dollar")
    gone = lib.claims.add(article.id, quote="Sputnik-Moment")
    changed = "Eilmeldung. " + article_text.replace("„Sputnik-Moment“", "Wendepunkt")
    result = lib.articles.add(changed, url="https://example.org/a")
    assert result.new_version
    assert {claim.id: "quote", gone.id: "orphan"} == result.placements
    moved = lib.claims.get(claim.id)
    assert changed[moved.start : moved.end] == "592,7 Milliarden Dollar"
    orphan = lib.claims.get(gone.id)
    assert orphan.orphaned and orphan.start is None
    assert orphan.quote == "Sputnik-Moment"
    versions = lib.articles.versions(article.id, with_text=True)
    assert [v.version for v in versions] == [1, 2]
    assert article_text == versions[0].text


def test_claim_lifecycle_is_audited(lib, article_text):
    article = lib.articles.add(article_text).article
    claim = lib.claims.add(article.id, quote="5,6 Millionen Dollar", statement="Training 5,6 Mio $")
    lib.claims.update(claim.id, status="researching", priority=2)
    actions = [(e.action, e.field) for e in lib.audit.entries(claim.id)]
    assert actions == [("create", None), ("update", "status"), ("update", "priority")]
    assert lib.audit.entries(claim.id)[0].actor == "tester"
    entry = lib.audit.entries(claim.id)[1]
    assert (entry.old, entry.new) == ('"open"', '"researching"')


def test_unknown_status_is_refused(lib, article_text):
    article = lib.articles.add(article_text).article
    claim = lib.claims.add(article.id, quote="Montag")
    with pytest.raises(InputError, match="not a status"):
        lib.claims.update(claim.id, status="finished")
    assert lib.claims.get(claim.id).status == "open"


def test_verdicts_are_append_only_and_newest_counts(lib, article_text):
    article = lib.articles.add(article_text).article
    claim = lib.claims.add(article.id, quote="592,7 Milliarden Dollar")
    lib.verdicts.add(claim.id, "unbelegt", scale="correctiv", rationale="erst einmal")
    lib.verdicts.add(claim.id, "RICHTIG", scale="correctiv", rationale="Kursdaten")
    current = lib.claims.get(claim.id)
    assert (current.rating, current.rating_key, current.rating_value) == ("Richtig", "correct", 8)
    assert [v.rating_label for v in lib.verdicts.list(claim.id)] == ["Unbelegt", "Richtig"]
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        lib.db.execute("UPDATE verdicts SET rating = 'false'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        lib.db.execute("DELETE FROM audit_log")


def test_withdrawn_verdict_clears_rating_but_keeps_history(lib, article_text):
    article = lib.articles.add(article_text).article
    claim = lib.claims.add(article.id, quote="Montag")
    lib.verdicts.add(claim.id, "False")
    lib.verdicts.add(claim.id, None)
    assert lib.claims.get(claim.id).rating is None
    assert [v.rating_label for v in lib.verdicts.list(claim.id)] == ["False", None]


def test_rating_by_value_and_unknown_rating(lib, article_text):
    article = lib.articles.add(article_text).article
    claim = lib.claims.add(article.id, quote="Montag")
    assert lib.verdicts.add(claim.id, "1", scale="politifact").rating_label == "Pants on Fire"
    with pytest.raises(InputError, match="not a rating on the meta scale"):
        lib.verdicts.add(claim.id, "Wahrscheinlich", scale="meta")
    assert len(lib.verdicts.list(claim.id)) == 1


def test_evidence_links_one_source_to_many_claims(lib, article_text):
    article = lib.articles.add(article_text).article
    a = lib.claims.add(article.id, quote="592,7 Milliarden Dollar")
    b = lib.claims.add(article.id, quote="17 Prozent")
    source = lib.sources.add(url="https://example.org/kurs", title="Kursdaten", kind="dataset")
    lib.evidence.add(a.id, source.id, stance="supports", excerpt="lost $592.7bn")
    lib.evidence.add(b.id, source.id, stance="context")
    assert (lib.claims.get(a.id).sources, lib.claims.get(b.id).sources) == (1, 1)
    assert [source.id] == [s.id for s in lib.sources.list(claim_id=a.id)]
    removed = lib.evidence.remove(lib.evidence.for_claim(a.id)[0].id)
    assert lib.claims.get(a.id).sources == 0
    lib.evidence.restore(removed)
    assert lib.evidence.for_claim(a.id)[0].excerpt == "lost $592.7bn"


def test_deleted_claim_is_kept_and_restorable(lib, article_text):
    article = lib.articles.add(article_text).article
    claim = lib.claims.add(article.id, quote="Montag")
    lib.verdicts.add(claim.id, "true")
    lib.claims.delete(claim.id)
    assert lib.claims.list(article_id=article.id) == []
    assert lib.db.execute("SELECT count(*) FROM claims").fetchone()[0] == 1
    lib.claims.restore(claim.id)
    assert lib.claims.list(article_id=article.id)[0].rating == "True"


def test_claim_filters(lib, article_text):
    article = lib.articles.add(article_text).article
    a = lib.claims.add(article.id, quote="Montag")
    b = lib.claims.add(article.id, quote="17 Prozent")
    lib.verdicts.add(a.id, "Falsch", scale="correctiv")
    lib.claims.update(b.id, status="drafted")
    assert [a.id] == [c.id for c in lib.claims.list(rating="falsch")]
    assert [b.id] == [c.id for c in lib.claims.list(rating="none")]
    assert [b.id] == [c.id for c in lib.claims.list(status="drafted")]
    assert [b.id] == [c.id for c in lib.claims.list(text="Prozent")]
    assert lib.claims.count(article_id=article.id) == 2


def test_id_prefixes_resolve_like_git(lib, article_text):
    article = lib.articles.add(article_text).article
    one = lib.claims.add(
        article.id, quote="Montag", claim_id="abcd1111-0000-4000-8000-000000000001"
    )
    lib.claims.add(article.id, quote="17 Prozent", claim_id="abcd2222-0000-4000-8000-000000000002")
    assert one.id == lib.resolve("claim", "ABCD1")
    with pytest.raises(AmbiguousIdError):
        lib.resolve("claim", "abcd")
    with pytest.raises(NotFoundError, match="at least 4"):
        lib.resolve("claim", "abc")
    with pytest.raises(NotFoundError, match="No claim"):
        lib.resolve("claim", "ffff")


def test_a_failed_action_writes_nothing(lib, article_text):
    article = lib.articles.add(article_text).article
    before = lib.db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    with pytest.raises(InputError):
        lib.claims.add(article.id, quote="not in the text")
    with pytest.raises(InputError):
        lib.evidence.add("nope", "nope", stance="maybe")
    assert before == lib.db.execute("SELECT count(*) FROM audit_log").fetchone()[0]
    assert lib.db.execute("SELECT count(*) FROM claims").fetchone()[0] == 0


def test_user_scale(lib):
    scale = lib.scales.add(
        {
            "short_name": "Ampel",
            "name": "Ampel",
            "language": "de",
            "ratings": [
                {"label_en": "Green", "label_de": "Grün"},
                {"label_en": "Yellow", "label_de": "Gelb"},
                {"label_en": "Red", "label_de": "Rot"},
            ],
        }
    )
    assert (scale.short_name, scale.best, scale.worst) == ("ampel", 3, 1)
    assert lib.scales.get("ampel").find("yellow").label_de == "Gelb"


def test_snapshot_keeps_bytes_and_hash(lib):
    source = lib.sources.add(url="https://example.org/p")
    snap = lib.snapshots.add(
        url="https://example.org/p",
        body=b"<p>Hallo</p>",
        http_status=200,
        content_type="text/html",
        source_id=source.id,
    )
    stored = lib.snapshots.get(snap.id)
    assert stored.body == b"<p>Hallo</p>"
    assert hashlib.sha256(b"<p>Hallo</p>").hexdigest() == stored.sha256
    assert stored.size == 12
    with pytest.raises(InputError, match="SHA-256"):
        lib.snapshots.add(url="https://example.org/p", body=b"x", sha256="0" * 64)


def test_in_memory_library_has_builtin_scales():
    lib = Library.in_memory()
    names = [s.short_name for s in lib.scales.list()]
    assert {"five-point", "correctiv", "politifact", "meta"} <= set(names)


def test_drafts_are_kept_apart_from_verdicts(lib, article_text):
    article = lib.articles.add(article_text).article
    claim = lib.claims.add(article.id, quote="Montag")
    lib.drafts.save(claim.id, "rationale", "Die Kursdaten zei")
    lib.drafts.save(claim.id, "rationale", "Die Kursdaten zeigen es.")
    assert "Die Kursdaten zeigen es." == lib.drafts.get(claim.id, "rationale")
    assert [(claim.id, "rationale")] == lib.drafts.list()
    assert [] == lib.verdicts.list(claim.id)
    lib.drafts.discard(claim.id, "rationale")
    assert lib.drafts.get(claim.id, "rationale") is None


def test_sorted_pages_are_stable_and_complete(lib, article_text):
    article = lib.articles.add(article_text).article
    words = ["Montag", "17 Prozent", "592,7", "Milliarden", "Börsenwert", "Sputnik", "Training"]
    made = [lib.claims.add(article.id, quote=w).id for w in words]
    for claim_id in made[::2]:
        lib.claims.update(claim_id, status="drafted")
    for key in ("status", "rating_value", "priority", "updated_at", "sources", "quote"):
        for descending in (False, True):
            pages = [
                c.id
                for offset in range(0, 7, 3)
                for c in lib.claims.list(
                    order_by=key, descending=descending, limit=3, offset=offset
                )
            ]
            assert sorted(made) == sorted(pages)


def test_suggestions_for_an_article_leave_out_claimed_and_dismissed_sentences(lib):
    from workbench.core.language.article_suggestions import suggest_for_article

    text = (
        "Nvidia verlor am Montag 592,7 Milliarden Dollar an Börsenwert. "
        "Laut DeepSeek kostete das Training nur 5,6 Millionen Dollar. "
        "Der Konzern beschäftigt mehr als 30.000 Menschen in 50 Ländern.\n"
    )
    article = lib.articles.add(text, language="de").article
    first = [s.text for s in suggest_for_article(lib, article.id).suggestions]
    assert 3 == len(first)
    claimed = next(s for s in first if "592,7" in s)
    lib.claims.add(article.id, quote=claimed)
    dismissed = next(s for s in first if "30.000" in s)
    lib.dismissals.add(
        article.id, text.index(dismissed), text.index(dismissed) + len(dismissed), dismissed
    )
    left = [s.text for s in suggest_for_article(lib, article.id).suggestions]
    assert [s for s in first if s not in (claimed, dismissed)] == left
