"""How far wording alone foretells an authority's answer: a yardstick for the rules.

A plain bag-of-words model (words and word pairs seen in at least three training requests,
logistic regression by stochastic gradient descent, fixed seed) is trained on the training
part and scored on the validation part, alone and joined to the rules' warnings. Its
threshold is chosen by five-fold cross-validation on the training part for a stated false
alarm rate, so the validation part stays unseen.

    python -m tests.wording_baseline

It is a measure, not a feature: a statistical score names no mechanism and offers no
rewording, and on this corpus it adds little to the rules (see the README).
"""

from __future__ import annotations

import itertools
import math
import random
import re
from collections import Counter
from collections.abc import Callable, Sequence
from typing import Any

from tests.corpus import evaluate, load_cases

_WORD = re.compile(r"[a-z0-9]+")
Case = dict[str, Any]
Model = tuple[dict[str, float], float]


def features(text: str) -> set[str]:
    words = _WORD.findall(text.lower())
    return set(words) | {f"{a} {b}" for a, b in itertools.pairwise(words)}


def fit(rows: Sequence[set[str]], labels: Sequence[int], epochs: int = 30) -> Model:
    weights: dict[str, float] = {}
    bias, rate, decay = 0.0, 0.1, 1e-3
    order = list(range(len(rows)))
    rng = random.Random(0)
    for _ in range(epochs):
        rng.shuffle(order)
        for i in order:
            z = max(-30.0, min(30.0, bias + sum(weights.get(f, 0.0) for f in rows[i])))
            grad = 1 / (1 + math.exp(-z)) - labels[i]
            bias -= rate * grad
            step = grad / math.sqrt(len(rows[i]) or 1)
            for f in rows[i]:
                w = weights.get(f, 0.0)
                weights[f] = w - rate * (step + decay * w)
    return weights, bias


def score(model: Model, row: set[str]) -> float:
    weights, bias = model
    return bias + sum(weights.get(f, 0.0) for f in row)


def auc(positive: list[float], negative: list[float]) -> float:
    pairs = sum((p > n) + 0.5 * (p == n) for p in positive for n in negative)
    return pairs / (len(positive) * len(negative))


def threshold(rows: list[set[str]], labels: list[int], false_alarms: float) -> float:
    """The score above which about ``false_alarms`` of the training part's answered
    requests fall, each scored by a model that never saw it (five folds)."""
    held_out = [0.0] * len(rows)
    for fold in range(5):
        train = [i for i in range(len(rows)) if i % 5 != fold]
        model = fit([rows[i] for i in train], [labels[i] for i in train])
        for i in range(fold, len(rows), 5):
            held_out[i] = score(model, rows[i])
    answered = sorted((s for s, y in zip(held_out, labels, strict=True) if not y), reverse=True)
    return answered[int(false_alarms * len(answered))]


def _report(name: str, flagged: Callable[[Case], bool], cases: list[Case]) -> str:
    bounced = [c for c in cases if c["outcome"] != "answered"]
    answered = [c for c in cases if c["outcome"] == "answered"]
    caught = sum(map(flagged, bounced)) / len(bounced)
    alarms = sum(map(flagged, answered)) / len(answered)
    return f"  {name:<34} caught {caught:4.0%}   false alarms {alarms:4.0%}"


def main() -> int:
    training, validation = load_cases("training"), load_cases("validation")
    seen = Counter(f for c in training for f in features(c["request"]))

    def row(case: Case) -> set[str]:
        return {f for f in features(case["request"]) if seen[f] >= 3}

    rows = [row(c) for c in training]
    rules = evaluate("validation")["loud"]
    lines = [
        f"validation part: {len(validation)} requests, wording model trained on {len(training)}"
    ]
    for target, label in (
        ("bounced", lambda c: c["outcome"] != "answered"),
        ("NCND or exempt", lambda c: c["outcome"] == "ncnd_or_exempt"),
        ("cost (s12)", lambda c: c["outcome"] == "s12"),
    ):
        model = fit(rows, [int(label(c)) for c in training])
        scores = {c["id"]: score(model, row(c)) for c in validation}
        pos = [scores[c["id"]] for c in validation if label(c)]
        neg = [scores[c["id"]] for c in validation if c["outcome"] == "answered"]
        lines.append(f"  {target} against answered: AUC {auc(pos, neg):.2f}")
    labels = [int(c["outcome"] != "answered") for c in training]
    model = fit(rows, labels)
    lines.append(_report("rules", lambda c: bool(rules[c["id"]]), validation))
    for rate in (0.02, 0.05, 0.10):
        cut = threshold(rows, labels, rate)

        def model_flags(c: Case, cut: float = cut) -> bool:
            return score(model, row(c)) > cut

        def either(c: Case, cut: float = cut) -> bool:
            return bool(rules[c["id"]]) or score(model, row(c)) > cut

        lines.append(_report(f"wording model ({rate:.0%} on training)", model_flags, validation))
        lines.append(_report(f"rules or wording model ({rate:.0%})", either, validation))
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
