"""The app beside the command line: it sees their edits and never undoes over them."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from gui_helpers import rows

from workbench.core.errors import ConflictError
from workbench.core.library.store import Library
from workbench.gui.session import Session
from workbench.gui.undo import EditClaim

REPO = Path(__file__).resolve().parents[2]


def cli(db_path: Path, *args: str, user: str = "cli-user") -> str:
    result = subprocess.run(
        [sys.executable, "-m", "workbench", "--db", str(db_path), *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=str(REPO),
        env={**os.environ, "WORKBENCH_USER": user},
    )
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_an_undo_over_a_cli_edit_is_refused_with_a_clear_message(
    qtbot, session: Session, lib: Library, article_id: str, db_path: Path
) -> None:
    claim = lib.claims.add(article_id, quote="17 Prozent")
    assert session.run(EditClaim(session, claim.id, article_id, "statement", None, "App-Fassung"))
    cli(db_path, "claim", "set", claim.id, "--statement", "CLI-Fassung")
    failures: list[Exception] = []
    session.failed.connect(failures.append)
    session.undo_stack.undo()
    assert len(failures) == 1 and isinstance(failures[0], ConflictError)
    assert "cli-user changed this claim since" in str(failures[0])
    sql = "SELECT statement FROM claims WHERE id = ?"
    assert rows(db_path, sql, (claim.id,)) == [("CLI-Fassung",)]


def test_the_app_notices_edits_made_by_the_command_line(
    qtbot, window, lib: Library, article_id: str, db_path: Path
) -> None:
    claim = lib.claims.add(article_id, quote="17 Prozent")
    window.session.check_for_changes()
    with qtbot.waitSignal(window.session.changed_elsewhere, timeout=5000):
        cli(db_path, "claim", "set", claim.id, "--statement", "Vom Terminal geändert")
        assert window.session.check_for_changes()
    model = window.claim_model

    def shown() -> list[str | None]:
        found = [model.claim_at(row) for row in range(model.rowCount())]
        return [c.statement for c in found if c is not None]

    qtbot.waitUntil(lambda: "Vom Terminal geändert" in shown(), timeout=5000)
    cli(db_path, "verdict", claim.id, "false", "--scale", "five-point")
    assert window.session.check_for_changes()
    shown_in_article = {c.id: c.rating_key for c in window.article_view.claims}
    assert shown_in_article[claim.id] == "false"  # the article's highlight follows too
    assert window.session.check_for_changes() is False  # nothing new since
