"""`workbench score FILE|-`: one statement per line, scored in order, with reasons."""

from __future__ import annotations

import json

import pytest

STATEMENTS = (
    "Die Arbeitslosenquote stieg im Januar auf 6,1 Prozent, teilte die Bundesagentur mit.\n"
    "\n"
    "Tickets gibt es ab 19,90 Euro.\n"
    "Wie geht es nach der Wahl weiter?\n"
)


def test_score_a_file_as_json(run, tmp_path):
    path = tmp_path / "statements.txt"
    path.write_text(STATEMENTS, encoding="utf-8")
    result = run("score", str(path), "--lang", "de", "--json", db=None)
    assert 0 == result.returncode, result.stderr
    rows = json.loads(result.stdout)
    assert [1, 3, 4] == [r["line"] for r in rows]
    assert [line for line in STATEMENTS.splitlines() if line] == [r["text"] for r in rows]
    assert [True, False, False] == [r["suggested"] for r in rows]
    assert rows[0]["score"] >= 0.5 > rows[1]["score"]
    first = rows[0]["reasons"][0]
    assert {"code", "text", "text_de", "weight"} == set(first)
    assert any(r["code"] == "figure" and r["weight"] > 0 for r in rows[0]["reasons"])


def test_score_standard_input_for_people(run):
    result = run("score", "-", input=STATEMENTS, db=None)
    assert 0 == result.returncode, result.stderr
    lines = result.stdout.splitlines()
    assert 3 == len(lines)
    assert lines[0].startswith("0.") or lines[0].startswith("1.")
    assert " * " in lines[0] and " * " not in lines[1]
    assert "Tickets gibt es ab 19,90 Euro." in lines[1]


def test_min_score_trades_precision_for_recall(run):
    everything = json.loads(
        run("score", "-", "--json", "--min-score", "0", input=STATEMENTS).stdout
    )
    assert all(r["suggested"] for r in everything)
    strict = json.loads(run("score", "-", "--json", "--min-score", "1", input=STATEMENTS).stdout)
    assert [r["score"] == 1.0 for r in strict] == [r["suggested"] for r in strict]
    assert [r["score"] for r in strict] == [r["score"] for r in everything]


@pytest.mark.parametrize(
    ("args", "data", "message"),
    [
        (("score", "-"), "\n  \n", "every line is empty"),
        (("score", "-"), "12 345\n678\n", "Pass --lang de or --lang en"),
        (("score", "-"), "Le gouvernement a annoncé une hausse des impôts.\n", "look like fr"),
        (("score", "no-such-file.txt"), None, "Could not read no-such-file.txt"),
    ],
)
def test_bad_input_gets_one_clear_line(run, args, data, message):
    result = run(*args, input=data, db=None)
    assert 1 == result.returncode
    assert [message in line for line in result.stderr.strip().splitlines()] == [True]


def test_a_binary_or_non_utf8_file_is_refused(run, tmp_path):
    binary = tmp_path / "image.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    latin = tmp_path / "latin1.txt"
    latin.write_bytes("Die Steuer stieg um 5 Prozent für Bürger.".encode("latin-1"))
    for path, message in ((binary, "is not a text file"), (latin, "is not UTF-8 text")):
        result = run("score", str(path), "--lang", "de", db=None)
        assert 1 == result.returncode
        assert message in result.stderr


def test_a_min_score_out_of_range_is_a_usage_error(run):
    assert 2 == run("score", "-", "--min-score", "2", input="Hallo Welt.\n", db=None).returncode
