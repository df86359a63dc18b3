"""Exports never land on a library: not the open one, not its -wal or -shm, not one in use."""

from __future__ import annotations

from pathlib import Path

import pytest

from workbench.core.errors import InputError
from workbench.core.publish import export, spreadsheet


def test_no_export_replaces_a_library_in_use(lib, worked_case, snapshot_of):
    before = snapshot_of(lib.path)
    for target in (lib.path, Path(f"{lib.path}-wal"), Path(f"{lib.path}-shm")):
        with pytest.raises(InputError, match="library in use"):
            export.write_json([], target)
        with pytest.raises(InputError, match="library in use"):
            spreadsheet.write_csv(lib, target)
    assert snapshot_of(lib.path) == before
    assert lib.claims.count() == 2
