"""Excerpts are looked up as whole words and numbers, in pages and files alike."""

from __future__ import annotations

import pytest

from workbench.core.evidence.capture import check_excerpt, excerpt_found, read_file, store_file

TEXT = "Die Quote lag bei 16,97 Prozent; 2024 waren es 17 Prozentpunkte weniger als 1.170."


@pytest.mark.parametrize(
    ("excerpt", "found"),
    [
        ("16,97 Prozent", True),
        ("17 Prozent", False),  # a part of "16,97 Prozent" and of "17 Prozentpunkte"
        ("97 Prozent", False),
        ("Quote lag", True),
        ("uote lag", False),
        ("17 Prozentpunkte", True),
        ("1.17", False),
        ("„Die Quote  lag“", False),
        ("Die Quote  lag", True),
        ("1.170", True),
    ],
)
def test_whole_words_and_numbers(excerpt, found):
    assert found == excerpt_found([TEXT], excerpt)


def test_a_file_source_is_checked_like_a_page(lib, tmp_path):
    path = tmp_path / "quelle.txt"
    path.write_text(TEXT, encoding="utf-8")
    source = store_file(lib, read_file(path))
    assert (True, False, None) == (
        check_excerpt(lib, source.id, "16,97 Prozent"),
        check_excerpt(lib, source.id, "17 Prozent"),
        check_excerpt(lib, source.id, " "),
    )
    bare = lib.sources.add(title="Ohne Kopie", kind="document")
    assert check_excerpt(lib, bare.id, "17 Prozent") is None
