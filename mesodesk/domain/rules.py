"""Clinical and record-keeping rules that need no database."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta

MIN_DEPTH_MM = 0.0
MAX_DEPTH_MM = 15.0
TYPICAL_DEPTH_MM = (1.0, 4.0)
MAX_NOTE_LENGTH = 20_000
MAX_NAME_LENGTH = 100
EXPIRY_WARNING_DAYS = 30
FILE_NO_PREFIX = "MD-"

# Plausible bounds of what is typed or imported (services/validation.py refuses anything outside,
# naming the field): a typo such as 1e9 ml, a skin type of 2.5 or a session in 2100 never reaches a record.
EARLIEST_DATE = date(1900, 1, 1)  # births, sessions, consents, measurements: nothing earlier
SESSION_FUTURE_TOLERANCE = timedelta(days=1)  # a session (or a reaction) dated at most a day ahead
FOLLOW_UP_YEARS = 10  # follow-ups, plans and reschedules due within ±10 years of today
MAX_LOT_YEARS = 30  # a lot's expiry at most 30 years from today
MAX_VOLUME_ML = 100.0  # per product line, per treated area and per mark
MAX_INJECTION_POINTS = 10_000  # per treated area
MAX_NEEDLE_LENGTH_MM = 100.0
NEEDLE_GAUGES = (18, 34)
FITZPATRICK_TYPES = (1, 6)  # skin types I to VI
MAX_STOCK_QUANTITY = 1_000_000.0  # a lot's stock and a product's low-stock threshold, in the product's unit
MAX_INGREDIENT_AMOUNT = 10_000.0  # one ingredient of a formula, in its unit
MAX_ASSESSMENT_DAY = 365  # a reaction graded up to a year after the session
MAX_COURSE_SESSIONS = 100
MAX_INTERVAL_DAYS = 3650  # between course or maintenance sessions
MAX_CHECK_CALL_HOURS = 24 * 30
MAX_POINTS_PER_AREA = MAX_INJECTION_POINTS
MAX_SETTING_DAYS = 3650  # expiry warning days
MAX_IDLE_LOCK_MINUTES = 24 * 60
MAX_REVIEW_MONTHS = 120
MAX_RECORD_ID = 2**63 - 1  # the largest id a database column holds


#: The days after a reaction's onset on which it is checked (graded) again; day 0 is the onset itself.
REACTION_CHECK_DAYS = (1, 3, 7)
#: An unresolved reaction is offered for its checks this many days after its onset, then left to the chart.
REACTION_CHECK_WINDOW_DAYS = 14


def reaction_check_due(onset_day: date, graded_days: list[int] | set[int]) -> tuple[int, date] | None:
    """The next usual check of a reaction (its day and date) after the last day graded, or None when the
    day-7 check (or a later one) has been graded."""
    last = max(graded_days, default=-1)
    for day in REACTION_CHECK_DAYS:
        if day > last:
            return day, onset_day + timedelta(days=day)
    return None


def depth_warning(depth_mm: float) -> str | None:
    """A warning for a depth that is allowed but unusual for mesotherapy."""
    low, high = TYPICAL_DEPTH_MM
    if depth_mm < low or depth_mm > high:
        from mesodesk.i18n import format_decimal, gettext

        return gettext(
            "Depth {depth} mm is outside the usual {low}–{high} mm for mesotherapy.",
            depth=format_decimal(depth_mm, decimals=3),
            low=format_decimal(low, decimals=3),
            high=format_decimal(high, decimals=3),
        )
    return None


def format_file_no(number: int, prefix: str = FILE_NO_PREFIX) -> str:
    return f"{prefix}{number:06d}"


def age_on(birth: date, day: date) -> int:
    return day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day))


@dataclass(frozen=True)
class PlanSchedule:
    course_sessions: int
    course_interval_days: int
    maintenance_interval_days: int | None
    check_call_hours: int | None


def next_course_due(
    schedule: PlanSchedule, sessions_done: int, last_session: date
) -> tuple[str, date] | None:
    """The next visit after a session: ('course', date) while the course runs, then maintenance."""
    if sessions_done < schedule.course_sessions:
        return "course", last_session + timedelta(days=schedule.course_interval_days)
    if schedule.maintenance_interval_days:
        return "maintenance", last_session + timedelta(days=schedule.maintenance_interval_days)
    return None


def check_call_due(schedule: PlanSchedule, performed_at: datetime) -> datetime | None:
    if not schedule.check_call_hours:
        return None
    return performed_at + timedelta(hours=schedule.check_call_hours)


_PUNCT = re.compile(r"[\s'’`\-‐.,]+")
_NON_WORD = re.compile(r"[^\w]+", re.UNICODE)


def fold(text: str) -> str:
    """Case- and accent-insensitive form: 'Hélène' -> 'helene', 'Łukasz' -> 'lukasz'."""
    text = text.replace("ł", "l").replace("Ł", "L").replace("ø", "o").replace("Ø", "O").replace("ß", "ss")
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def search_tokens(*parts: str | None) -> list[str]:
    """Index tokens for names: each word folded, plus the words joined ('oconnor', 'otsukalukasiewicz')."""
    tokens: list[str] = []
    for part in parts:
        if not part:
            continue
        folded = fold(part)
        words = [w for w in _NON_WORD.split(folded) if w]
        tokens.extend(words)
        joined = _PUNCT.sub("", folded)
        joined = _NON_WORD.sub("", joined)
        if joined and joined not in words:
            tokens.append(joined)
    return tokens


def query_tokens(query: str) -> list[str]:
    """Tokens of a search query; punctuation inside a word is dropped ("o'conn" -> 'oconn')."""
    folded = fold(query)
    out = []
    for word in folded.split():
        word = _NON_WORD.sub("", _PUNCT.sub("", word))
        if word:
            out.append(word)
    return out


def digits(text: str | None) -> str:
    return "".join(ch for ch in text or "" if ch.isdigit())
