"""Every item model passes Qt's model tester, and lists what the library holds."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt

from workbench.core.library.store import Library
from workbench.gui.claim_model import (
    PAGE,
    PLACEHOLDER,
    ClaimIdRole,
    ClaimQuery,
    ClaimTableModel,
)
from workbench.gui.evidence_widgets import EvidenceModel
from workbench.gui.history_model import HistoryModel
from workbench.gui.library_dock import ArticleListModel
from workbench.gui.paging import PageLoader
from workbench.gui.search import SearchResultsModel


def many_claims(lib: Library, count: int) -> str:
    """An article of `count` sentences, each marked as a claim."""
    text = "".join(f"Satz {i:04d} nennt eine Zahl.\n" for i in range(count))
    article = lib.articles.add(text, title="Viele Sätze").article
    for i in range(count):
        start = i * 27
        lib.claims.add(
            article.id, start=start, end=start + 26, status="open" if i % 3 else "researching"
        )
    return article.id


def test_claim_model_passes_the_model_tester(qtmodeltester, lib: Library) -> None:
    article_id = many_claims(lib, 7)
    model = ClaimTableModel(lib)
    model.set_query(ClaimQuery(article_id=article_id))
    qtmodeltester.check(model)
    assert model.rowCount() == 7
    assert model.index(0, 0).data() == "Satz 0000 nennt eine Zahl."
    assert model.index(1, 1).data() == "open"
    assert model.index(0, 2).data() == "no verdict"


def test_claim_model_reads_pages_not_the_whole_list(lib: Library) -> None:
    article_id = many_claims(lib, PAGE * 3 + 5)
    model = ClaimTableModel(lib)
    model.set_query(ClaimQuery(article_id=article_id))
    assert model.rowCount() == PAGE * 3 + 5
    assert model.loaded_rows() == 0
    model.index(PAGE * 3 + 4, 0).data()
    assert model.loaded_rows() == 5
    model.index(0, 0).data()
    assert model.loaded_rows() == PAGE + 5


def test_claim_model_sorts_and_filters_through_the_core(lib: Library) -> None:
    article_id = many_claims(lib, 9)
    model = ClaimTableModel(lib)
    model.set_query(ClaimQuery(article_id=article_id))
    model.sort(0, Qt.SortOrder.DescendingOrder)
    assert model.index(0, 0).data() == "Satz 0008 nennt eine Zahl."
    model.set_query(ClaimQuery(article_id=article_id, status="researching"))
    assert model.rowCount() == 3
    model.set_query(ClaimQuery(article_id=article_id, text="0004"))
    assert [model.index(0, 0).data()] == ["Satz 0004 nennt eine Zahl."]


def test_claim_model_sort_on_sources_keeps_the_order(lib: Library) -> None:
    article_id = many_claims(lib, 3)
    model = ClaimTableModel(lib)
    model.set_query(ClaimQuery(article_id=article_id))
    model.sort(3, Qt.SortOrder.AscendingOrder)
    assert model.query.order_by == "start"


def test_long_listing_is_read_off_the_ui_thread(
    qtbot, qtmodeltester, lib: Library, db_path: Path, monkeypatch
) -> None:
    import workbench.gui.claim_model as claim_model

    monkeypatch.setattr(claim_model, "SYNC_ROWS", 10)
    many_claims(lib, 250)
    loader = PageLoader(db_path)
    model = ClaimTableModel(lib, loader)
    model.set_query(ClaimQuery())
    assert model.asynchronous
    assert model.rowCount() == 0  # counted off the UI thread
    qtbot.waitUntil(lambda: model.rowCount() == 250, timeout=5000)
    assert model.index(249, 0).data() == PLACEHOLDER
    qtbot.waitUntil(lambda: model.index(249, 0).data() != PLACEHOLDER, timeout=5000)
    assert model.index(249, 0).data() == "Satz 0249 nennt eine Zahl."
    assert model.index(249, 0).data(ClaimIdRole)
    qtbot.waitUntil(loader.idle, timeout=5000)
    qtmodeltester.check(model)
    qtbot.waitUntil(loader.idle, timeout=5000)


def test_article_model_pages_with_fetch_more(qtmodeltester, lib: Library, monkeypatch) -> None:
    import workbench.gui.library_dock as library_dock

    monkeypatch.setattr(library_dock, "PAGE", 4)
    for i in range(10):
        lib.articles.add(f"Artikel Nummer {i} mit Text.", title=f"Artikel {i}")
    model = ArticleListModel(lib)
    model.reload()
    assert model.rowCount() == 4
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 10
    assert not model.canFetchMore(QModelIndex())
    qtmodeltester.check(model)
    assert model.index(0).data().startswith("Artikel 9\n")


def test_evidence_and_history_models(qtmodeltester, lib: Library, article_id: str) -> None:
    claim = lib.claims.add(article_id, quote="592,7 Milliarden Dollar")
    source = lib.sources.add(url="https://example.org/kurse", title="Kursdaten")
    lib.evidence.add(claim.id, source.id, stance="supports", excerpt="lost $592.7bn")
    lib.verdicts.add(claim.id, "True", rationale="Die Kursdaten bestätigen es.")
    lib.verdicts.add(claim.id, "Mostly true")
    evidence = EvidenceModel()
    evidence.set_rows(lib.evidence.for_claim(claim.id))
    qtmodeltester.check(evidence)
    assert [evidence.index(0, c).data() for c in range(5)] == [
        "Kursdaten",
        "supports",
        "lost $592.7bn",
        "",
        "https://example.org/kurse",
    ]
    history = HistoryModel()
    history.set_rows(lib.verdicts.list(claim.id))
    qtmodeltester.check(history)
    assert "Mostly true" in history.index(0).data()
    assert "Die Kursdaten bestätigen es." in history.index(1).data()


@pytest.mark.parametrize("query", ["Nvidia", "", '"', "AND NEAR("])
def test_search_model_groups_hits_by_kind(
    qtmodeltester, lib: Library, article_id: str, query: str
) -> None:
    lib.claims.add(article_id, quote="Nvidia fiel", statement="Nvidia verlor 17 Prozent")
    model = SearchResultsModel()
    model.set_hits(lib.search.find(query))
    qtmodeltester.check(model)
    if query == "Nvidia":
        assert [model.index(r, 0).data() for r in range(model.rowCount())] == [
            "Articles (1)",
            "Claims (1)",
        ]
        assert model.index(0, 0, model.index(1, 0)).data().startswith("Nvidia verlor")
    else:
        assert model.rowCount() == 0


@pytest.mark.parametrize("order_by", ["updated_at", "status", "rating_value", "quote", "start"])
@pytest.mark.parametrize("descending", [False, True])
@pytest.mark.parametrize("scoped", [False, True])
def test_pages_read_from_the_other_end_are_the_same_rows(
    lib: Library, order_by: str, descending: bool, scoped: bool
) -> None:
    from workbench.gui.claim_query import PAGE, ClaimQuery, fetch_page

    article_id = many_claims(lib, PAGE * 2 + 37)
    other = many_claims_in(lib, "Ein zweiter Text", 40)
    for index, claim in enumerate(lib.claims.list(limit=60)):
        lib.verdicts.add(claim.id, ("True", "False", "Half true")[index % 3])
    query = ClaimQuery(
        article_id=article_id if scoped else None, order_by=order_by, descending=descending
    )
    count = lib.claims.count(article_id=query.article_id)
    pages = range((count + PAGE - 1) // PAGE)
    expected = [
        c.id
        for p in pages
        for c in lib.claims.list(
            article_id=query.article_id,
            order_by=order_by,
            descending=descending,
            limit=PAGE,
            offset=p * PAGE,
        )
    ]
    assert [c.id for p in pages for c in fetch_page(lib, query, p, count)] == expected
    assert other


def many_claims_in(lib: Library, title: str, count: int) -> str:
    text = "".join(f"{title} {i:03d}.\n" for i in range(count))
    article = lib.articles.add(text, title=title).article
    width = len(f"{title} 000.\n")
    for i in range(count):
        lib.claims.add(article.id, start=i * width, end=i * width + width - 1)
    return article.id


def test_the_article_list_reads_pages_only_as_the_view_needs_them(qtbot, lib: Library) -> None:
    """QTreeView asks for more rows on every layout; the list must not read the whole library."""
    from workbench.gui.library_dock import PAGE, LibraryDock
    from workbench.gui.tasks import TaskRunner

    with lib.transaction():
        for i in range(PAGE * 5):
            lib.articles.add(f"Artikel {i} über Chips.", title=f"Artikel {i}", language="de")
    dock = LibraryDock(lib, TaskRunner(synchronous=True), None)
    qtbot.addWidget(dock)
    dock.resize(300, 600)
    dock.show()
    qtbot.wait(200)
    shown = dock.model.rowCount()
    assert PAGE <= shown < PAGE * 5
    bar = dock.view.verticalScrollBar()
    for _ in range(10):
        bar.setValue(bar.maximum())
        qtbot.wait(20)
    assert dock.model.rowCount() == PAGE * 5
