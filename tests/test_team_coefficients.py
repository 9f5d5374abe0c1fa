"""Agreement coefficients against reference implementations, textbook examples and properties."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tui.core.team import coefficients as co

nan = np.nan

# Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", the nominal example:
# 4 coders, 12 units, 7 judgements missing; unit 12 has one judgement and is not pairable.
KRIPPENDORFF_EXAMPLE = [
    [1, 2, 3, 3, 2, 1, 4, 1, 2, nan, nan, nan],
    [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, nan, 3],
    [nan, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, nan],
    [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, nan],
]


def test_krippendorffs_worked_example_with_missing_values():
    # By hand: 11 pairable units, n = 40 values. Off-diagonal coincidences per unit are
    # (m^2 - sum of squared value counts) / (m - 1): unit 2 (2,2,3,2) 6/3 = 2, unit 6 (1,2,3,4)
    # 12/3 = 4, unit 8 (1,1,2,1) 6/3 = 2, every other unit 0: 8 in all. Value totals n_c =
    # 9, 13, 10, 5, 3, so sum_{c != k} n_c n_k = 40^2 - (81 + 169 + 100 + 25 + 9) = 1216.
    # alpha = 1 - (n - 1) * 8 / 1216 = 1 - 312/1216 = 0.7434...
    result = co.krippendorff_alpha(KRIPPENDORFF_EXAMPLE)
    assert result.value == pytest.approx(1 - 312 / 1216)
    assert result.value == pytest.approx(0.743, abs=5e-4)  # the paper's figure


def test_textbook_cohen_kappa():
    # 50 units: both yes 20, both no 15, A yes / B no 5, A no / B yes 10:
    # p_o = 35/50 = 0.7; p_e = 0.5 * 0.6 + 0.5 * 0.4 = 0.5; kappa = 0.4.
    a = [1] * 20 + [0] * 15 + [1] * 5 + [0] * 10
    b = [1] * 20 + [0] * 15 + [0] * 5 + [1] * 10
    assert co.cohen_kappa([a, b]).value == pytest.approx(0.4)
    assert co.percent_agreement([a, b]).value == pytest.approx(0.7)


def reliability(seed: int, coders: int, units: int, categories: int, missing: float, agree: float = 0.6):
    rng = np.random.default_rng(seed)
    truth = rng.integers(0, categories, units)
    data = np.where(rng.random((coders, units)) < agree, truth, rng.integers(0, categories, (coders, units))).astype(float)
    data[rng.random((coders, units)) < missing] = nan
    return data


@pytest.mark.parametrize("seed", range(12))
def test_alpha_matches_the_krippendorff_package_with_missing_data(seed):
    import krippendorff

    rng = np.random.default_rng(seed)
    data = reliability(seed, int(rng.integers(2, 7)), int(rng.integers(5, 200)), int(rng.integers(2, 6)), 0.25)
    try:
        expected = krippendorff.alpha(reliability_data=data, level_of_measurement="nominal")
    except ValueError:  # one value only: undefined
        assert co.krippendorff_alpha(data).value is None
        return
    assert co.krippendorff_alpha(data).value == pytest.approx(expected, abs=1e-9)


@pytest.mark.parametrize("seed", range(12))
def test_cohen_matches_scikit_learn(seed):
    from sklearn.metrics import cohen_kappa_score

    rng = np.random.default_rng(100 + seed)
    data = reliability(100 + seed, 2, int(rng.integers(5, 300)), int(rng.integers(2, 5)), 0.0)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        expected = cohen_kappa_score(data[0], data[1])
    result = co.cohen_kappa(data)
    if np.isnan(expected):
        assert result.value is None and result.reason == co.NO_VARIATION
    else:
        assert result.value == pytest.approx(expected, abs=1e-9)


@pytest.mark.parametrize("seed", range(12))
def test_fleiss_matches_statsmodels(seed):
    from statsmodels.stats.inter_rater import aggregate_raters, fleiss_kappa

    rng = np.random.default_rng(200 + seed)
    data = reliability(200 + seed, int(rng.integers(2, 8)), int(rng.integers(5, 300)), int(rng.integers(2, 5)), 0.0)
    table, _ = aggregate_raters(data.T.astype(int))
    assert co.fleiss_kappa(data).value == pytest.approx(fleiss_kappa(table, method="fleiss"), abs=1e-9)


def test_fleiss_uses_only_units_every_coder_judged():
    data = reliability(7, 3, 60, 2, 0.2)
    complete = ~np.isnan(data).any(axis=0)
    assert co.fleiss_kappa(data).value == pytest.approx(co.fleiss_kappa(data[:, complete]).value)


def test_weights_count_as_repeated_units():
    data = reliability(3, 3, 40, 3, 0.2)
    weights = np.random.default_rng(3).integers(1, 5, 40)
    repeated = np.repeat(data, weights, axis=1)
    for f in (co.percent_agreement, co.fleiss_kappa, co.krippendorff_alpha):
        assert f(data, weights).value == pytest.approx(f(repeated).value)
    assert co.cohen_kappa(data[:2], weights).value == pytest.approx(co.cohen_kappa(repeated[:2]).value)


def test_undefined_coefficients_say_why():
    same = [[1, 1, 1, 0], [1, 1, 1, 0]]
    assert co.krippendorff_alpha(same).value == pytest.approx(1.0)
    constant = [[0, 0, 0], [0, 0, 0]]
    for f in (co.cohen_kappa, co.fleiss_kappa, co.krippendorff_alpha):
        assert f(constant) == co.Result(None, co.NO_VARIATION)
    assert co.percent_agreement(constant).value == 1.0
    lonely = [[1, nan], [nan, 0]]
    assert co.krippendorff_alpha(lonely).reason == co.NO_PAIRS
    assert co.cohen_kappa([[1, 0], [1, 0], [0, 0]]).value is None


binary_data = st.integers(2, 5).flatmap(lambda coders: st.lists(
    st.lists(st.sampled_from([0.0, 1.0, nan]), min_size=coders, max_size=coders), min_size=1, max_size=40))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from([0.0, 1.0, 2.0, nan]), min_size=1, max_size=60))
def test_a_coder_agrees_with_themselves(values):
    data = np.array([values, values])
    for f in (co.percent_agreement, co.cohen_kappa, co.fleiss_kappa, co.krippendorff_alpha):
        result = f(data)
        assert result.value is None or result.value == pytest.approx(1.0)


@settings(max_examples=150, deadline=None)
@given(binary_data, st.randoms())
def test_swapping_coders_changes_nothing(units, rnd):
    data = np.array(units).T
    order = list(range(data.shape[0]))
    rnd.shuffle(order)
    for f in (co.percent_agreement, co.fleiss_kappa, co.krippendorff_alpha):
        a, b = f(data), f(data[order])
        assert (a.value is None and b.value is None and a.reason == b.reason) or a.value == pytest.approx(b.value)
    a, b = co.cohen_kappa(data[:2]), co.cohen_kappa(data[[1, 0]])
    assert (a.value is None and b.value is None) or a.value == pytest.approx(b.value)
