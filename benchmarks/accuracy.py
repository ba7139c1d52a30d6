"""Structure-recognition accuracy on the labelled corpus.

    python benchmarks/accuracy.py [DIR ...] [--verbose]

Each DIR holds article files with a label file beside each (same stem, `.json`, in the
`reader --json` shape).  Prints per-kind precision, recall and F1, the confusion matrix,
and exact-match rates for caption labels, credits and quote speakers.  The test suite
imports `evaluate` and asserts the targets; this script only reports.
"""

from __future__ import annotations

import argparse
import difflib
import json
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reader.model import Article, BlockKind, parse_text
from reader.sources.decode import decode_bytes

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DIRS = (
    # corpus, corpus_holdout, corpus_holdout2, …, corpus_holdout42: in the order added
    *sorted(
        (path for path in (ROOT / "tests").glob("corpus*") if path.is_dir()),
        key=lambda path: (len(path.name), path.name),
    ),
    ROOT / "tests" / "samples_expected",
)
"""Every labelled corpus under tests/, then the sample articles' expected parses."""
KINDS = [kind.value for kind in BlockKind]


@dataclass
class Report:
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    attributes: Counter[tuple[str, bool]] = field(default_factory=Counter)
    paragraphs_expected: int = 0
    paragraphs_found: int = 0
    articles: int = 0
    mismatches: list[str] = field(default_factory=list)

    @property
    def kind_accuracy(self) -> float:
        right = sum(n for (want, got), n in self.confusion.items() if want == got)
        return right / max(1, self.paragraphs_expected)

    def f1(self, kind: str) -> tuple[float, float, float, int]:
        tp = self.confusion[(kind, kind)]
        expected = sum(n for (want, _), n in self.confusion.items() if want == kind)
        found = sum(n for (_, got), n in self.confusion.items() if got == kind)
        precision = tp / found if found else 1.0
        recall = tp / expected if expected else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return precision, recall, f1, expected

    def attribute_rate(self, name: str) -> tuple[float, int]:
        right, wrong = self.attributes[(name, True)], self.attributes[(name, False)]
        return right / max(1, right + wrong), right + wrong


def label_files(directories: list[Path]) -> list[tuple[Path, Path]]:
    """(article, labels) pairs; the article is found beside its labels or in sample_articles."""
    pairs = []
    for directory in directories:
        for labels in sorted(directory.glob("*.json")):
            data = json.loads(labels.read_text(encoding="utf-8"))
            beside = labels.with_name(data["source"])
            article = beside if beside.exists() else ROOT / "sample_articles" / data["source"]
            pairs.append((article, labels))
    return pairs


def evaluate(pairs: list[tuple[Path, Path]]) -> Report:
    report = Report()
    for article_path, labels_path in pairs:
        expected = json.loads(labels_path.read_text(encoding="utf-8"))
        text, _ = decode_bytes(article_path.read_bytes())
        _compare(parse_text(text, source=article_path.name), expected, report)
    return report


def _compare(article: Article, expected: dict[str, Any], report: Report) -> None:
    want = expected["blocks"]
    got = [block.to_json() for block in article.blocks]
    report.articles += 1
    report.paragraphs_expected += len(want)
    report.paragraphs_found += len(got)
    matcher = difflib.SequenceMatcher(
        a=[b["text"] for b in want], b=[b["text"] for b in got], autojunk=False
    )
    matched = set()
    for block in matcher.get_matching_blocks():
        for offset in range(block.size):
            w, g = want[block.a + offset], got[block.b + offset]
            matched.add(block.a + offset)
            report.confusion[(w["kind"], g["kind"])] += 1
            if w["kind"] != g["kind"]:
                report.mismatches.append(
                    f"{article.source}: {w['kind']} → {g['kind']}: {w['text'][:70]}"
                )
            for name in ("label", "credit", "speaker"):
                if name in w and w["kind"] == g["kind"]:
                    ok = w[name] == g.get(name)
                    report.attributes[(name, ok)] += 1
                    if not ok:
                        report.mismatches.append(
                            f"{article.source}: {name} {w[name]!r} → {g.get(name)!r}: "
                            f"{w['text'][:50]}"
                        )
                elif name in w:
                    report.attributes[(name, False)] += 1
    for index, block in enumerate(want):
        if index not in matched:
            report.confusion[(block["kind"], "(split differently)")] += 1
            report.mismatches.append(f"{article.source}: paragraph not found: {block['text'][:70]}")
    if expected.get("title") and expected["title"] != article.title:
        report.mismatches.append(
            f"{article.source}: title {expected['title']!r} → {article.title!r}"
        )


def print_report(report: Report, verbose: bool) -> None:
    print(
        f"articles: {report.articles}   paragraphs: {report.paragraphs_expected} labelled, "
        f"{report.paragraphs_found} found"
    )
    print(f"paragraph kind accuracy: {report.kind_accuracy:.1%}\n")
    print(f"{'kind':<12} {'precision':>9} {'recall':>7} {'F1':>6} {'n':>5}")
    for kind in KINDS:
        precision, recall, f1, n = report.f1(kind)
        print(f"{kind:<12} {precision:>9.3f} {recall:>7.3f} {f1:>6.3f} {n:>5}")
    print()
    for name in ("label", "credit", "speaker"):
        rate, n = report.attribute_rate(name)
        print(f"{name} exact: {rate:.1%} of {n}")
    columns = [*KINDS, "(split differently)"]
    print("\nconfusion (rows: labelled, columns: found)")
    print(" " * 12 + "".join(f"{c[:6]:>7}" for c in columns))
    for want in KINDS:
        print(f"{want:<12}" + "".join(f"{report.confusion[(want, got)]:>7}" for got in columns))
    if verbose:
        print("\nmismatches:")
        for line in report.mismatches:
            print("  " + line)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("directories", nargs="*", type=Path)
    parser.add_argument("--verbose", "-v", action="store_true", help="list every mismatch")
    args = parser.parse_args()
    directories = args.directories or list(DEFAULT_DIRS)
    print_report(evaluate(label_files(directories)), args.verbose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
