from __future__ import annotations

import sqlite3

import pytest
from sqlite_utils import Database

from workbench.core.errors import LibraryError
from workbench.core.library.migrations import SCHEMA_STEPS, migrations
from workbench.core.library.store import Library


def test_new_library_gets_every_step(db_path):
    with Library.open(db_path) as lib:
        assert list(SCHEMA_STEPS) == lib.schema_steps()
        assert lib.backup_path is None


def _library_at_step(path, step_index: int) -> None:
    """A library file as an older version of the workbench left it."""
    db = Database(str(path))
    if step_index + 1 < len(SCHEMA_STEPS):
        migrations.apply(db, stop_before=SCHEMA_STEPS[step_index + 1])
    else:
        migrations.apply(db)
    db.conn.close()


@pytest.mark.parametrize("step_index", range(len(SCHEMA_STEPS) - 1))
def test_older_library_is_backed_up_then_migrated(db_path, step_index, snapshot_of):
    _library_at_step(db_path, step_index)
    conn = sqlite3.connect(str(db_path))
    conn.execute(
        "INSERT INTO articles (id, title, text, text_sha256, origin, imported_at, updated_at)"
        " VALUES ('a1', 'Alt', 'Alter Text', 'x', 'pasted', 't', 't')"
    )
    conn.commit()
    conn.close()
    old = snapshot_of(db_path)
    with Library.open(db_path) as lib:
        assert list(SCHEMA_STEPS) == lib.schema_steps()
        assert lib.articles.get("a1").text == "Alter Text"
        backup = lib.backup_path
    assert backup is not None and backup.exists()
    assert old == snapshot_of(backup)


def test_library_of_a_newer_schema_is_refused_untouched(db_path):
    Library.open(db_path).close()
    conn = sqlite3.connect(str(db_path))
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at)"
        " VALUES ('workbench', 'm999_from_the_future', 'later')"
    )
    conn.commit()
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(LibraryError, match="newer version"):
        Library.open(db_path)
    assert before == db_path.read_bytes()


def test_foreign_sqlite_file_is_refused(db_path):
    conn = sqlite3.connect(str(db_path))
    conn.execute("CREATE TABLE photos (id INTEGER)")
    conn.commit()
    conn.close()
    before = db_path.read_bytes()
    with pytest.raises(LibraryError, match="not a workbench library"):
        Library.open(db_path)
    assert before == db_path.read_bytes()
