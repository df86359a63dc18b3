"""Extraction: careful decoding, article text and metadata from HTML, PDF page by page."""

from __future__ import annotations

import codecs

import pytest
from httpfakes import make_pdf
from hypothesis import given
from hypothesis import strategies as st

from workbench.core.errors import ExtractionError, InputError
from workbench.core.evidence.extract import decode_text, detect_kind, extract, looks_binary

GERMAN = "Die Bürger sagten „Nein“ – die Größe der Straße überraschte. Äpfel, Öl, Übel."

ARTICLE = """<!DOCTYPE html>
<html lang="de-DE">
<head>
<meta charset="{charset}">
<title>Faktencheck: Was die Zahlen über den Börsenwert sagen | Beispielzeitung</title>
<meta property="og:title" content="Was die Zahlen über den Börsenwert sagen">
<meta property="og:site_name" content="Beispielzeitung">
<meta name="author" content="Erika Mustermann">
<meta property="article:published_time" content="2025-01-28T09:30:00+01:00">
<meta name="description" content="{lede}">
<style>p {{ color: red }}</style>
<script>var tracking = "Das ist kein Artikeltext";</script>
</head>
<body>
<nav><a href="/">Startseite</a> <a href="/politik">Politik</a> <a href="/wirtschaft">Wirtschaft</a></nav>
<header><p class="intro">{lede}</p></header>
<article>
<h1>Was die Zahlen über den Börsenwert sagen</h1>
<p>Die Aktie des Chipherstellers fiel am Montag um rund 17 Prozent. Damit verlor das Unternehmen
nach Angaben der Börse 592,7 Milliarden Dollar an Börsenwert, so viel wie nie zuvor an einem Tag.</p>
<p>Ein US-Investor sprach vom „Sputnik-Moment“. Analysten hielten die Reaktion für übertrieben, weil
die Zahlen des Konkurrenten noch niemand unabhängig geprüft habe und die Kosten unklar seien.</p>
<p>Das Training des Modells soll nur 5,6 Millionen Dollar gekostet haben. Fachleute bezweifeln diese
Angabe, weil Vorarbeiten und Rechenzeit für frühere Versuche nicht eingerechnet seien.</p>
<p>Die Börsenaufsicht prüft nach eigenen Angaben keine Unregelmäßigkeiten. Ein Sprecher sagte, man
beobachte den Markt wie immer sehr genau und sehe derzeit keinen Anlass für weitere Schritte.</p>
</article>
<footer><p>© Beispielzeitung 2025 – Impressum – Datenschutz – Kontakt</p></footer>
</body>
</html>
"""
LEDE = "Ein Kurssturz an einem einzigen Tag hat Fragen aufgeworfen, die wir hier nachprüfen."


def article(charset: str = "utf-8") -> str:
    return ARTICLE.format(charset=charset, lede=LEDE)


def test_an_article_gives_text_and_metadata() -> None:
    result = extract(article().encode(), content_type="text/html", url="https://example.org/a")
    assert "592,7 Milliarden Dollar an Börsenwert" in result.text
    assert "„Sputnik-Moment“" in result.text
    assert "Startseite" not in result.text
    assert "kein Artikeltext" not in result.text
    assert result.title == "Was die Zahlen über den Börsenwert sagen"
    assert result.author == "Erika Mustermann"
    assert result.published == "2025-01-28"
    assert result.site == "Beispielzeitung"
    assert result.language == "de"
    assert (result.kind, result.warnings) == ("html", ())


def test_a_lede_shown_outside_the_article_is_kept() -> None:
    result = extract(article().encode(), content_type="text/html")
    assert result.text.startswith(LEDE)


def test_a_charset_declared_in_the_page_is_used() -> None:
    data = article("iso-8859-1").encode("cp1252")
    result = extract(data, content_type="text/html")
    assert "„Sputnik-Moment“" in result.text
    assert result.warnings == ()


def test_a_cp1252_page_without_any_declaration_keeps_its_umlauts() -> None:
    data = article().replace('<meta charset="utf-8">', "").encode("cp1252")
    result = extract(data, content_type="text/html")
    assert "Größe" not in result.text  # sanity: the text is the article, not GERMAN
    assert "592,7 Milliarden Dollar an Börsenwert" in result.text
    assert "„Sputnik-Moment“" in result.text
    assert any("cp1252" in warning for warning in result.warnings)


@pytest.mark.parametrize(
    "page",
    [
        b"<html><body><nav><a href='/'>Start</a> <a href='/b'>Blog</a></nav></body></html>",
        b"<html><head><title>App</title></head><body><div id=app></div>"
        b"<script>render()</script></body></html>",
    ],
)
def test_a_page_without_an_article_offers_the_full_page(page: bytes) -> None:
    with pytest.raises(ExtractionError, match="full page"):
        extract(page, content_type="text/html", url="https://example.org/")


def test_full_page_keeps_all_visible_text_but_no_scripts_or_styles() -> None:
    result = extract(article().encode(), content_type="text/html", full_page=True)
    for visible in ("Startseite", "Impressum", LEDE, "Sputnik-Moment"):
        assert visible in result.text
    assert "tracking" not in result.text
    assert "color: red" not in result.text
    assert result.title == "Was die Zahlen über den Börsenwert sagen"


def test_hidden_elements_are_not_visible_text() -> None:
    page = (
        b"<html><body><p>Seen</p><div hidden>Hidden</div>"
        b"<p style='display: none'>Gone</p><noscript>No</noscript></body></html>"
    )
    assert extract(page, content_type="text/html", full_page=True).text == "Seen"


def test_plain_text_is_kept_as_it_is() -> None:
    text = "Erste Zeile\r\n\r\n  eingerückt „Zitat“\r\n"
    result = extract(text.encode(), content_type="text/plain")
    assert result.text == "Erste Zeile\n\n  eingerückt „Zitat“\n"
    assert (result.kind, result.title, result.warnings) == ("text", None, ())


def test_markdown_is_recognised_by_file_name() -> None:
    result = extract(b"# Titel\n\nText *kursiv*", content_type=None, file_name="notiz.md")
    assert (result.kind, result.text) == ("markdown", "# Titel\n\nText *kursiv*")


@pytest.mark.parametrize(
    ("data", "content_type", "kind"),
    [
        (b'{"claim": "Zahl"}', "application/json", "json"),
        (b"<?xml version='1.0'?><a>Text</a>", "application/xml", "xml"),
        (b'{"x": 1}', "application/ld+json", "json"),
        (b"<feed/>", "application/atom+xml", "xml"),
        (b'{"x": 1}', None, "json"),
        (b"<html><body>x</body></html>", None, "html"),
        (b"%PDF-1.4 ...", "text/html", "pdf"),
    ],
)
def test_kinds_follow_type_name_and_content(data: bytes, content_type: str, kind: str) -> None:
    assert detect_kind(data, content_type) == kind


def test_json_and_xml_come_through_as_text() -> None:
    assert extract(b'{"a": "\xc3\xa4"}', content_type="application/json").text == '{"a": "ä"}'


def test_a_utf8_bom_is_removed() -> None:
    result = extract(codecs.BOM_UTF8 + GERMAN.encode(), content_type="text/plain")
    assert result.text == GERMAN


def test_utf16_with_bom_is_read() -> None:
    assert extract(GERMAN.encode("utf-16"), content_type="text/plain").text == GERMAN


def test_a_charset_from_the_header_is_used() -> None:
    data = GERMAN.encode("cp1252")
    result = extract(data, content_type="text/plain", charset="iso-8859-1")
    assert (result.text, result.warnings) == (GERMAN, ())


def test_an_undeclared_encoding_is_guessed_with_a_warning_naming_it() -> None:
    result = extract(GERMAN.encode("cp1252"), content_type="text/plain", file_name="alt.txt")
    assert result.text == GERMAN
    assert len(result.warnings) == 1
    assert "alt.txt" in result.warnings[0] and "cp1252" in result.warnings[0]


def test_a_wrong_declaration_is_reported_and_skipped() -> None:
    result = extract(GERMAN.encode("cp1252"), content_type="text/plain", charset="utf-8")
    assert result.text == GERMAN
    assert any("declares the encoding utf-8" in warning for warning in result.warnings)


UNDECIDABLE = bytes(range(0x80, 0x100)) * 3


def test_an_undecidable_encoding_asks_for_one() -> None:
    with pytest.raises(InputError, match="say which encoding it uses"):
        extract(UNDECIDABLE, content_type="text/plain", file_name="raetsel.txt")


def test_lossy_decoding_counts_the_replaced_characters() -> None:
    data = b"ok " + b"\x81\x8d" + b" ok"
    assert looks_binary(data) is False
    text, warnings = decode_text(data, label="x.txt", lossy=True, declared=None)
    assert text.count("\ufffd") >= 1
    assert len(warnings) == 1


def test_lossy_flag_replaces_instead_of_refusing() -> None:
    result = extract(UNDECIDABLE, content_type="text/plain", lossy=True)
    replaced = result.text.count("\ufffd")
    assert replaced > 0
    assert f"{replaced} characters could not be decoded" in result.warnings[0]


def test_an_explicit_encoding_wins() -> None:
    data = GERMAN.encode("utf-16-le")  # no BOM, full of NUL bytes: only the user knows
    assert extract(data, content_type="text/plain", encoding="utf-16-le").text == GERMAN


def test_a_wrong_explicit_encoding_is_refused() -> None:
    with pytest.raises(InputError, match="is not valid utf-8"):
        extract(GERMAN.encode("cp1252"), content_type="text/plain", encoding="utf-8")
    with pytest.raises(InputError, match="Unknown encoding"):
        extract(b"text", content_type="text/plain", encoding="klingon")


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200),
        b"\x7fELF\x02\x01\x01" + bytes(100),
        bytes(range(1, 9)) * 50 + b"some text",
    ],
)
def test_binary_data_is_refused(data: bytes) -> None:
    with pytest.raises(InputError, match="looks like a binary file, not text"):
        extract(data, content_type="text/html", url="https://example.org/x")


@pytest.mark.parametrize("data", [b"", b"   \n\t  "])
def test_empty_input_is_refused(data: bytes) -> None:
    with pytest.raises(InputError, match="is empty"):
        extract(data, content_type="text/plain", file_name="leer.txt")


def test_an_unsupported_type_is_refused() -> None:
    with pytest.raises(InputError, match="image/png, which can't be imported"):
        extract(b"abc", content_type="image/png")


def test_a_pdf_is_read_page_by_page_with_its_metadata() -> None:
    data = make_pdf(
        ["Erste Seite: Grüße\nZweite Zeile", "Zweite Seite „zitiert“"],
        title="Bericht",
        author="Amt für Statistik",
    )
    result = extract(data, content_type="application/pdf", file_name="bericht.pdf")
    assert result.text == "Erste Seite: Grüße\nZweite Zeile\n\nZweite Seite „zitiert“"
    assert (result.title, result.author, result.published) == (
        "Bericht",
        "Amt für Statistik",
        "2024-01-02",
    )
    assert (result.kind, result.warnings) == ("pdf", ())


def test_pdf_pages_without_text_are_counted() -> None:
    result = extract(make_pdf(["Text", "", ""]), content_type="application/pdf")
    assert "2 of 3 pages have no text" in result.warnings[0]


def test_a_pdf_without_text_layer_is_an_extraction_error() -> None:
    with pytest.raises(ExtractionError, match="no text layer"):
        extract(make_pdf([""]), content_type="application/pdf", file_name="scan.pdf")


def test_a_broken_pdf_is_refused() -> None:
    with pytest.raises(InputError, match="not a readable PDF"):
        extract(b"%PDF-1.4\nthis is not really a pdf", content_type="application/pdf")


@given(st.text(min_size=1).filter(lambda s: s.strip() and "\x00" not in s))
def test_any_utf8_text_comes_back_unchanged(text: str) -> None:
    data = text.encode("utf-8")
    if looks_binary(data):
        return
    decoded, warnings = decode_text(data)
    assert (decoded, warnings) == (text, [])


@given(st.binary(max_size=400))
def test_arbitrary_bytes_give_text_or_a_clear_input_error(data: bytes) -> None:
    try:
        result = extract(data, content_type="text/plain", file_name="x.txt")
    except InputError as exc:
        assert "x.txt" in str(exc)
    else:
        assert result.text.strip()
