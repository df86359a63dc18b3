"""Similar claims already in the library, measured on paraphrases written for the purpose."""

from __future__ import annotations

import json
from pathlib import Path

from workbench.core.library.store import Library
from workbench.core.publish import similar

DATA = Path(__file__).resolve().parents[2] / "data" / "similar_claims.json"


def load_library(lib: Library) -> tuple[dict, dict[int, str]]:
    data = json.loads(DATA.read_text(encoding="utf-8"))
    originals = {}
    for number, pair in enumerate(data["pairs"]):
        article = lib.articles.add(f"Artikel {number}.\n{pair['original']}\n").article
        originals[number] = lib.claims.add(article.id, quote=pair["original"]).id
    article = lib.articles.add("\n".join(data["distractors"]) + "\n").article
    for text in data["distractors"]:
        lib.claims.add(article.id, quote=text)
    return data, originals


def recall(lib: Library, data: dict, originals: dict[int, str], k: int) -> tuple[float, int]:
    """Share of paraphrases whose original is among the first k hits, and how many other
    claims were shown beside them."""
    found = others = 0
    for number, pair in enumerate(data["pairs"]):
        hits = [s.claim.id for s in similar.find_similar(lib, pair["paraphrase"], limit=k)]
        found += originals[number] in hits
        others += len(hits) - (originals[number] in hits)
    return found / len(data["pairs"]), others


def test_paraphrased_claims_find_the_claim_already_checked(lib):
    data, originals = load_library(lib)
    (at_1, _), (at_5, others) = recall(lib, data, originals, 1), recall(lib, data, originals, 5)
    print(
        f"similar claims: recall@1 {at_1:.0%}, recall@5 {at_5:.0%} on {len(originals)} pairs;"
        f" {others} other claims shown in the first 5"
    )
    assert at_5 >= 0.9
    assert at_1 >= 0.8


def test_similar_claims_cross_articles_and_bring_their_verdicts(lib):
    first = lib.articles.add("Windräder töten jedes Jahr Millionen von Vögeln.\n").article
    checked = lib.claims.add(first.id, quote="Windräder töten jedes Jahr Millionen von Vögeln.")
    lib.verdicts.add(checked.id, "falsch", scale="correctiv")
    second = lib.articles.add("Millionen Vögel sterben jährlich an Windkraftanlagen.\n").article
    new = lib.claims.add(second.id, quote="Millionen Vögel sterben jährlich an Windkraftanlagen.")
    unrelated = lib.articles.add("Die Bahn war zu 64 Prozent pünktlich.\n").article
    lib.claims.add(unrelated.id, quote="Die Bahn war zu 64 Prozent pünktlich.")
    found = similar.similar_to_claim(lib, new.id)
    assert [s.claim.id for s in found] == [checked.id]
    assert found[0].claim.rating == "Falsch"
    assert found[0].to_dict()["rating"] == "Falsch"


def test_odd_input_finds_nothing_instead_of_failing(lib):
    lib.articles.add("Ein Satz.\n")
    assert similar.find_similar(lib, '" AND OR NEAR( *') == []
    assert similar.find_similar(lib, "") == []
