"""The command line, run in a real process against a real library file."""

from __future__ import annotations

import json
import sqlite3


def _ok(result):
    assert result.returncode == 0, result.stderr
    return result.stdout


def test_round_trip_import_claim_source_verdict_export(run, tmp_path, db_path, article_text):
    article_file = tmp_path / "artikel.md"
    article_file.write_text("# DeepSeek-Schock\n\n" + article_text, encoding="utf-8")
    article_id = _ok(run("import", str(article_file), "--lang", "de")).strip()
    assert article_id == _ok(run("import", str(article_file))).strip()

    claim_id = _ok(
        run(
            "claim",
            "add",
            article_id[:6],
            "--quote",
            "592,7 Milliarden Dollar",
            "--statement",
            "Nvidia verlor 592,7 Milliarden Dollar an einem Tag.",
            "--claimant",
            "Beispiel-Zeitung",
        )
    ).strip()
    evidence_id = _ok(
        run(
            "source",
            "add",
            claim_id[:6],
            "https://example.org/kurse",
            "--stance",
            "supports",
            "--excerpt",
            "lost $592.7 billion",
            "--no-fetch",
        )
    ).strip()
    _ok(
        run(
            "verdict",
            claim_id[:6],
            "richtig",
            "--scale",
            "correctiv",
            "--rationale",
            "Kursdaten bestätigen es.",
        )
    )
    _ok(run("claim", "set", claim_id[:6], "--status", "published"))
    _ok(run("config", "organisation", "Demo-Faktencheck"))
    out = tmp_path / "review.json"
    _ok(run("export", "claimreview", "-o", str(out)))

    conn = sqlite3.connect(str(db_path))
    conn.row_factory = sqlite3.Row
    article = conn.execute("SELECT * FROM articles").fetchone()
    assert (article["title"], article["language"], article["origin"]) == (
        "DeepSeek-Schock",
        "de",
        "file",
    )
    claim = conn.execute("SELECT * FROM claims").fetchone()
    assert (claim["status"], claim["rating"], claim["rating_value"], claim["scale"]) == (
        "published",
        "correct",
        8,
        "correctiv",
    )
    text = article["text"]
    assert text[claim["start"] : claim["end"]] == "592,7 Milliarden Dollar"
    evidence = conn.execute("SELECT * FROM evidence").fetchone()
    assert (evidence_id, "supports", "lost $592.7 billion") == (
        evidence["id"],
        evidence["stance"],
        evidence["excerpt"],
    )
    verdict = conn.execute("SELECT * FROM verdicts").fetchone()
    assert (verdict["rating_label"], verdict["rationale"], verdict["author"]) == (
        "Richtig",
        "Kursdaten bestätigen es.",
        "cli-tester",
    )
    actors = {r[0] for r in conn.execute("SELECT DISTINCT actor FROM audit_log")}
    assert {"cli-tester"} == actors
    conn.close()

    reviews = json.loads(out.read_text(encoding="utf-8"))
    assert len(reviews) == 1
    review = reviews[0]
    assert review["@type"] == "ClaimReview"
    assert review["@context"] == "https://schema.org"
    assert review["claimReviewed"] == "Nvidia verlor 592,7 Milliarden Dollar an einem Tag."
    assert review["reviewRating"] == {
        "@type": "Rating",
        "ratingValue": 8,
        "bestRating": 8,
        "worstRating": 1,
        "alternateName": "Richtig",
        "name": "Richtig",
    }
    assert review["itemReviewed"]["author"]["name"] == "Beispiel-Zeitung"
    assert review["author"]["name"] == "Demo-Faktencheck"


def test_listings_print_json_only(run):
    _ok(run("demo"))
    claims = json.loads(_ok(run("claims", "--json")))
    assert len(claims) == 6
    for key in (
        "id",
        "article_id",
        "quote",
        "statement",
        "start",
        "end",
        "status",
        "rating",
        "sources",
    ):
        assert key in claims[0]
    rated = json.loads(_ok(run("claims", "--rating", "unbelegt", "--json")))
    assert [c["rating"] for c in rated] == ["Unbelegt"]
    articles = json.loads(_ok(run("articles", "--json")))
    assert articles[0]["title"] == "Was hinter dem DeepSeek-Schock steckt"
    shown = json.loads(_ok(run("show", articles[0]["id"][:5], "--json")))
    assert len(shown["claims"]) == 6 and "592,7 Milliarden Dollar" in shown["text"]
    hits = json.loads(_ok(run("search", "borsenwert", "--json")))
    assert {"article", "claim", "source"} <= {h["kind"] for h in hits}
    scales = json.loads(_ok(run("scales", "--json")))
    assert {"five-point", "correctiv", "politifact", "meta"} <= {s["short_name"] for s in scales}
    history = json.loads(_ok(run("history", claims[0]["id"], "--json")))
    assert [h["kind"] for h in history if h["kind"] == "verdict"] == ["verdict", "verdict"]
    case = json.loads(_ok(run("export", "json")))
    assert {"articles", "claims", "sources", "evidence", "verdicts"} <= set(case)
    assert len(case["claims"]) == 6 and len(case["verdicts"]) == 5


def test_created_object_as_json(run, article_text):
    article = json.loads(_ok(run("import", "-", "--json", input=article_text)))
    assert article["created"] and article["version"] == 1
    claim = json.loads(_ok(run("claim", "add", article["id"], "--quote", "17 Prozent", "--json")))
    listed = json.loads(_ok(run("claims", "--json")))
    assert set(listed[0]) == set(claim)


def test_stdin_import_and_occurrence(run):
    text = "Er sagte: 5 Dollar. Sie sagte: 5 Dollar."
    article_id = _ok(run("import", "-", input=text)).strip()
    ambiguous = run("claim", "add", article_id, "--quote", "5 Dollar")
    assert ambiguous.returncode == 1
    assert "occurs 2 times" in ambiguous.stderr
    second = json.loads(
        _ok(run("claim", "add", article_id, "--quote", "5 Dollar", "--occurrence", "2", "--json"))
    )
    assert text.rindex("5 Dollar") == second["start"]


def test_person_source_and_evidence_listing(run, article_text):
    article_id = _ok(run("import", "-", input=article_text)).strip()
    claim_id = _ok(run("claim", "add", article_id, "--quote", "17 Prozent")).strip()
    _ok(
        run(
            "source",
            "add",
            claim_id,
            "Interview mit einer Analystin",
            "--kind",
            "person",
            "--note",
            "Telefonat am 28.01.",
        )
    )
    items = json.loads(_ok(run("evidence", "list", claim_id, "--json")))
    assert items[0]["source"]["kind"] == "person"
    assert items[0]["note"] == "Telefonat am 28.01."


def test_default_library_lives_in_the_data_folder(run, tmp_path, cli_env):
    created = run("demo", db=None)
    _ok(created)
    default = tmp_path / "xdg-data" / "workbench" / "workbench.sqlite"
    assert default.exists()
    assert f"Created a new library at {default}" in created.stderr
    assert "DeepSeek" in _ok(run("articles", db=None))
    env = {**cli_env, "WORKBENCH_DB": str(tmp_path / "via-env.sqlite")}
    _ok(run("config", "organisation", "Faktencheck", db=None, env=env))
    assert (tmp_path / "via-env.sqlite").exists()


def test_a_command_that_only_reads_creates_nothing(run, tmp_path, cli_env):
    for args in (["articles"], ["claims", "--json"], ["search", "Börse"], ["config"]):
        result = run(*args, db=tmp_path / "typo" / "x.sqlite")
        assert (result.returncode, result.stdout) == (1, "")
        assert "There is no library at" in result.stderr
        result = run(*args, db=None)
        assert result.returncode == 1 and "There is no library at" in result.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == []


def test_a_write_to_a_missing_folder_is_refused(run, tmp_path):
    result = run("demo", db=tmp_path / "typo" / "x.sqlite")
    assert result.returncode == 1
    assert "the folder does not exist" in result.stderr
    assert not (tmp_path / "typo").exists()


def test_usage_errors_exit_2(run):
    assert run("claim", "add").returncode == 2
    assert run("no-such-command").returncode == 2
    assert run("export", "pdf").returncode == 2


def test_claim_figures_flags_a_source_that_disagrees(run):
    article_id = _ok(
        run(
            "import",
            "-",
            "--lang",
            "de",
            input=(
                "Wang sagte, DeepSeek verfüge über etwa 50.000 Hochleistungs-GPUs vom Typ H100. "
                "Nvidia verlor 592,7 Milliarden Dollar an Börsenwert.\n"
            ),
        )
    ).strip()
    gpus = _ok(
        run(
            "claim",
            "add",
            article_id,
            "--quote",
            "DeepSeek verfüge über etwa 50.000 Hochleistungs-GPUs",
        )
    ).strip()
    loss = _ok(
        run("claim", "add", article_id, "--quote", "Nvidia verlor 592,7 Milliarden Dollar")
    ).strip()
    _ok(
        run(
            "source",
            "add",
            gpus,
            "Gespräch mit einer Analystin",
            "--kind",
            "person",
            "--excerpt",
            "They run about 10,000 GPUs at most.",
        )
    )
    _ok(
        run(
            "source",
            "add",
            loss,
            "https://example.org/kurs",
            "--no-fetch",
            "--excerpt",
            "Nvidia lost $589 billion of market value",
        )
    )
    report = json.loads(_ok(run("claim", "figures", gpus, "--json")))
    comparison = report["sources"][0]["comparisons"][0]
    assert ("mismatch", 0.8) == (comparison["status"], comparison["difference"])
    assert 1 == report["mismatches"]
    report = json.loads(_ok(run("claim", "figures", loss, "--json")))
    assert "match" == report["sources"][0]["comparisons"][0]["status"]
    human = run("claim", "figures", gpus)
    assert "differs by 80.0%" in human.stdout and "MISMATCH" in human.stdout


def test_the_app_without_a_screen_says_so(run, cli_env):
    env = {
        k: v
        for k, v in cli_env.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = run("gui", env=env)
    assert 1 == result.returncode
    assert "no screen" in result.stderr
    assert 1 == len(result.stderr.strip().splitlines())
