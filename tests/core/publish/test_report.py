"""Reports: every text escaped, nothing that runs or loads, and the content the library holds."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

from workbench.core.publish import report as reports

ALLOWED_TAGS = {
    "html", "head", "meta", "title", "style", "script", "body", "p", "h1", "h2", "h3", "h4",
    "section", "blockquote", "dl", "dt", "dd", "ul", "li", "strong", "span", "div", "a", "bdi",
    "br",
}  # fmt: skip


class Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self.text: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag):
        self._in_script = False

    def handle_data(self, data):
        if self._in_script:
            self.scripts.append(data)
        else:
            self.text.append(data)


def parsed(html_text: str) -> Collector:
    collector = Collector()
    collector.feed(html_text)
    return collector


def test_html_escapes_every_field_and_runs_nothing(lib, hostile, hostile_case):
    built = reports.build_report(lib, hostile_case["article"])
    page = reports.render_html(built)
    doc = parsed(page)
    assert {tag for tag, _ in doc.tags} <= ALLOWED_TAGS
    for tag, attrs in doc.tags:
        assert not any(name.startswith("on") for name in attrs), (tag, attrs)
        if "href" in attrs:
            assert attrs["href"].startswith("https://"), attrs["href"]
        assert "src" not in attrs
    scripts = [attrs for tag, attrs in doc.tags if tag == "script"]
    assert scripts == [{"type": "application/ld+json"}]
    assert len(doc.scripts) == 1 and "</" not in doc.scripts[0]
    assert json.loads(doc.scripts[0])[0]["claimReviewed"] == "=" + hostile
    csp = [a for t, a in doc.tags if t == "meta" and a.get("http-equiv")]
    assert csp[0]["http-equiv"] == "Content-Security-Policy"
    assert "script-src 'none'" in csp[0]["content"]
    assert "default-src 'none'" in csp[0]["content"]
    # The hostile text is shown as typed, the override character as a visible code.
    shown = "".join(doc.text)
    assert hostile.replace("\u202e", "[U+202E]") in shown
    assert "\u202e" not in page
    assert "javascript:" not in "".join(str(a.get("href")) for _, a in doc.tags)


def test_markdown_escapes_every_field(lib, hostile, hostile_case):
    text = reports.render_markdown(reports.build_report(lib, hostile_case["article"]))
    links = re.findall(r"\]\(<([^>]*)>\)", text)
    assert links and all(link.startswith("https://") for link in links)
    assert "<" not in re.sub(r"\]\(<[^>]*>\)", "", text)
    assert not re.search(r"(?<!\\)\]\(javascript", text) and "(<data:" not in text
    assert "\u202e" not in text
    assert "\\[link\\](javascript:alert(1))" in text
    assert "\\*bold\\*" in text
    for line in text.splitlines():
        assert not line.startswith(("=", "@", "<"))


def test_report_shows_what_the_library_holds(lib, worked_case):
    built = reports.build_report(lib, worked_case["article"])
    page = reports.render_html(built)
    shown = " ".join("".join(parsed(page).text).split())
    for expected in (
        "Faktencheck-Bericht",
        "Nvidia verliert",
        "Beispiel-Zeitung",
        "2025-01-28",
        "Nvidia verlor 592,7 Milliarden Dollar an einem Tag.",
        "Richtig",
        "Kursdaten bestätigen es.",
        "lost $592.7 billion",
        "Kursdaten",
        "Börse Beispiel",
        "https://web.archive.org/web/2025/kurse",
        worked_case["sha256"],
        "Noch kein Urteil",
        "tester erfasste 2 Behauptung(en), 1 Beleg(e), 1 Urteil(e)",
    ):
        assert expected in shown, expected
    snapshot = lib.snapshots.get(worked_case["snapshot"], with_body=False)
    assert snapshot.captured_at[:16].replace("T", " ") in shown
    scale = lib.scales.get("correctiv")
    assert scale.name in shown
    assert "@media print" in page
    assert len(json.loads(parsed(page).scripts[0])) == 1  # the open claim is not published


def test_markdown_has_the_same_content_in_english(lib, worked_case):
    text = reports.render_markdown(reports.build_report(lib, worked_case["article"], lang="en"))
    for expected in (
        "# Nvidia verliert",
        "Fact-check report",
        "**Verdict:** **Correct**",
        "Kursdaten bestätigen es.",
        "[Kursdaten](<https://example.org/kurse>)",
        "Archived copy: [https://web.archive.org/web/2025/kurse]",
        worked_case["sha256"],
        "No verdict yet",
        "tester recorded 2 claim(s)",
    ):
        assert expected in text, expected


def test_report_for_one_claim(lib, worked_case):
    built = reports.build_report(lib, claim_id=worked_case["open_claim"], lang="en")
    assert [c.claim.id for c in built.claims] == [worked_case["open_claim"]]
    assert built.claimreview == []
    assert "<script" not in reports.render_html(built)
