"""CSV for spreadsheets: umlauts readable, formulas neutralised, one row per claim."""

from __future__ import annotations

import csv
import io

import pytest

from workbench.core.publish import spreadsheet


def read(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(raw[3:].decode("utf-8"), newline="")))


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=1+1", "'=1+1"),
        ("+49 30 123", "'+49 30 123"),
        ("-5", "'-5"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("  =cmd", "'  =cmd"),
        ("Börsenwert", "Börsenwert"),
        (None, ""),
        (3, "3"),
    ],
)
def test_cells_that_would_run_as_formulas_are_neutralised(value, expected):
    assert spreadsheet.cell(value) == expected


def test_hostile_claim_is_one_safe_row(lib, hostile, hostile_case, tmp_path):
    target = tmp_path / "claims.csv"
    assert spreadsheet.write_csv(lib, target) == 1
    header, row = read(target)
    assert header == list(spreadsheet.COLUMNS)
    for value in row:
        assert not value.startswith(("=", "+", "-", "@", "\t", "\r")), value
    record = dict(zip(header, row, strict=True))
    assert record["statement"] == "'=" + hostile
    assert record["claimant"] == "'@" + hostile
    assert record["claim_date"] == "2024-01-01"
    assert record["rationale"] == "'-" + hostile
    assert record["quote"] == hostile


def test_rows_match_the_library(lib, worked_case, tmp_path):
    target = tmp_path / "claims.csv"
    assert spreadsheet.write_csv(lib, target, article_id=worked_case["article"]) == 2
    rows = [dict(zip(read(target)[0], r, strict=True)) for r in read(target)[1:]]
    first = next(r for r in rows if r["quote"] == "592,7 Milliarden Dollar")
    claim = lib.claims.get(worked_case["claim"])
    assert first == {
        "article": "Nvidia verliert",
        "article_url": "https://example.org/nvidia",
        "quote": "592,7 Milliarden Dollar",
        "statement": "Nvidia verlor 592,7 Milliarden Dollar an einem Tag.",
        "claimant": "Beispiel-Zeitung",
        "claim_date": "",
        "status": "published",
        "scale": "correctiv",
        "rating": "Richtig",
        "rationale": "Kursdaten bestätigen es.",
        "updated": claim.updated_at,
        "sources": "1",
        "review_url": "https://faktencheck.example/nvidia",
    }
    second = next(r for r in rows if r["quote"] == "5,6 Millionen Dollar")
    assert (second["rating"], second["sources"], second["status"]) == ("", "0", "open")


def test_many_claims_stream_across_pages(lib, tmp_path, monkeypatch):
    monkeypatch.setattr(spreadsheet, "PAGE", 7)
    article = lib.articles.add("Satz eins. " * 40 + "\n", title="Viele").article
    for number in range(23):
        lib.claims.add(article.id, quote="Satz eins.", occurrence=number + 1)
    target = tmp_path / "claims.csv"
    assert spreadsheet.write_csv(lib, target) == 23
    assert len(read(target)) == 24
