"""Publishing in the app: the report preview and its files, case bundles, "Already checked?"."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from workbench.core.library.store import Library

HOSTILE = '<b>fett</b><script>alert(1)</script><img src="https://evil.example/x.png">'


@pytest.fixture
def claims(lib: Library, article_id: str) -> list[str]:
    first = lib.claims.add(
        article_id, quote="592,7 Milliarden Dollar", statement="Nvidia verlor 592,7 Mrd. " + HOSTILE
    )
    lib.verdicts.add(first.id, "falsch", scale="correctiv", rationale="Kurse zeigen es.")
    lib.claims.update(first.id, status="published")
    second = lib.claims.add(article_id, quote="5,6 Millionen Dollar")
    return [first.id, second.id]


def test_report_preview_shows_escaped_text_and_saves_html_md_pdf(
    qtbot, window, claims, tmp_path: Path, answer
) -> None:
    window.open_article(window.current_article)
    dialog = window.publishing.show_report()
    assert dialog is not None
    qtbot.addWidget(dialog)
    shown = dialog.preview.toPlainText()
    assert "Nvidia verlor 592,7 Mrd. " + HOSTILE in shown
    assert "Falsch" in shown and "Kurse zeigen es." in shown
    assert "ClaimReview" not in shown and "@context" not in shown
    assert not dialog.preview.openLinks() and not dialog.preview.openExternalLinks()
    assert dialog.status.textFormat() == Qt.TextFormat.PlainText
    html_file = dialog.save("html", tmp_path / "bericht.html")
    page = html_file.read_text(encoding="utf-8")
    assert "Content-Security-Policy" in page and "&lt;script&gt;alert(1)" in page
    assert page.count("<script") == 1
    markdown = dialog.save("md", tmp_path / "bericht.md").read_text(encoding="utf-8")
    assert "&lt;b>fett" in markdown and "<b>" not in markdown
    pdf = dialog.save("pdf", tmp_path / "bericht.pdf")
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 1000
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    assert "Fact-check report" in dialog.preview.toPlainText()
    assert dialog.save("html", window.session.path) is None
    assert "library itself" in answer.messages[-1]


def test_case_bundle_leaves_and_comes_back(qtbot, window, claims, tmp_path: Path, answer) -> None:
    window.open_article(window.current_article)
    bundle = tmp_path / "fall.wbcase.json"
    window.publishing.write_case(bundle)
    data = json.loads(bundle.read_text(encoding="utf-8"))
    assert len(data["records"]["claims"]) == 2
    # A case made on another desk arrives in this window's library.
    other_path = tmp_path / "other.sqlite"
    other = Library.open(other_path, actor="kollegin")
    article = other.articles.add("Windräder töten Millionen Vögel.\n", title="Vögel").article
    other.claims.add(article.id, quote="Millionen Vögel")
    other_bundle = tmp_path / "voegel.wbcase.json"
    from workbench.core.publish.case import write_bundle

    write_bundle(other, article.id, other_bundle)
    other.close()
    with qtbot.waitSignal(window.publishing.imported):
        window.publishing.read_case(other_bundle)
    assert window.current_article == article.id
    assert window.claim_model.rowCount() == 1
    assert "Case imported" in window.statusBar().currentMessage()
    window.publishing.read_case(other_bundle)
    assert "nothing changed" in window.statusBar().currentMessage()
    # A damaged bundle is refused with a message and changes nothing.
    count = window.session.library.claims.count()
    broken = tmp_path / "kaputt.json"
    broken.write_bytes(other_bundle.read_bytes()[:300])
    window.publishing.read_case(broken)
    assert "cut short or damaged" in answer.messages[-1]
    assert window.session.library.claims.count() == count


def test_csv_export_from_the_menu(window, claims, tmp_path: Path) -> None:
    target = tmp_path / "claims.csv"
    window.publishing.write_csv(target)
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and raw.count(b"\n") == 3


def test_already_checked_shows_similar_claims_and_published_checks(
    qtbot, window, claims, lib: Library, http_server, monkeypatch
) -> None:
    other = lib.articles.add(
        "Nvidia verlor 592,7 Mrd. Dollar an Börsenwert.\n", title="Zweiter", language="de"
    )
    new = lib.claims.add(other.article.id, quote="Nvidia verlor 592,7 Mrd. Dollar an Börsenwert.")
    window.open_article(other.article.id, new.id)
    window.select_claim(new.id)
    panel = window.inspector.prior
    window.inspector.show_section("prior")
    texts = [panel.similar.item(i).text() for i in range(panel.similar.count())]
    assert window.inspector.section_title("prior") == "Already checked? (1)"
    assert texts and texts[0].startswith("Falsch · Nvidia verlor 592,7 Mrd. " + HOSTILE)
    http_server.expect_request("/claims:search").respond_with_json(
        {
            "claims": [
                {
                    "text": "Nvidia lost $593bn <i>in a day</i>",
                    "claimReview": [
                        {
                            "publisher": {"name": "Checker"},
                            "url": "https://checker.example/nvidia",
                            "textualRating": "True",
                            "reviewDate": "2025-01-29T00:00:00Z",
                        }
                    ],
                }
            ]
        }
    )
    monkeypatch.setenv("WORKBENCH_FACTCHECK_API_URL", http_server.url_for("/claims:search"))
    monkeypatch.setenv("WORKBENCH_FACTCHECK_API_KEY", "k")
    panel.search()
    assert http_server.log[0][0].args["query"] == new.quote
    assert http_server.log[0][0].args["languageCode"] == "de"
    assert panel.published.count() == 1
    assert panel.published.item(0).text().splitlines() == [
        "True · Checker · 2025-01-29",
        "Nvidia lost $593bn <i>in a day</i>",
        "https://checker.example/nvidia",
    ]
    panel.published.setCurrentRow(0)
    evidence = panel.attach_selected()
    assert evidence.source.kind == "fact-check"
    assert [e.source_id for e in lib.evidence.for_claim(new.id)] == [evidence.source_id]
    assert panel.status.textFormat() == Qt.TextFormat.PlainText


def test_missing_key_is_one_line_in_the_panel(window, claims, monkeypatch) -> None:
    monkeypatch.delenv("WORKBENCH_FACTCHECK_API_KEY", raising=False)
    monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyring.backends.null.Keyring")
    window.select_claim(claims[0])
    panel = window.inspector.prior
    panel.search()
    assert panel.status.text().startswith("No API key for the fact-check search")
    assert "\n" not in panel.status.text()
