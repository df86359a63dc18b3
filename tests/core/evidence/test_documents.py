"""Importing from files, web addresses and pasted text, as the app and the CLI do."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from httpfakes import make_pdf
from pytest_httpserver import HTTPServer

from workbench.core.errors import Cancelled, ExtractionError, FetchError, InputError
from workbench.core.evidence.documents import (
    MAX_HTML_BYTES,
    MAX_TEXT_BYTES,
    from_pasted,
    load_file,
    load_url,
)
from workbench.core.evidence.fetch import FetchConfig

QUICK = FetchConfig(timeout_connect=2, timeout_read=2, deadline=5, max_retry_wait=0.05)

PARAGRAPHS = [
    "Die Bürgerinnen und Bürger der Stadt sagten am Sonntag „Nein“ zum Neubau der Brücke. "
    "Nach Angaben des Wahlamts stimmten 61,4 Prozent gegen das Vorhaben.",
    "Der Bürgermeister äußerte sich enttäuscht. Man werde das Ergebnis respektieren, "
    "sagte er, auch wenn die Größe der Mehrheit ihn überrascht habe.",
    "Gegner des Projekts hatten vor allem die Kosten von 48 Millionen Euro kritisiert. "
    "Die Straße über den Fluss bleibt nun vorerst gesperrt, bis ein neuer Plan vorliegt.",
]
PAGE = (
    "<html><head><title>Bürgerentscheid: Mehrheit gegen die Brücke</title></head><body>"
    "<nav><a href='/'>Start</a></nav><article><h1>Mehrheit gegen die Brücke</h1>"
    + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    + "</article></body></html>"
)


def write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_a_text_file_is_imported_with_its_first_line_as_title(tmp_path: Path) -> None:
    doc = load_file(write(tmp_path / "notiz.txt", "\n  Überschrift  \nText „zitiert“\n".encode()))
    assert doc.title == "Überschrift"
    assert doc.text == "\n  Überschrift  \nText „zitiert“\n"
    assert (doc.origin, doc.file_name, doc.content_type) == ("file", "notiz.txt", "text/plain")
    assert (doc.url, doc.capture) == (None, None)


def test_a_markdown_heading_becomes_the_title(tmp_path: Path) -> None:
    doc = load_file(write(tmp_path / "n.md", b"# Faktencheck Nr. 1\n\nText"))
    assert (doc.title, doc.content_type) == ("Faktencheck Nr. 1", "text/markdown")


def test_an_html_file_gives_the_article_and_its_title(tmp_path: Path) -> None:
    doc = load_file(write(tmp_path / "seite.html", PAGE.encode()))
    assert PARAGRAPHS[1] in doc.text
    assert "Start" not in doc.text.split("\n")
    assert doc.title == "Mehrheit gegen die Brücke"  # the headline, not the <title>


def test_a_pdf_file_is_imported(tmp_path: Path) -> None:
    doc = load_file(write(tmp_path / "bericht.pdf", make_pdf(["Seite eins", "Seite zwei"])))
    assert doc.text == "Seite eins\n\nSeite zwei"
    assert (doc.title, doc.content_type) == ("bericht.pdf", "application/pdf")


@pytest.mark.parametrize(
    ("name", "data", "content_type"),
    [
        ("daten.json", b'{"quote": "Gr\xc3\xbc\xc3\x9fe"}', "application/json"),
        ("feed.xml", b"<?xml version='1.0'?><a>Text</a>", "application/xml"),
        ("ohne-endung", b"<!DOCTYPE html><html>" + PAGE.encode()[6:], "text/html"),
        ("getarnt.txt", make_pdf(["Eigentlich ein PDF"]), "application/pdf"),
    ],
)
def test_the_kind_comes_from_extension_and_content(
    tmp_path: Path, name: str, data: bytes, content_type: str
) -> None:
    assert load_file(write(tmp_path / name, data)).content_type == content_type


def test_the_title_falls_back_to_the_file_name(tmp_path: Path) -> None:
    assert load_file(write(tmp_path / "daten.json", b"[1, 2]")).title == "daten.json"


def test_an_encoding_can_be_given_and_lossy_decoding_asked_for(tmp_path: Path) -> None:
    path = write(tmp_path / "alt.txt", "Grüße aus Köln".encode("utf-16-le"))
    assert load_file(path, encoding="utf-16-le").text == "Grüße aus Köln"
    odd = write(tmp_path / "odd.txt", bytes(range(0x80, 0x100)) * 3)
    with pytest.raises(InputError, match="encoding"):
        load_file(odd)
    assert load_file(odd, lossy=True).warnings


def test_guessed_encodings_are_reported(tmp_path: Path) -> None:
    doc = load_file(write(tmp_path / "win.txt", "Die Größe „zählt“".encode("cp1252")))
    assert doc.text == "Die Größe „zählt“"
    assert "cp1252" in doc.warnings[0]


@pytest.mark.parametrize(
    ("name", "limit"), [("gross.txt", MAX_TEXT_BYTES), ("gross.html", MAX_HTML_BYTES)]
)
def test_oversized_files_are_refused_before_reading(tmp_path: Path, name: str, limit: int) -> None:
    path = tmp_path / name
    with path.open("wb") as handle:
        handle.truncate(limit + 1)  # sparse: costs no disk and no time
    with pytest.raises(InputError, match=f"imported up to {limit // (1024 * 1024)} MB"):
        load_file(path)


def test_missing_files_and_folders_are_input_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="No such file"):
        load_file(tmp_path / "fehlt.txt")
    with pytest.raises(InputError, match="is a folder"):
        load_file(tmp_path)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file_is_an_input_error(tmp_path: Path) -> None:
    path = write(tmp_path / "geheim.txt", b"x")
    path.chmod(0)
    with pytest.raises(InputError, match="can't be read"):
        load_file(path)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("bild.png", b"\x89PNG\r\n\x1a\n" + bytes(64)),
        ("bild.txt", b"\x89PNG\r\n\x1a\n" + bytes(64)),
    ],
)
def test_binary_files_are_refused(tmp_path: Path, name: str, data: bytes) -> None:
    with pytest.raises(InputError, match="looks like a binary file, not text"):
        load_file(write(tmp_path / name, data))


@pytest.mark.parametrize("data", [b"", b" \n\n\t "])
def test_empty_files_are_refused(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(InputError, match="leer.txt"):
        load_file(write(tmp_path / "leer.txt", data))


def test_pasted_text_is_taken_as_it_is() -> None:
    doc = from_pasted("Zitat des Tages\r\nEr sagte: „Nie wieder.“")
    assert doc.text == "Zitat des Tages\nEr sagte: „Nie wieder.“"
    assert (doc.title, doc.origin, doc.content_type) == ("Zitat des Tages", "pasted", "text/plain")


def test_empty_pasted_text_is_refused() -> None:
    with pytest.raises(InputError, match="pasted text is empty"):
        from_pasted("  \n ")


def test_long_first_lines_are_shortened_for_the_title() -> None:
    assert len(from_pasted("x" * 500).title) == 81  # 80 characters and "…"


def test_a_first_paragraph_gives_a_title_of_one_line() -> None:
    paragraph = (
        "Die Aktie des Chipherstellers Nvidia fiel am Montag um rund 17 Prozent, nachdem "
        "ein chinesisches Start-up ein günstiges Sprachmodell vorgestellt hatte. Damit verlor "
        "das Unternehmen 592,7 Milliarden Dollar an Börsenwert, so viel wie keines zuvor."
    )
    assert "Die Aktie des Chipherstellers Nvidia fiel am Montag um rund 17 Prozent, nachdem…" == (
        from_pasted(paragraph + "\n\nZweiter Absatz.").title
    )
    short = "Nvidia verliert. " + paragraph
    assert "Nvidia verliert" == from_pasted(short).title
    assert "Kurssturz" == from_pasted("# Kurssturz\n\n" + paragraph).title


def test_pasted_text_keeps_the_details_given() -> None:
    doc = from_pasted(
        "Ein Text.",
        title="  Kurssturz  an der Börse ",
        author="A. Autorin",
        published="28. Januar 2025",
        language="de",
        url="https://example.org/kurs",
    )
    assert (
        "Kurssturz an der Börse",
        "A. Autorin",
        "2025-01-28",
        "de",
        "https://example.org/kurs",
    ) == (
        doc.title,
        doc.author,
        doc.published,
        doc.language,
        doc.url,
    )


@pytest.mark.parametrize(
    ("details", "message"),
    [
        ({"published": "gestern"}, "'gestern' is not a date"),
        ({"url": "example.org"}, "is not a web address"),
        ({"language": "fr"}, "is not a language of the workbench"),
    ],
)
def test_pasted_details_that_are_wrong_are_refused(details, message) -> None:
    with pytest.raises(InputError, match=message):
        from_pasted("Ein Text.", **details)


def test_a_web_page_is_imported_with_its_capture(server: HTTPServer) -> None:
    server.expect_request("/artikel").respond_with_data(
        PAGE.encode(), content_type="text/html; charset=utf-8"
    )
    url = server.url_for("/artikel")
    steps: list[str] = []

    doc = load_url(url, config=QUICK, progress=lambda d, t, m: steps.append(m))

    assert all(p in doc.text for p in PARAGRAPHS)
    assert (doc.url, doc.origin, doc.content_type) == (url, "url", "text/html")
    assert doc.title == "Mehrheit gegen die Brücke"  # the headline, not the <title>
    assert doc.capture is not None and doc.capture.body == PAGE.encode()
    assert steps[-1] == "Extracting the text"


def test_a_cp1252_page_without_charset_keeps_umlauts_and_quotes(server: HTTPServer) -> None:
    server.expect_request("/alt").respond_with_data(PAGE.encode("cp1252"), content_type="text/html")
    doc = load_url(server.url_for("/alt"), config=QUICK)
    assert "„Nein“" in doc.text
    assert "Die Bürgerinnen und Bürger" in doc.text
    assert "äußerte" in doc.text and "Größe" in doc.text and "Straße" in doc.text


def test_a_binary_file_served_as_html_is_refused(server: HTTPServer) -> None:
    server.expect_request("/fake").respond_with_data(
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + os.urandom(2000), content_type="text/html"
    )
    url = server.url_for("/fake")
    with pytest.raises(InputError, match=f"{url} looks like a binary file, not text"):
        load_url(url, config=QUICK)


def test_a_refused_type_is_a_fetch_error(server: HTTPServer) -> None:
    server.expect_request("/bild").respond_with_data(b"\x89PNG", content_type="image/png")
    with pytest.raises(FetchError, match="image/png"):
        load_url(server.url_for("/bild"), config=QUICK)


def test_a_page_without_article_can_be_imported_whole(server: HTTPServer) -> None:
    menu = b"<html><body><nav><a href='/'>Start</a> <a href='/b'>Blog</a></nav></body></html>"
    server.expect_request("/menu").respond_with_data(menu, content_type="text/html")
    with pytest.raises(ExtractionError, match="full page"):
        load_url(server.url_for("/menu"), config=QUICK)
    doc = load_url(server.url_for("/menu"), config=QUICK, full_page=True)
    assert doc.text == "Start Blog"
    assert doc.title.startswith("127.0.0.1")


def test_a_pdf_on_the_web_is_imported(server: HTTPServer) -> None:
    server.expect_request("/r.pdf").respond_with_data(
        make_pdf(["Amtliche Zahlen"], title="Statistik 2024"), content_type="application/pdf"
    )
    doc = load_url(server.url_for("/r.pdf"), config=QUICK)
    assert (doc.text, doc.title) == ("Amtliche Zahlen", "Statistik 2024")


def test_a_cancelled_import_stops(server: HTTPServer) -> None:
    import threading

    cancel = threading.Event()
    cancel.set()
    with pytest.raises(Cancelled):
        load_url(server.url_for("/artikel"), config=QUICK, cancel=cancel)


@pytest.mark.skipif(not Path("/proc/self/mem").exists(), reason="needs Linux /proc")
def test_a_file_that_fails_to_read_is_an_input_error() -> None:
    with pytest.raises(InputError, match="can't be read"):
        load_file("/proc/self/mem")  # reading offset 0 fails with EIO, even for root
