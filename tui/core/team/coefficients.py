"""Inter-coder agreement coefficients on reliability data, with numpy.

Reliability data is a coders x units array of category codes (any numbers), NaN where a
coder gave no judgement on a unit (missing data), and optionally a weight per unit: a unit
of weight w counts as w identical units (runs of characters with the same judgements are
one weighted unit, so character agreement needs no array per character).

Each coefficient returns a :class:`Result`: the value, or None and the reason it is
undefined ("no variation": every judgement is the same category, so chance agreement is
already perfect and the ratio is 0/0).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

NO_VARIATION = "no variation"
NO_PAIRS = "no unit judged by two coders"


@dataclass(frozen=True)
class Result:
    value: float | None
    reason: str = ""  # why value is None

    @property
    def defined(self) -> bool:
        return self.value is not None


def _prepare(data, weights=None) -> tuple[np.ndarray, np.ndarray]:
    values = np.asarray(data, dtype=float)
    if values.ndim != 2:
        raise ValueError("reliability data is coders x units")
    w = np.ones(values.shape[1]) if weights is None else np.asarray(weights, dtype=float)
    if w.shape != (values.shape[1],):
        raise ValueError("one weight per unit")
    return values, w


def value_counts(data, weights=None) -> tuple[np.ndarray, np.ndarray]:
    """(units x categories counts of judgements, unit weights): the form every coefficient
    but Cohen's kappa works on."""
    values, w = _prepare(data, weights)
    present = ~np.isnan(values)
    categories = np.unique(values[present])
    counts = np.stack([(values == c).sum(axis=0) for c in categories], axis=1) if len(categories) \
        else np.zeros((values.shape[1], 0))
    return counts.astype(float), w


def percent_agreement(data, weights=None) -> Result:
    """Share of units (judged by two coders or more) on which every judgement is the same."""
    counts, w = value_counts(data, weights)
    return percent_from_counts(counts, w)


def percent_from_counts(counts: np.ndarray, w: np.ndarray) -> Result:
    m = counts.sum(axis=1)
    pairable = m >= 2
    total = w[pairable].sum()
    if total == 0:
        return Result(None, NO_PAIRS)
    same = (counts.max(axis=1, initial=0) == m) & pairable
    return Result(float(w[same].sum() / total))


def cohen_kappa(data, weights=None) -> Result:
    """Cohen's kappa of exactly two coders, on the units both judged."""
    values, w = _prepare(data, weights)
    if values.shape[0] != 2:
        return Result(None, f"needs exactly two coders, not {values.shape[0]}")
    both = ~np.isnan(values).any(axis=0)
    a, b, w = values[0, both], values[1, both], w[both]
    total = w.sum()
    if total == 0:
        return Result(None, NO_PAIRS)
    observed = w[a == b].sum() / total
    categories = np.unique(np.concatenate([a, b]))
    expected = sum((w[a == c].sum() / total) * (w[b == c].sum() / total) for c in categories)
    if np.isclose(expected, 1.0):
        return Result(None, NO_VARIATION)
    return Result(float((observed - expected) / (1 - expected)))


def fleiss_kappa(data, weights=None) -> Result:
    """Fleiss' kappa on the units every coder judged (it needs the same raters per unit)."""
    counts, w = value_counts(data, weights)
    coders = np.asarray(data).shape[0]
    return fleiss_from_counts(counts, w, coders)


def fleiss_from_counts(counts: np.ndarray, w: np.ndarray, coders: int) -> Result:
    if coders < 2:
        return Result(None, "needs two coders or more")
    complete = counts.sum(axis=1) == coders
    counts, w = counts[complete], w[complete]
    total = w.sum()
    if total == 0:
        return Result(None, "no unit judged by every coder")
    n = coders
    per_unit = ((counts * counts).sum(axis=1) - n) / (n * (n - 1))
    observed = (w * per_unit).sum() / total
    shares = (w[:, None] * counts).sum(axis=0) / (total * n)
    expected = float((shares * shares).sum())
    if np.isclose(expected, 1.0):
        return Result(None, NO_VARIATION)
    return Result(float((observed - expected) / (1 - expected)))


def krippendorff_alpha(data, weights=None) -> Result:
    """Krippendorff's alpha for nominal data; missing judgements are left out, not zeros."""
    counts, w = value_counts(data, weights)
    return alpha_from_counts(counts, w)


def alpha_from_counts(counts: np.ndarray, w: np.ndarray) -> Result:
    m = counts.sum(axis=1)
    pairable = m >= 2
    counts, w, m = counts[pairable], w[pairable], m[pairable]
    if w.sum() == 0:
        return Result(None, NO_PAIRS)
    # Coincidences: each unit's m(m-1) ordered pairs of judgements, weighted 1/(m-1).
    scale = w / (m - 1)
    same = (scale[:, None] * counts * (counts - 1)).sum()
    n_c = (w[:, None] * counts).sum(axis=0)  # = row sums of the coincidence matrix
    n = n_c.sum()
    disagree = n - same  # sum of the off-diagonal coincidences
    expected = n * n - (n_c * n_c).sum()  # sum over c != k of n_c n_k
    if expected <= 0 or np.isclose(expected / (n * n), 0.0):
        return Result(None, NO_VARIATION)
    return Result(float(1 - (n - 1) * disagree / expected))

