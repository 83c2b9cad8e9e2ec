"""How the demo clinic writes: bulk rows in the database's native form, blocks of new ids, and its catalogue
(products, lots, formulas, protocols, consent text), written once and read back for the patients."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import Table, func, select
from sqlalchemy.engine import Connection

from mesodesk.db import models as m
from mesodesk.domain.errors import KnownError
from mesodesk.i18n import _, current_language
from mesodesk.services.demo_data import (
    DEMO_PASSWORD,
    FORMULAS,
    PRODUCTS,
    USERS,
)
from mesodesk.services.users import HASHER

#: Rows in the database's native form; a list row may still be changed until it is written.
Rows = Sequence[Sequence[Any]]


class RowSink(Protocol):
    """Where the generator puts its rows: the writer itself, or a collector that hands them on."""

    def insert(self, table: Table, columns: Sequence[str], rows: Rows) -> None: ...


class RowWriter:
    """Bulk inserts: raw executemany on SQLite, Core executemany elsewhere.

    Rows come in the database's native form (see NativeValues), so nothing is converted per value here.
    """

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.sqlite = conn.dialect.name == "sqlite"

    def insert(self, table: Table, columns: Sequence[str], rows: Rows) -> None:
        if not rows:
            return
        if self.sqlite:
            sql = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
            driver = self.conn.connection.driver_connection  # the sqlite3 (or sqlcipher3) connection
            assert driver is not None  # None only once the connection is closed or invalidated
            cursor = driver.cursor()
            cursor.executemany(sql, rows)
            cursor.close()
        else:
            self.conn.execute(table.insert(), [dict(zip(columns, row, strict=False)) for row in rows])


class NativeValues:
    """Datetimes, dates and booleans as the database stores them (text on SQLite, objects elsewhere)."""

    def __init__(self, sqlite: bool) -> None:
        self.sqlite = sqlite

    def ts(self, value: datetime | None) -> Any:
        if value is None or not self.sqlite:
            return value
        return value.astimezone(UTC).replace(tzinfo=None).isoformat(sep=" ", timespec="microseconds")

    def day(self, value: date | None) -> Any:
        return value.isoformat() if value is not None and self.sqlite else value

    def flag(self, value: bool) -> Any:
        return int(value) if self.sqlite else value


class IdBlocks:
    def __init__(self, conn: Connection) -> None:
        def nxt(table: Table) -> int:
            return (conn.scalar(select(func.max(table.c.id))) or 0) + 1

        self.patient = nxt(m.Patient.__table__)
        self.session = nxt(m.TreatmentSession.__table__)
        self.area = nxt(m.SessionArea.__table__)
        self.product_use = nxt(m.SessionProduct.__table__)
        self.reaction = nxt(m.Reaction.__table__)
        self.plan = nxt(m.TreatmentPlan.__table__)
        self.follow_up = nxt(m.FollowUp.__table__)
        self.consent = nxt(m.Consent.__table__)
        self.file_no = conn.scalar(select(func.count(m.Patient.id))) or 0


#: A protocol's formula: (formula id, name, [(product id, ml)], areas, indication, protocol id, the protocol's
#: technique, depth, course sessions, interval, maintenance interval, needle gauge, needle length, points).
DemoFormula = tuple[int, str, list[tuple[int, float]], list[str], str, int, tuple[Any, ...]]


@dataclass
class DemoCatalogue:
    admin_id: int | None  # None: the clinic has no administrator (the histories are then reviewed by nobody)
    lots_by_product: dict[
        int, list[tuple[int, date, date, bool, date | None]]
    ]  # id, received, expiry, recalled
    formulas: list[DemoFormula]
    consent_text_id: int | None = None
    product_text: dict[int, str] | None = None  # "name active ingredient", for the allergy checks


def write_catalogue(conn: Connection, rng: random.Random, today: date, now: datetime) -> None:
    conn.execute(
        m.ClinicSettings.__table__.insert(),
        [
            dict(
                id=1,
                name="Clinique Démo MesoDesk",
                address="12 rue des Lilas\n75011 Paris",
                phone="+33 1 23 45 67 89",
                email="accueil@clinique-demo.example",
                paper_size="A4",
                file_no_prefix="MD-",
                expiry_warning_days=30,
                idle_lock_minutes=10,
                version=1,
            )
        ],
    )
    password = HASHER.hash(DEMO_PASSWORD)
    conn.execute(
        m.User.__table__.insert(),
        [
            dict(
                username=u,
                full_name=_(n),
                role=r,
                password_hash=password,
                is_active=True,
                failed_attempts=0,
                created_at=now,
                version=1,
            )
            for u, n, r in USERS
        ],
    )
    from mesodesk.i18n.texts import translated_texts
    from mesodesk.paths import text_path

    body = text_path("consent_mesotherapy_v1").read_text(encoding="utf-8")
    texts = [
        dict(
            code="mesotherapy",
            version="1",
            title="Consent to mesotherapy",
            body=body,
            created_at=now,
            language="en",
        )
    ]
    for lang, text in translated_texts("consent_mesotherapy_v1"):
        title = next((line[2:].strip() for line in text.splitlines() if line.startswith("# ")), "")
        texts.append(
            dict(
                code=f"mesotherapy_{lang}",
                version="1",
                title=title[:200] or f"mesotherapy ({lang})",
                body=text,
                created_at=now,
                language=lang,
            )
        )
    conn.execute(m.ConsentText.__table__.insert(), texts)
    product_ids = []
    for name, maker, active, conc in PRODUCTS:
        result = conn.execute(
            m.Product.__table__.insert()
            .values(
                name=_(name),
                manufacturer=maker,
                active_ingredient=active,
                concentration=conc,
                unit="ml",
                low_stock_threshold=10.0,
                archived=False,
                version=1,
            )
            .returning(m.Product.id)
        )
        product_ids.append(result.scalar_one())
    recalled_done = False
    for pid in product_ids:
        # Lots received every 6 months for three years; each keeps 18 months.
        for k in range(7):  # the last one was received a month ago: none "received" in the future
            received = today - timedelta(days=365 * 3 + 30) + timedelta(days=182 * k)
            expiry = received + timedelta(days=540)
            recalled = not recalled_done and pid == product_ids[0] and k == 5
            recalled_done = recalled_done or recalled
            lot_no = (
                f"{name_code(PRODUCTS[product_ids.index(pid)][0])}-{received:%y%m}{'R' if recalled else ''}"
            )
            conn.execute(
                m.ProductLot.__table__.insert().values(
                    product_id=pid,
                    lot_number=lot_no,
                    expiry_date=expiry,
                    recalled=recalled,
                    recalled_on=received + timedelta(days=100) if recalled else None,
                    recall_reason=_("Manufacturer recall: sterility cannot be guaranteed")
                    if recalled
                    else "",
                    quantity_in_stock=0.0 if expiry < today else float(rng.randint(5, 120)),
                    received_on=received,
                    version=1,
                )
            )
    for fname, (ingredients, areas, indication, proto) in FORMULAS.items():
        fid = conn.execute(
            m.Formula.__table__.insert()
            .values(name=_(fname), is_standard=True, notes=_(indication), archived=False, version=1)
            .returning(m.Formula.id)
        ).scalar_one()
        conn.execute(
            m.FormulaIngredient.__table__.insert(),
            [
                dict(formula_id=fid, product_id=product_ids[i], amount=ml, unit="ml", position=n)
                for n, (i, ml) in enumerate(ingredients)
            ],
        )
        technique, depth, course, interval, maintenance = proto
        conn.execute(
            m.Protocol.__table__.insert().values(
                name=_(fname),
                indication=_(indication),
                areas=",".join(areas),
                technique=technique,
                device="syringe",
                needle_gauge=32 if depth < 4 else 30,
                needle_length_mm=4.0 if depth < 4 else 6.0,
                depth_mm=depth,
                points_per_area=40 if technique != "nappage" else 120,
                volume_ml_per_area=2.0,
                formula_id=fid,
                course_sessions=course,
                course_interval_days=interval,
                maintenance_interval_days=maintenance,
                check_call_hours=48,
                archived=False,
            )
        )


def name_code(name: str) -> str:
    letters = "".join(ch for ch in name.upper() if ch.isalpha())
    return letters[:3]


def load_catalogue(conn: Connection) -> DemoCatalogue:
    admin_id = conn.scalar(select(m.User.id).where(m.User.role == "admin").order_by(m.User.id).limit(1))
    lots: dict[int, list[tuple[int, date, date, bool, date | None]]] = {}
    for lot in conn.execute(
        select(
            m.ProductLot.id,
            m.ProductLot.product_id,
            m.ProductLot.received_on,
            m.ProductLot.expiry_date,
            m.ProductLot.recalled,
            m.ProductLot.recalled_on,
        ).order_by(m.ProductLot.received_on)
    ):
        received = lot.received_on or (lot.expiry_date - timedelta(days=540))
        lots.setdefault(lot.product_id, []).append(
            (lot.id, received, lot.expiry_date, lot.recalled, lot.recalled_on)
        )
    formulas: list[DemoFormula] = []
    for proto in conn.execute(select(m.Protocol).where(m.Protocol.formula_id.is_not(None))):
        ingredients = [
            (product_id, amount)
            for product_id, amount in conn.execute(
                select(m.FormulaIngredient.product_id, m.FormulaIngredient.amount)
                .where(m.FormulaIngredient.formula_id == proto.formula_id)
                .order_by(m.FormulaIngredient.position)
            )
        ]
        formulas.append(
            (
                proto.formula_id,
                proto.name,
                ingredients,
                proto.areas.split(","),
                proto.indication,
                proto.id,
                (
                    proto.technique,
                    proto.depth_mm,
                    proto.course_sessions,
                    proto.course_interval_days,
                    proto.maintenance_interval_days,
                    proto.needle_gauge,
                    proto.needle_length_mm,
                    proto.points_per_area,
                ),
            )
        )
    if not formulas:
        raise KnownError("The demo needs the demo catalogue; use a new database.")
    lang = current_language()  # patients sign the consent in the language the demo is built in
    codes = ["mesotherapy"] if lang == "en" else [f"mesotherapy_{lang}", "mesotherapy"]
    consent_text_id = None
    for code in codes:
        consent_text_id = consent_text_id or conn.scalar(
            select(m.ConsentText.id).where(m.ConsentText.code == code).order_by(m.ConsentText.id.desc())
        )
    product_text = {
        pid: f"{name} {active}"
        for pid, name, active in conn.execute(
            select(m.Product.id, m.Product.name, m.Product.active_ingredient)
        )
    }
    return DemoCatalogue(admin_id, lots, formulas, consent_text_id, product_text)
