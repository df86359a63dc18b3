"""The review of claim placements on the command line: list, confirm, place by hand, orphan."""

from __future__ import annotations

import json
import sqlite3

import pytest

from workbench.core.library.store import Library

URL = "https://example.org/notenbank"
LEAD = "Die Notenbank tagte am Dienstag in Frankfurt."
CLAIMED = "Die Inflation sei im Mai auf drei Prozent gestiegen, sagte der Sprecher der Bank."
STEADY = "Der Leitzins bleibe bei vier Prozent, teilte die Bank am Abend in Frankfurt mit."
OTHER = "Viele Ökonomen hatten mit einer Zinssenkung gerechnet, die nun ausbleibt."
QUOTE = "Die Inflation sei im Mai auf drei Prozent gestiegen"
STEADY_QUOTE = "Der Leitzins bleibe bei vier Prozent"


def text(*parts: str) -> str:
    return "\n".join(parts) + "\n"


@pytest.fixture
def claims(db_path) -> dict[str, str]:
    """Two claims; in the new version one's figure changed (flagged), the other stayed put."""
    with Library.open(db_path, actor="tester") as lib:
        article = lib.articles.add(text(LEAD, CLAIMED, STEADY, OTHER), url=URL).article
        flagged = lib.claims.add(article.id, quote=QUOTE)
        steady = lib.claims.add(article.id, quote=STEADY_QUOTE)
        changed = CLAIMED.replace("drei Prozent", "vier Prozent")
        lib.articles.add(text(LEAD, changed, STEADY, OTHER), url=URL)
    return {"article": article.id, "flagged": flagged.id, "steady": steady.id}


def test_claims_needs_review_lists_only_the_uncertain_one(run, claims):
    result = run("claims", "--needs-review", "--json")
    assert 0 == result.returncode, result.stderr
    (item,) = json.loads(result.stdout)
    assert claims["flagged"] == item["id"]
    assert (True, False, QUOTE) == (item["needs_review"], item["orphaned"], item["marked_quote"])
    assert "vier Prozent" in item["quote"]
    assert item["review_reason"] and item["confidence"] < 1
    everything = {c["id"]: c for c in json.loads(run("claims", "--json").stdout)}
    steady = everything[claims["steady"]]
    assert (STEADY_QUOTE, STEADY_QUOTE, False) == (
        steady["quote"],
        steady["marked_quote"],
        steady["needs_review"],
    )
    assert {"start", "end", "anchored_by"} <= set(steady)
    plain = run("claims").stdout
    assert "needs review" in plain


def test_claim_confirm_clears_the_review(run, claims):
    result = run("claim", "confirm", claims["flagged"][:8])
    assert 0 == result.returncode, result.stderr
    assert "confirmed at" in result.stdout
    assert [] == json.loads(run("claims", "--needs-review", "--json").stdout)


def test_claim_place_moves_the_claim_and_keeps_the_marked_quote(run, claims, db_path):
    result = run("claim", "place", claims["flagged"], "--quote", "auf vier Prozent", "--json")
    assert 0 == result.returncode, result.stderr
    placed = json.loads(result.stdout)
    assert ("auf vier Prozent", "manual", False) == (
        placed["quote"],
        placed["anchored_by"],
        placed["needs_review"],
    )
    conn = sqlite3.connect(str(db_path))
    stored, current = conn.execute(
        "SELECT quote, current_quote FROM claims WHERE id = ?", [claims["flagged"]]
    ).fetchone()
    rows = conn.execute(
        "SELECT version, method FROM claim_placements WHERE claim_id = ? ORDER BY version",
        [claims["flagged"]],
    ).fetchall()
    conn.close()
    assert (QUOTE, "auf vier Prozent") == (stored, current)
    assert [(1, "created"), (2, "manual")] == rows
    listing = run("claim", "placements", claims["flagged"]).stdout
    assert "manual" in listing and "confirmed" in listing


def test_quote_not_in_the_text_is_refused_with_one_line(run, claims, snapshot_of, db_path):
    before = snapshot_of(db_path)
    result = run("claim", "place", claims["flagged"], "--quote", "fünf Prozent")
    assert 1 == result.returncode
    assert "does not occur in the article's text" in result.stderr
    assert 1 == len(result.stderr.strip().splitlines())
    assert before == snapshot_of(db_path)


def test_claim_orphan_keeps_the_claim_without_a_place(run, claims):
    result = run("claim", "orphan", claims["flagged"], "--json")
    assert 0 == result.returncode, result.stderr
    orphan = json.loads(result.stdout)
    assert (True, None, None, False) == (
        orphan["orphaned"],
        orphan["start"],
        orphan["quote"],
        orphan["needs_review"],
    )
    assert QUOTE == orphan["marked_quote"]
    history = run("history", claims["flagged"]).stdout
    assert "placement" in history and "orphaned" in history


PAGE = """<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Notenbank</title>
</head><body><article><h1>Notenbank</h1><p>{lead}</p><p>{claimed}</p><p>{steady}</p>
<p>{other}</p></article></body></html>"""


def test_import_of_a_new_version_says_which_claims_wait(run, http_server):
    def serve(claimed: str) -> str:
        http_server.clear()
        body = PAGE.format(lead=LEAD, claimed=claimed, steady=STEADY, other=OTHER)
        http_server.expect_request("/notenbank").respond_with_data(
            body.encode("utf-8"), content_type="text/html; charset=utf-8"
        )
        return http_server.url_for("/notenbank")

    url = serve(CLAIMED)
    article = json.loads(run("import", url, "--json").stdout)["id"]
    assert 0 == run("claim", "add", article, "--quote", QUOTE).returncode
    serve(CLAIMED.replace("drei Prozent", "vier Prozent"))
    second = run("import", url)
    assert 0 == second.returncode, second.stderr
    assert "1 claim(s) need your review" in second.stderr
    assert f"workbench claims --needs-review --article {article[:8]}" in second.stderr


def test_show_marks_the_claims_waiting_for_review(run, claims):
    result = run("show", claims["article"][:8])
    assert 0 == result.returncode, result.stderr
    lines = result.stdout.splitlines()
    flagged = next(line for line in lines if claims["flagged"][:8] in line)
    steady = next(line for line in lines if claims["steady"][:8] in line)
    assert " ?" in flagged and " ?" not in steady
    assert "1 claim(s) marked ? wait for review" in result.stdout


def test_an_answer_about_a_placement_can_be_undone(run, claims):
    before = {c["id"]: c for c in json.loads(run("claims", "--json").stdout)}[claims["flagged"]]
    placed = run("claim", "place", claims["flagged"][:8], "--quote", "auf vier Prozent gestiegen")
    assert 0 == placed.returncode, placed.stderr
    undone = run("undo")
    assert 0 == undone.returncode, undone.stderr
    assert undone.stdout.strip() == "Undone: Place claim"
    after = {c["id"]: c for c in json.loads(run("claims", "--json").stdout)}[claims["flagged"]]
    assert (after["start"], after["end"], after["needs_review"]) == (
        before["start"],
        before["end"],
        True,
    )
    assert after["marked_quote"] == QUOTE
