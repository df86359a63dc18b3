"""Placements in the library: what was marked stays, each text version gets its own placement,
uncertain ones wait for the fact-checker, and every move is in the claim's history."""

from __future__ import annotations

import sqlite3

import pytest

from workbench.core.errors import InputError
from workbench.core.library.store import Library

LEAD = "Die Notenbank tagte am Dienstag in Frankfurt."
CLAIMED = "Die Inflation sei im Mai auf drei Prozent gestiegen, sagte der Sprecher der Bank."
MIDDLE = "Viele Ökonomen hatten mit einer Zinssenkung gerechnet, die nun ausbleibt."
OTHER = "Die Regierung will im Herbst ein neues Gesetz vorlegen, hieß es aus Berlin."
QUOTE = "Die Inflation sei im Mai auf drei Prozent gestiegen"
URL = "https://example.org/inflation"


def text(*parts: str) -> str:
    return "\n".join(parts) + "\n"


@pytest.fixture
def marked(lib: Library) -> tuple[str, str]:
    article = lib.articles.add(text(LEAD, CLAIMED, MIDDLE, OTHER), url=URL).article
    claim = lib.claims.add(article.id, quote=QUOTE, statement="Inflation bei 3 %")
    return article.id, claim.id


def new_version(lib: Library, *parts: str) -> dict[str, str]:
    result = lib.articles.add(text(*parts), url=URL)
    assert result.new_version
    return result.placements


def stored_selector(lib: Library, claim_id: str) -> tuple:
    return lib.db.execute(
        "SELECT quote, prefix, suffix, marked_version, marked_start, marked_end FROM claims"
        " WHERE id = ?",
        [claim_id],
    ).fetchone()


def test_marked_selector_is_never_overwritten_across_versions(lib, marked):
    article_id, claim_id = marked
    before = stored_selector(lib, claim_id)
    assert (QUOTE, 1) == (before[0], before[3])
    # A paragraph before it, then a typo fix of the claimed words, then the words reworded.
    new_version(lib, "Eilmeldung.", LEAD, CLAIMED, MIDDLE, OTHER)
    new_version(lib, "Eilmeldung.", LEAD, CLAIMED.replace("Inflation", "Inflatoin"), MIDDLE)
    reworded = "Die Teuerung habe im Mai nach Angaben der Bank drei Prozent erreicht."
    new_version(lib, LEAD, reworded, MIDDLE)
    assert before == stored_selector(lib, claim_id)
    claim = lib.claims.get(claim_id)
    assert QUOTE == claim.marked_quote
    assert 1 == claim.marked_version


def test_each_version_gets_one_placement(lib, marked):
    article_id, claim_id = marked
    new_version(lib, "Eilmeldung.", LEAD, CLAIMED, MIDDLE, OTHER)
    new_version(lib, "Eilmeldung.", LEAD, CLAIMED, MIDDLE)
    placements = lib.placements.for_claim(claim_id)
    assert [1, 2, 3] == [p.version for p in placements]
    assert ["created", "quote", "position"] == [p.method for p in placements]
    current = lib.articles.get(article_id).text
    claim = lib.claims.get(claim_id)
    assert QUOTE == current[claim.start : claim.end] == claim.quote
    assert (claim.start, claim.end) == (placements[-1].start, placements[-1].end)
    assert not claim.needs_review and "quote" != claim.anchored_by
    conn = sqlite3.connect(str(lib.path))
    rows = conn.execute("SELECT count(*), count(DISTINCT version) FROM claim_placements").fetchone()
    conn.close()
    assert (3, 3) == rows


def test_a_changed_figure_waits_for_review_with_its_guess(lib, marked):
    article_id, claim_id = marked
    changed = CLAIMED.replace("drei Prozent", "vier Prozent")
    new_version(lib, LEAD, changed, MIDDLE, OTHER)
    claim = lib.claims.get(claim_id)
    assert claim.needs_review and not claim.orphaned
    assert "rewritten" in (claim.review_reason or "")
    assert "vier Prozent" in claim.quote
    assert QUOTE == claim.marked_quote
    assert [claim_id] == [c.id for c in lib.placements.needs_review(article_id)]
    assert [claim_id] == [c.id for c in lib.claims.list(needs_review=True)]
    (item,) = lib.placements.review(article_id)
    assert QUOTE == item.before_text[item.before_start : item.before_end]
    assert "vier Prozent" in item.text[item.placement.start : item.placement.end]

    confirmed = lib.placements.confirm(claim_id)
    assert not confirmed.needs_review
    assert [] == lib.placements.needs_review()
    assert lib.placements.current(claim_id).confirmed_at is not None
    assert "tester" == lib.placements.current(claim_id).confirmed_by


def test_confirmed_placement_is_where_the_next_version_looks(lib, marked):
    article_id, claim_id = marked
    changed = CLAIMED.replace("drei Prozent", "vier Prozent")
    new_version(lib, LEAD, changed, MIDDLE, OTHER)
    lib.placements.confirm(claim_id)
    new_version(lib, "Eilmeldung.", LEAD, changed, MIDDLE, OTHER)
    claim = lib.claims.get(claim_id)
    assert not claim.needs_review
    assert "vier Prozent" in claim.quote and "quote" == claim.anchored_by


def test_deleted_words_orphan_the_claim_and_wait_until_the_orphan_is_accepted(lib, marked):
    article_id, claim_id = marked
    assert {claim_id: "orphan"} == new_version(lib, LEAD, MIDDLE, OTHER)
    claim = lib.claims.get(claim_id)
    assert claim.orphaned and claim.start is None and claim.needs_review
    assert "no longer in the text" in (claim.review_reason or "")
    accepted = lib.placements.accept_orphan(claim_id)
    assert accepted.orphaned and not accepted.needs_review
    # Still gone in the next version: an accepted orphan is not asked about again.
    new_version(lib, "Eilmeldung.", LEAD, MIDDLE, OTHER)
    assert not lib.claims.get(claim_id).needs_review
    # The words come back: the claim is placed again.
    new_version(lib, LEAD, CLAIMED, MIDDLE, OTHER)
    back = lib.claims.get(claim_id)
    assert not back.orphaned and QUOTE == back.quote


def test_claim_placed_by_hand_keeps_its_marked_quote(lib, marked):
    article_id, claim_id = marked
    reworded = "Die Teuerung habe im Mai drei Prozent erreicht, sagte der Sprecher der Bank."
    new_version(lib, LEAD, reworded, MIDDLE, OTHER)
    moved = lib.placements.place_manually(claim_id, quote="Die Teuerung habe im Mai drei Prozent")
    assert ("manual", False, False) == (moved.anchored_by, moved.needs_review, moved.orphaned)
    assert "Die Teuerung habe im Mai drei Prozent" == moved.quote
    assert QUOTE == moved.marked_quote
    current = lib.placements.current(claim_id)
    assert ("manual", 1.0, False) == (current.method, current.confidence, current.needs_review)
    assert 2 == len(lib.placements.for_claim(claim_id))


def test_a_flagged_guess_can_be_turned_into_an_orphan(lib, marked):
    article_id, claim_id = marked
    new_version(lib, LEAD, CLAIMED.replace("drei Prozent", "vier Prozent"), MIDDLE, OTHER)
    orphan = lib.placements.accept_orphan(claim_id)
    assert orphan.orphaned and orphan.start is None and not orphan.needs_review
    assert "orphan" == lib.placements.current(claim_id).method


def test_quote_not_in_the_text_is_refused_and_nothing_changes(lib, marked):
    article_id, claim_id = marked
    new_version(lib, LEAD, CLAIMED.replace("drei Prozent", "vier Prozent"), MIDDLE, OTHER)
    before = lib.claims.get(claim_id)
    with pytest.raises(InputError, match="does not occur"):
        lib.placements.place_manually(claim_id, quote="fünf Prozent")
    assert before == lib.claims.get(claim_id)


def test_history_shows_the_moves(lib, marked):
    article_id, claim_id = marked
    new_version(lib, "Eilmeldung.", LEAD, CLAIMED, MIDDLE, OTHER)
    new_version(lib, "Eilmeldung.", LEAD, MIDDLE, OTHER)
    lib.placements.accept_orphan(claim_id)
    summaries = [e.summary for e in lib.verdicts.history(claim_id)]
    moves = [s for s in summaries if "placement" in s]
    assert 3 == len(moves), summaries
    assert moves[0].startswith("update claim placement: 46-97 -> v2 58-109 by quote")
    assert "orphaned by orphan, to review" in moves[1]
    assert [1, 2, 3] == [p.version for p in lib.placements.moves(claim_id)]


def test_older_library_keeps_its_claims_where_they_are(db_path):
    """A library from before placements: each claim's current place becomes its placement."""
    from sqlite_utils import Database

    from workbench.core.library.migrations import SCHEMA_STEPS, migrations

    db = Database(str(db_path))
    migrations.apply(db, stop_before="m_place_claim_placements")
    db.execute(
        "INSERT INTO articles (id, title, text, text_sha256, origin, version, imported_at,"
        " updated_at) VALUES ('a1', 'A', ?, 'x', 'pasted', 2, 't', 't')",
        [text(LEAD, CLAIMED)],
    )
    db.execute(
        'INSERT INTO claims (id, article_id, quote, prefix, suffix, start, "end", orphaned,'
        " anchored_by, status, created_at, updated_at) VALUES"
        " ('c1', 'a1', ?, '', '', 46, 97, 0, 'quote', 'open', 't', 't'),"
        " ('c2', 'a1', 'weg', '', '', NULL, NULL, 1, 'orphan', 'open', 't', 't')",
        [QUOTE],
    )
    db.conn.commit()
    db.conn.close()
    assert "m_place_claim_placements" in SCHEMA_STEPS
    with Library.open(db_path, actor="tester") as lib:
        kept = lib.claims.get("c1")
        assert (46, 97, QUOTE, QUOTE, 2) == (
            kept.start,
            kept.end,
            kept.quote,
            kept.marked_quote,
            kept.marked_version,
        )
        (placement,) = lib.placements.for_claim("c1")
        assert (2, 46, 97, "quote") == (
            placement.version,
            placement.start,
            placement.end,
            placement.method,
        )
        assert lib.placements.current("c2").orphaned
        # And the next version re-places it from there.
        lib.articles.update_text("a1", text("Eilmeldung.", LEAD, CLAIMED))
        assert QUOTE == lib.claims.get("c1").quote
