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
