"""ClaimReview out and in: what is published, what is warned about, and a lossless round trip."""

from __future__ import annotations

import json

from workbench.core.evidence import prior
from workbench.core.publish import claimreview


def test_only_finished_claims_with_a_verdict_are_exported(lib, worked_case):
    result = claimreview.export_reviews(lib)
    assert [r["claimReviewed"] for r in result.reviews] == [
        "Nvidia verlor 592,7 Milliarden Dollar an einem Tag."
    ]
    review = result.reviews[0]
    assert review["url"] == "https://faktencheck.example/nvidia"
    assert review["author"] == {
        "@type": "Organization",
        "name": "Demo-Faktencheck",
        "url": "https://faktencheck.example",
    }
    assert review["reviewRating"]["alternateName"]
    assert result.warnings == []
    lib.verdicts.add(worked_case["open_claim"], "falsch", scale="correctiv")
    assert len(claimreview.export_reviews(lib).reviews) == 1
    assert claimreview.export_reviews(lib).skipped_open == 1
    assert len(claimreview.export_reviews(lib, include_open=True).reviews) == 2


def test_missing_url_and_author_are_named_not_invented(lib, worked_case):
    lib.settings.set("organisation", "")
    # Addresses the library refuses today, as a file from an older version may hold them.
    with lib.transaction():
        lib.db.execute(
            "UPDATE settings SET value = 'javascript:alert(1)' WHERE key = 'organisation_url'"
        )
        lib.db.execute(
            "UPDATE claims SET review_url = 'file:///etc/passwd' WHERE id = ?",
            [worked_case["claim"]],
        )
    result = claimreview.export_reviews(lib)
    review = result.reviews[0]
    assert "url" not in review and "author" not in review
    text = claimreview.to_json(result.reviews)
    assert '"url": ""' not in text and "Workbench user" not in text
    assert "javascript:" not in text and "file:" not in text
    assert any("not an http(s) address" in w for w in result.warnings)
    named = [w for w in result.warnings if worked_case["claim"][:8] in w]
    assert named and "review URL" in named[0] and "author" in named[0]


def test_json_ld_can_sit_in_a_script_element(lib, worked_case):
    lib.claims.update(worked_case["claim"], statement="</script><script>alert(1)</script>\u2028")
    text = claimreview.to_json(claimreview.export_reviews(lib).reviews)
    assert "</" not in text and "\u2028" not in text
    assert json.loads(text)[0]["claimReviewed"] == "</script><script>alert(1)</script>\u2028"


def test_own_export_imports_losslessly_and_only_once(lib, worked_case, tmp_path):
    exported = claimreview.export_reviews(lib).reviews
    target = tmp_path / "reviews.json"
    target.write_text(claimreview.to_json(exported), encoding="utf-8")
    reviews = claimreview.load_reviews(str(target))
    assert claimreview.import_reviews(lib, reviews) == {"found": 1, "imported": 1, "skipped": 0}
    assert claimreview.import_reviews(lib, reviews) == {"found": 1, "imported": 0, "skipped": 1}
    stored = prior.list_all(lib, origin="claimreview")
    assert [s.data for s in stored] == exported
    assert stored[0].url == "https://faktencheck.example/nvidia"
    assert stored[0].claimant == "Beispiel-Zeitung"
    assert stored[0].publisher == "Demo-Faktencheck"
    assert stored[0].rating == exported[0]["reviewRating"]["alternateName"]


def test_reviews_are_read_from_a_fact_check_page(lib, tmp_path):
    review = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "url": "https://checks.example/windraeder",
        "claimReviewed": "Windräder töten jedes Jahr Millionen Vögel.",
        "author": {"@type": "Organization", "name": "Checks"},
        "reviewRating": {"@type": "Rating", "alternateName": "Falsch"},
    }
    page = (
        "<html><head><script type='application/ld+json'>{broken</script>"
        '<script type="application/ld+json">'
        + json.dumps({"@context": "https://schema.org", "@graph": [{"@type": "WebPage"}, review]})
        + "</script></head><body>Text</body></html>"
    )
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    assert claimreview.import_reviews(lib, claimreview.load_reviews(str(path)))["imported"] == 1
    stored = prior.list_all(lib)
    assert (stored[0].claim_text, stored[0].rating, stored[0].publisher) == (
        "Windräder töten jedes Jahr Millionen Vögel.",
        "Falsch",
        "Checks",
    )


def test_a_file_without_reviews_is_refused(tmp_path):
    path = tmp_path / "nothing.json"
    path.write_text('{"@type": "NewsArticle"}', encoding="utf-8")
    import pytest

    from workbench.core.errors import InputError

    with pytest.raises(InputError, match="contains no ClaimReview"):
        claimreview.load_reviews(str(path))
    with pytest.raises(InputError, match="only http and https|Only http and https"):
        claimreview.load_reviews("ftp://example.org/x.json")
