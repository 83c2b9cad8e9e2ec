"""Statistics for outcomes, with the standard library only.

- ``mean_ci``: mean with a two-sided confidence interval from Student's t distribution; the t quantile
  is exact (the t distribution function through the regularized incomplete beta function, inverted by
  safeguarded Newton steps to double precision), not a normal approximation.
- ``proportion_ci``: a responder rate with its Wilson score interval.
- ``km_median``: the Kaplan-Meier median time to an event when some patients are still followed
  without it (censored), e.g. the time until half of a course's effect has gone.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache


def _betacf(a: float, b: float, x: float) -> float:
    """Continued fraction for the incomplete beta function (modified Lentz)."""
    tiny = 1e-300
    qab, qap, qam = a + b, a + 1.0, a - 1.0
    c, d = 1.0, 1.0 - qab * x / qap
    d = 1.0 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 400):
        m2 = 2 * m
        aa = m * (b - m) * x / ((qam + m2) * (a + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c
        c = c if abs(c) > tiny else tiny
        h *= d * c
        aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
        d = 1.0 + aa * d
        d = 1.0 / (d if abs(d) > tiny else tiny)
        c = 1.0 + aa / c
        c = c if abs(c) > tiny else tiny
        delta = d * c
        h *= delta
        if abs(delta - 1.0) < 1e-15:
            break
    return h


def betainc(a: float, b: float, x: float) -> float:
    """The regularized incomplete beta function I_x(a, b)."""
    if x <= 0.0:
        return 0.0
    if x >= 1.0:
        return 1.0
    log_front = math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    if x < (a + 1.0) / (a + b + 2.0):
        return math.exp(log_front) * _betacf(a, b, x) / a
    return 1.0 - math.exp(log_front) * _betacf(b, a, 1.0 - x) / b


def t_cdf(t: float, df: float) -> float:
    """P(T <= t) for Student's t with ``df`` degrees of freedom."""
    if df <= 0:
        raise ValueError("degrees of freedom must be positive")
    tail = 0.5 * betainc(df / 2.0, 0.5, df / (df + t * t))
    return 1.0 - tail if t > 0 else tail


def t_pdf(t: float, df: float) -> float:
    log_c = math.lgamma((df + 1) / 2) - math.lgamma(df / 2) - 0.5 * math.log(df * math.pi)
    return math.exp(log_c - (df + 1) / 2 * math.log1p(t * t / df))


@lru_cache(maxsize=512)
def t_quantile(p: float, df: float) -> float:
    """The t value with P(T <= t) = p: Newton steps on the exact distribution function, kept inside a
    bracket that bisection narrows whenever a step would leave it (so it always converges)."""
    if not 0.0 < p < 1.0:
        raise ValueError("p must be between 0 and 1")
    if p == 0.5:
        return 0.0
    if p < 0.5:
        return -t_quantile(1.0 - p, df)
    lo, hi = 0.0, 1.0
    while t_cdf(hi, df) < p:
        lo, hi = hi, hi * 2.0
    t = (lo + hi) / 2.0
    for _ in range(200):
        f = t_cdf(t, df) - p
        if f < 0:
            lo = t
        else:
            hi = t
        step = t - f / t_pdf(t, df)
        t_next = step if lo < step < hi else (lo + hi) / 2.0
        if abs(t_next - t) <= 1e-14 * max(1.0, abs(t)):
            return t_next
        t = t_next
    return t


@dataclass(frozen=True)
class MeanCI:
    n: int
    mean: float | None
    low: float | None
    high: float | None
    sd: float | None = None


def mean_ci(values: Sequence[float], level: float = 0.95) -> MeanCI:
    """Mean, and its t-based confidence interval when there are at least two values."""
    n = len(values)
    if n == 0:
        return MeanCI(0, None, None, None)
    mean = math.fsum(values) / n
    if n == 1:
        return MeanCI(1, mean, None, None)
    var = math.fsum((v - mean) ** 2 for v in values) / (n - 1)
    sd = math.sqrt(var)
    half = t_quantile(0.5 + level / 2.0, n - 1) * sd / math.sqrt(n)
    return MeanCI(n, mean, mean - half, mean + half, sd)


@dataclass(frozen=True)
class Proportion:
    events: int
    n: int
    rate: float | None
    low: float | None
    high: float | None


def normal_quantile(p: float) -> float:
    from statistics import NormalDist

    return NormalDist().inv_cdf(p)


def proportion_ci(events: int, n: int, level: float = 0.95) -> Proportion:
    """A proportion with its Wilson score interval."""
    if n == 0:
        return Proportion(0, 0, None, None, None)
    z = normal_quantile(0.5 + level / 2.0)
    p = events / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return Proportion(events, n, p, max(0.0, centre - half), min(1.0, centre + half))


def km_median(observations: Sequence[tuple[float, bool]]) -> float | None:
    """Kaplan-Meier median of (time, event happened) pairs; None while survival stays above one half.

    Censored observations (event False) leave the risk set after the events at the same time.
    """
    if not observations:
        return None
    events_at: dict[float, int] = {}
    leaving_at: dict[float, int] = {}
    for t, happened in observations:
        leaving_at[t] = leaving_at.get(t, 0) + 1
        if happened:
            events_at[t] = events_at.get(t, 0) + 1
    at_risk = len(observations)
    survival = 1.0
    for t in sorted(leaving_at):
        events = events_at.get(t, 0)
        if events:
            survival *= 1.0 - events / at_risk
            if survival <= 0.5 + 1e-12:
                return t
        at_risk -= leaving_at[t]
    return None
