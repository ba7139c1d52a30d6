"""The recogniser's accuracy on the labelled corpus stays above its targets.

The corpus (tests/corpus) imitates many outlets, languages, layouts and encodings; the
numbers behind these assertions are printed by `python benchmarks/accuracy.py`.
"""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

import pytest

from tests.conftest import ROOT

KIND_ACCURACY_TARGET = 0.97
KIND_F1_TARGET = 0.90
CAPTION_ATTRIBUTE_TARGET = 0.95
SPEAKER_TARGET = 0.90


def _accuracy_module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("accuracy", ROOT / "benchmarks" / "accuracy.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def report():  # type: ignore[no-untyped-def]
    accuracy = _accuracy_module()
    pairs = accuracy.label_files(list(accuracy.DEFAULT_DIRS))
    assert len(pairs) >= 40, "the corpus must hold at least 40 labelled articles"
    return accuracy.evaluate(pairs)


def test_paragraph_kinds(report) -> None:  # type: ignore[no-untyped-def]
    assert report.kind_accuracy >= KIND_ACCURACY_TARGET


@pytest.mark.parametrize(
    "kind",
    [
        "headline",
        "lead",
        "subheading",
        "paragraph",
        "quote",
        "caption",
        "byline",
        "meta",
        "boilerplate",
    ],
)
def test_every_kind_f1(report, kind: str) -> None:  # type: ignore[no-untyped-def]
    _precision, _recall, f1, count = report.f1(kind)
    assert count > 0, f"the corpus has no {kind}"
    assert f1 >= KIND_F1_TARGET


def test_caption_labels_and_credits(report) -> None:  # type: ignore[no-untyped-def]
    for name in ("label", "credit"):
        rate, count = report.attribute_rate(name)
        assert count >= 40
        assert rate >= CAPTION_ATTRIBUTE_TARGET, name


def test_quote_speakers(report) -> None:  # type: ignore[no-untyped-def]
    rate, count = report.attribute_rate("speaker")
    assert count >= 100
    assert rate >= SPEAKER_TARGET


def test_corpus_spans_languages_and_outlets() -> None:
    names = [path.stem for path in (ROOT / "tests" / "corpus").glob("*.txt")]
    languages = {name.split("_")[0] for name in names}
    outlets = {name.split("_")[1] for name in names}
    assert len(languages) >= 6
    assert len(outlets) >= 15
