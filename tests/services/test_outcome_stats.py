"""Outcome statistics against values computed by hand and from published tables."""

from __future__ import annotations

import math

import pytest

from mesodesk.domain.outcome_stats import km_median, mean_ci, proportion_ci, t_cdf, t_quantile


@pytest.mark.parametrize(
    ("df", "expected"),
    [
        (1, 12.706204736),  # tan(pi/2 * 0.95): the t distribution with 1 df is Cauchy
        (2, 4.302652730),  # sqrt(2 / (1 - 0.95**2) - 2)... closed form for 2 df, see below
        (5, 2.570581836),
        (10, 2.228138852),
        (30, 2.042272456),
        (100, 1.983971519),
    ],
)
def test_t_quantile_matches_the_tables(df, expected):
    assert t_quantile(0.975, df) == pytest.approx(expected, abs=1e-8)


def test_t_closed_forms():
    # df = 1: Cauchy, quantile tan(pi (p - 1/2)); df = 2: t = (2p-1) / sqrt(2 p (1-p))
    for p in (0.6, 0.9, 0.975, 0.995):
        assert t_quantile(p, 1) == pytest.approx(math.tan(math.pi * (p - 0.5)), rel=1e-10)
        assert t_quantile(p, 2) == pytest.approx((2 * p - 1) / math.sqrt(2 * p * (1 - p)), rel=1e-10)
    assert t_cdf(0.0, 7) == pytest.approx(0.5)
    assert t_quantile(0.025, 10) == pytest.approx(-t_quantile(0.975, 10))


def test_mean_ci_by_hand():
    # values 2, 4, 4, 4, 5, 5, 7, 9: mean 5, sample sd sqrt(32/7), t(0.975, 7) = 2.364624252
    ci = mean_ci([2, 4, 4, 4, 5, 5, 7, 9])
    sd = math.sqrt(32 / 7)
    half = 2.364624252 * sd / math.sqrt(8)
    assert ci.n == 8
    assert ci.mean == pytest.approx(5.0)
    assert ci.sd == pytest.approx(sd)
    assert ci.low == pytest.approx(5 - half, abs=1e-8)
    assert ci.high == pytest.approx(5 + half, abs=1e-8)
    assert mean_ci([3.0]).low is None and mean_ci([3.0]).mean == 3.0
    assert mean_ci([]).mean is None


def test_wilson_interval_by_hand():
    # 8 of 10: z = 1.959964; centre (0.8 + z²/20) / (1 + z²/10); half z sqrt(0.016 + z²/400) / (1 + z²/10)
    z = 1.959963985
    denom = 1 + z * z / 10
    centre = (0.8 + z * z / 20) / denom
    half = z * math.sqrt(0.8 * 0.2 / 10 + z * z / 400) / denom
    p = proportion_ci(8, 10)
    assert p.rate == pytest.approx(0.8)
    assert p.low == pytest.approx(centre - half, abs=1e-8)  # 0.4902
    assert p.high == pytest.approx(centre + half, abs=1e-8)  # 0.9433
    assert p.low == pytest.approx(0.4902, abs=1e-4)
    assert proportion_ci(0, 0).rate is None


def test_kaplan_meier_median_with_censoring():
    # times 30 (event), 45 (censored), 60 (event), 90 (event), 120 (censored):
    # S(30) = 4/5 = 0.8; 45 censored leaves 3 at risk; S(60) = 0.8 * 2/3 = 0.533; S(90) = 0.533 * 1/2 = 0.267
    obs = [(30, True), (45, False), (60, True), (90, True), (120, False)]
    assert km_median(obs) == 90
    # without censoring the KM median is the ordinary lower median
    assert km_median([(10, True), (20, True), (30, True), (40, True)]) == 20
    # survival never reaches one half: no median
    assert km_median([(10, True), (20, False), (30, False)]) is None
    assert km_median([]) is None
