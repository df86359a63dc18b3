"""A library with one article whose every text field is hostile, and a plain worked case."""

from __future__ import annotations

import pytest

from workbench.core.library.store import Library

HOSTILE = (
    '<script>alert("x")</script></script><img src=x onerror=alert(1)>'
    ' =HYPERLINK("http://evil") [link](javascript:alert(1)) *bold* # heading'
    " \u202egnp.exe & café"
)


@pytest.fixture
def hostile() -> str:
    return HOSTILE


@pytest.fixture
def hostile_case(lib: Library) -> dict[str, str]:
    """Every field a report or spreadsheet shows carries markup, a formula and an RTL override."""
    text = f"Einleitung.\n{HOSTILE}\nDie Mieten stiegen um 40 Prozent.\n"
    article = lib.articles.add(
        text,
        title=HOSTILE,
        url="javascript:alert(1)",
        site=HOSTILE,
        author=HOSTILE,
        language="de",
    ).article
    claim = lib.claims.add(
        article.id,
        quote=HOSTILE,
        statement="=" + HOSTILE,
        claimant="@" + HOSTILE,
        claim_date="2024-01-01",
        status="reviewed",
    )
    # The library refuses such an address today; a file from an older version may hold one.
    with lib.transaction():
        lib.db.execute(
            "UPDATE claims SET review_url = 'javascript:alert(2)' WHERE id = ?", [claim.id]
        )
    source = lib.sources.add(
        url="https://example.org/<script>", title=HOSTILE, publisher=HOSTILE, kind="web"
    )
    lib.sources.update(source.id, archive_url='https://archive.example/"><script>alert(3)</script>')
    lib.evidence.add(claim.id, source.id, stance="refutes", excerpt="+" + HOSTILE)
    lib.snapshots.add(url="https://example.org/x", body=b"page", source_id=source.id)
    lib.verdicts.add(claim.id, "falsch", scale="correctiv", rationale="-" + HOSTILE)
    lib.settings.set("organisation", HOSTILE)
    return {"article": article.id, "claim": claim.id, "source": source.id}


@pytest.fixture
def worked_case(lib: Library) -> dict[str, str]:
    text = (
        "Die Aktie fiel am Montag um 17 Prozent.\n"
        "Damit verlor Nvidia 592,7 Milliarden Dollar an Börsenwert.\n"
        "Das Training soll nur 5,6 Millionen Dollar gekostet haben.\n"
    )
    article = lib.articles.add(
        text,
        title="Nvidia verliert",
        url="https://example.org/nvidia",
        site="Beispiel-Zeitung",
        author="Erika Muster",
        published="2025-01-28",
        language="de",
    ).article
    first = lib.claims.add(
        article.id,
        quote="592,7 Milliarden Dollar",
        statement="Nvidia verlor 592,7 Milliarden Dollar an einem Tag.",
        claimant="Beispiel-Zeitung",
        status="published",
    )
    lib.claims.update(first.id, review_url="https://faktencheck.example/nvidia")
    second = lib.claims.add(
        article.id, quote="5,6 Millionen Dollar", statement="Das Training kostete 5,6 Mio. Dollar."
    )
    source = lib.sources.add(
        url="https://example.org/kurse", title="Kursdaten", publisher="Börse Beispiel"
    )
    lib.sources.update(source.id, archive_url="https://web.archive.org/web/2025/kurse")
    lib.evidence.add(first.id, source.id, stance="supports", excerpt="lost $592.7 billion")
    snap = lib.snapshots.add(
        url="https://example.org/kurse", body=b"<html>Kurse</html>", source_id=source.id
    )
    lib.verdicts.add(first.id, "richtig", scale="correctiv", rationale="Kursdaten bestätigen es.")
    lib.sources.record_link_check(source.id, state="alive", http_status=200)
    lib.settings.set("organisation", "Demo-Faktencheck")
    lib.settings.set("organisation_url", "https://faktencheck.example")
    return {
        "article": article.id,
        "claim": first.id,
        "open_claim": second.id,
        "source": source.id,
        "snapshot": snap.id,
        "sha256": snap.sha256,
    }
