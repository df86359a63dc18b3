"""Bad input gets exit 1, one clear line on stderr, and leaves the library exactly as it was."""

from __future__ import annotations

import sqlite3

import pytest


@pytest.fixture
def prepared(run, db_path, article_text, snapshot_of):
    """A library with one article and one claim, and a check that a command changed nothing."""
    article_id = run("import", "-", input=article_text).stdout.strip()
    claim_id = run("claim", "add", article_id, "--quote", "17 Prozent").stdout.strip()
    before = snapshot_of(db_path)

    def refused(*args, input=None, message: str):
        result = run(*args, input=input)
        assert result.returncode == 1, result.stdout + result.stderr
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, result.stderr
        assert message.lower() in lines[0].lower()
        assert "Traceback" not in result.stderr
        assert before == snapshot_of(db_path)
        return lines[0]

    return article_id, claim_id, refused


def test_binary_file(prepared, tmp_path):
    _, _, refused = prepared
    path = tmp_path / "bild.txt"
    path.write_bytes(bytes(range(256)) * 40)
    refused("import", str(path), message="binary")


def test_empty_file(prepared, tmp_path):
    _, _, refused = prepared
    path = tmp_path / "leer.txt"
    path.write_bytes(b"")
    refused("import", str(path), message="empty")


def test_whitespace_only_text(prepared):
    _, _, refused = prepared
    refused("import", "-", input="   \n\t  \n", message="empty")


def test_text_of_unknown_encoding(prepared, tmp_path):
    _, _, refused = prepared
    path = tmp_path / "kaputt.txt"
    path.write_bytes("Börse ".encode() * 20 + b"\x81\x8d\x8f\x90\x9d\xff\xfe" * 30)
    line = refused("import", str(path), message="encoding")
    assert "--lossy" in line or "--encoding" in line


def test_unknown_encoding_decoded_with_replacement_when_asked(run, tmp_path):
    path = tmp_path / "kaputt.txt"
    path.write_bytes("Börse ".encode() * 20 + b"\x81\x8d\x8f\x90\x9d\xff\xfe" * 30)
    result = run("import", str(path), "--lossy")
    assert result.returncode == 0, result.stderr
    assert "replace" in result.stderr.lower()


def test_text_file_over_the_size_limit(prepared, tmp_path):
    from workbench.core.evidence.documents import MAX_TEXT_BYTES

    _, _, refused = prepared
    path = tmp_path / "riesig.txt"
    with path.open("wb") as handle:
        handle.truncate(MAX_TEXT_BYTES + 1)
    refused("import", str(path), message="MB")


def test_missing_file(prepared, tmp_path):
    _, _, refused = prepared
    refused("import", str(tmp_path / "gibt-es-nicht.txt"), message="gibt-es-nicht.txt")


def test_quote_not_in_article(prepared):
    article_id, _, refused = prepared
    refused("claim", "add", article_id, "--quote", "600 Milliarden", message="does not occur")


def test_unknown_rating(prepared):
    _, claim_id, refused = prepared
    refused("verdict", claim_id, "halbwahr", "--scale", "correctiv", message="not a rating")


def test_unknown_scale(prepared):
    _, claim_id, refused = prepared
    refused("verdict", claim_id, "true", "--scale", "galaxy", message="no scale")


@pytest.mark.parametrize(
    "prefix, message", [("ffff", "no claim"), ("zz", "at least 4"), ("xyz!", "is not an id")]
)
def test_unknown_id_prefix(prepared, prefix, message):
    _, _, refused = prepared
    refused("verdict", prefix, "true", message=message)


def test_ambiguous_id_prefix(run, prepared, db_path, snapshot_of):
    article_id = prepared[0]
    conn = sqlite3.connect(str(db_path))
    for n in (1, 2):
        conn.execute(
            "INSERT INTO claims (id, article_id, quote, prefix, suffix, start, end, status,"
            " created_at, updated_at) VALUES (?, ?, 'Montag', '', '', 0, 5, 'open', 't', 't')",
            [f"beef{n}000-0000-4000-8000-000000000000", article_id],
        )
    conn.commit()
    conn.close()
    before = snapshot_of(db_path)
    result = run("verdict", "beef", "true")
    assert result.returncode == 1
    assert "more than one claim" in result.stderr
    assert before == snapshot_of(db_path)


def test_library_path_that_cannot_be_written(run, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = run("demo", db=blocker / "library.sqlite")
    assert result.returncode == 1
    assert "can't create a library" in result.stderr.lower()
    assert blocker.read_text() == "not a folder"


def test_file_that_is_not_sqlite(run, tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("Einkaufsliste: Milch, Brot\n" * 10)
    before = path.read_bytes()
    result = run("articles", db=path)
    assert result.returncode == 1
    assert "not a workbench library" in result.stderr
    assert before == path.read_bytes()
    assert not (tmp_path / "notes.sqlite-wal").exists()


def test_library_of_a_newer_schema(run, db_path, prepared):
    conn = sqlite3.connect(str(db_path))
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
        " VALUES ('workbench', 'm999_future', 'later')"
    )
    conn.commit()
    conn.close()
    before = db_path.read_bytes()
    result = run("articles")
    assert result.returncode == 1
    assert "newer version" in result.stderr
    assert before == db_path.read_bytes()


def test_export_to_a_folder_that_does_not_exist(prepared, tmp_path):
    refused = prepared[2]
    refused("export", "json", "-o", str(tmp_path / "nope" / "case.json"), message="can't write")
