"""workbench undo and redo: the last change by the same user, refused over someone else's."""

from __future__ import annotations

import json


def _ok(result):
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_undo_and_redo_a_cli_edit(run) -> None:
    _ok(run("demo"))
    claim = json.loads(_ok(run("claims", "--json")))[0]
    _ok(run("claim", "set", claim["id"], "--status", "reviewed"))
    assert _ok(run("undo")).strip() == "Undone: Edit claim"
    listed = {c["id"]: c for c in json.loads(_ok(run("claims", "--json")))}
    assert listed[claim["id"]]["status"] == claim["status"]
    assert _ok(run("redo")).strip() == "Redone: Edit claim"
    listed = {c["id"]: c for c in json.loads(_ok(run("claims", "--json")))}
    assert listed[claim["id"]]["status"] == "reviewed"


def test_undo_refuses_over_someone_elses_change(run, cli_env) -> None:
    _ok(run("demo"))
    claim = json.loads(_ok(run("claims", "--json")))[0]
    _ok(run("claim", "set", claim["id"], "--statement", "Annas Fassung"))
    other = {**cli_env, "WORKBENCH_USER": "ben"}
    _ok(run("claim", "set", claim["id"], "--statement", "Bens Fassung", env=other))
    refused = run("undo")
    assert refused.returncode == 1
    assert "ben changed this claim since" in refused.stderr
    assert refused.stderr.count("\n") == 1
    listed = {c["id"]: c for c in json.loads(_ok(run("claims", "--json")))}
    assert listed[claim["id"]]["statement"] == "Bens Fassung"
    nothing = run("undo", env={**cli_env, "WORKBENCH_USER": "carla"})
    assert nothing.returncode == 1 and "nothing of carla's to undo" in nothing.stderr
