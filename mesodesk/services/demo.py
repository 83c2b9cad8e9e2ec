"""A realistic, deterministic demo clinic, fast enough for 100,000 patients.

Rows are written in bulk (raw executemany on SQLite, Core inserts elsewhere) in chunks, so
memory stays flat; the patient search index is kept in step by its triggers as usual.
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Table, func, select
from sqlalchemy.engine import Connection, Engine

from mesodesk.db import models as m
from mesodesk.db.sequences import advance_sequences
from mesodesk.domain.errors import KnownError
from mesodesk.domain.rules import digits, format_file_no
from mesodesk.services import audit, signing
from mesodesk.services.context import SYSTEM, ServiceContext
from mesodesk.services.demo_media import map_points, picture, region_of, signature_png
from mesodesk.services.demo_outcomes import add_outcomes
from mesodesk.services.patients import search_text_for
from mesodesk.services.signing import content_digest
from mesodesk.services.users import HASHER
from mesodesk.storage import trust

Progress = Callable[[int, int, str], None]
#: Up to this many patients, every other treated patient has photos; above, a 2% sample.
PHOTOS_FOR_ALL_UP_TO = 10_000

DEMO_PASSWORD = "mesodesk"
BULK_CACHE_KIB = 256 * 1024

FIRST_F = [
    "Hélène",
    "Zoë",
    "Chloé",
    "Amélie",
    "Léa",
    "Inès",
    "Manon",
    "Camille",
    "Sofía",
    "Lucía",
    "María José",
    "Giulia",
    "Francesca",
    "Chiara",
    "Agnieszka",
    "Małgorzata",
    "Αλεξάνδρα",
    "Ελένη",
    "Ольга",
    "Анна",
    "Yuki",
    "Ōko",
    "Siobhán",
    "Aoife",
    "Fatima",
    "Ana-Maria",
    "Björk",
    "Ingrid",
    "Noor",
    "Mei",
    "Emma",
    "Sarah",
    "Laura",
    "Jeanne-Marie",
    "Renée",
    "Gaëlle",
    "Anaïs",
    "Núria",
    "Elif",
    "Zsófia",
]
FIRST_M = [
    "Jérôme",
    "François",
    "Lucas",
    "Hugo",
    "José",
    "Andrés",
    "Marco",
    "Luca",
    "Łukasz",
    "Paweł",
    "Νίκος",
    "Дмитрий",
    "Kenji",
    "Seán",
    "Omar",
    "Jean-Luc",
    "Mathéo",
    "Thomas",
    "Pierre",
    "Ramón",
]
LAST = [
    "Martin",
    "Bernard",
    "Dubois",
    "Lefèvre",
    "Moreau",
    "Fontaine",
    "Giraud",
    "Muñoz",
    "García",
    "Fernández",
    "Rossi",
    "Russo",
    "Bianchi",
    "Esposito",
    "Nowak",
    "Kowalczyk",
    "Wiśniewska",
    "Łukasiewicz",
    "Ōtsuka",
    "Ōtsuka-Łukasiewicz",
    "Παπαδοπούλου",
    "Παπαδόπουλος",
    "Кузнецова",
    "Иванова",
    "O'Connor",
    "O'Brien",
    "D'Angelo",
    "Dell'Acqua",
    "N'Diaye",
    "Ben Ali",
    "Van der Berg",
    "de la Cruz",
    "Le Gall",
    "Saint-Clair",
    "Müller",
    "Schröder",
    "Nakamura",
    "Sato",
    "Haddad",
    "Yılmaz",
    "Çelik",
    "Novák",
    "Dvořák",
    "Petit",
    "Roux",
    "Fournier",
    "Mercier",
    "Blanc",
    "Guérin",
    "Faure",
]
STREETS = [
    "rue de la République",
    "avenue Jean-Jaurès",
    "calle Mayor",
    "via Roma",
    "boulevard Haussmann",
    "rue des Lilas",
    "chemin des Vignes",
    "place du Marché",
]
CITIES = ["75011 Paris", "69003 Lyon", "13006 Marseille", "33000 Bordeaux", "06000 Nice", "31000 Toulouse"]

PRODUCTS = [  # name, manufacturer, active ingredient, concentration
    ("Hyaluronic acid 1.35%", "MesoLab", "sodium hyaluronate", "13.5 mg/ml"),
    ("Vitamin C 20%", "DermaPharm", "ascorbic acid", "200 mg/ml"),
    ("Organic silicon", "SiliDerm", "monomethylsilanetriol", "5 mg/ml"),
    ("DMAE 3%", "MesoLab", "dimethylaminoethanol", "30 mg/ml"),
    ("Polynucleotides", "Regenia", "PDRN", "7.5 mg/ml"),
    ("Lidocaine 2%", "Anesto", "lidocaine hydrochloride", "20 mg/ml"),
    ("Caffeine 5%", "LipoLab", "caffeine", "50 mg/ml"),
    ("L-carnitine", "LipoLab", "levocarnitine", "200 mg/ml"),
    ("Artichoke extract", "PhytoMeso", "cynara scolymus extract", "50 mg/ml"),
    ("Dexpanthenol", "DermaPharm", "dexpanthenol", "250 mg/ml"),
    ("Biotin", "HairMeso", "biotin", "5 mg/ml"),
    ("Polyrevitalising complex", "Filorga-like", "vitamins, amino acids, minerals, coenzymes", "mix"),
]
FORMULAS = {  # name: (ingredient indexes with ml per session, areas, indication, protocol settings)
    "Face revitalisation": (
        [(0, 2.0), (11, 1.0), (3, 0.5)],
        ["full_face"],
        "Fine lines and skin quality",
        ("papules", 2.0, 6, 14, 42),
    ),
    "Radiance (vitamin C)": (
        [(1, 1.0), (0, 1.0)],
        ["full_face", "neck"],
        "Dull skin, pigmentation",
        ("nappage", 1.5, 4, 14, 56),
    ),
    "Neck and décolleté": (
        [(0, 2.0), (2, 1.0)],
        ["neck", "decollete"],
        "Crêpey skin of neck and décolleté",
        ("papules", 2.0, 5, 14, 56),
    ),
    "Hair loss": (
        [(10, 1.0), (9, 1.0), (4, 1.0)],
        ["scalp"],
        "Androgenetic alopecia, telogen effluvium",
        ("point_by_point", 3.0, 6, 7, 42),
    ),
    "Cellulite": (
        [(6, 3.0), (8, 2.0), (2, 2.0)],
        ["thighs", "buttocks"],
        "Cellulite",
        ("point_by_point", 4.0, 10, 7, 28),
    ),
    "Localised fat": (
        [(7, 3.0), (6, 3.0), (5, 0.5)],
        ["abdomen", "flanks"],
        "Localised fat deposits",
        ("point_by_point", 6.0, 8, 7, 28),
    ),
}
REACTION_RATES = [  # type, probability per session, usual grade weights (mild, moderate, severe)
    ("bruising", 0.12, (0.7, 0.25, 0.05)),
    ("swelling", 0.07, (0.75, 0.22, 0.03)),
    ("redness", 0.08, (0.85, 0.14, 0.01)),
    ("pain", 0.04, (0.8, 0.18, 0.02)),
    ("itching", 0.01, (0.8, 0.18, 0.02)),
    ("nodules", 0.004, (0.6, 0.35, 0.05)),
    ("hives", 0.002, (0.5, 0.4, 0.1)),
    ("infection", 0.0005, (0.4, 0.5, 0.1)),
    ("anaphylaxis", 0.00005, (0.0, 0.0, 1.0)),
]
REACTION_TOTAL = sum(rate for _, rate, _ in REACTION_RATES)
REACTION_CUMULATIVE = [
    (sum(r for _, r, _ in REACTION_RATES[: i + 1]), t, g) for i, (t, _, g) in enumerate(REACTION_RATES)
]
USERS = [
    ("admin", "Clinic Administrator", "admin"),
    ("dr.martin", "Dr Hélène Martin", "practitioner"),
    ("dr.rossi", "Dr Marco Rossi", "practitioner"),
    ("dr.nowak", "Dr Agnieszka Nowak", "practitioner"),
    ("claire", "Claire Fontaine", "assistant"),
]


@dataclass
class DemoSummary:
    patients: int
    sessions: int
    reactions: int
    follow_ups: int


class _Writer:
    """Bulk inserts: raw executemany on SQLite, Core executemany elsewhere.

    Rows come in the database's native form (see _Native), so nothing is converted per value here.
    """

    def __init__(self, conn: Connection) -> None:
        self.conn = conn
        self.sqlite = conn.dialect.name == "sqlite"

    def insert(self, table: Table, columns: Sequence[str], rows: list[tuple]) -> None:
        if not rows:
            return
        if self.sqlite:
            sql = f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
            cursor = self.conn.connection.driver_connection.cursor()  # type: ignore[union-attr]
            cursor.executemany(sql, rows)
            cursor.close()
        else:
            self.conn.execute(table.insert(), [dict(zip(columns, row, strict=False)) for row in rows])


class _Native:
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


def build_demo(
    engine: Engine,
    *,
    patients: int = 2000,
    seed: int = 1,
    add: bool = False,
    today: date | None = None,
    progress: Progress | None = None,
    chunk: int = 2000,
    parallel: bool | None = None,
) -> DemoSummary:
    """Fill the database with a demo clinic; refuses a database with records unless ``add``.

    Large clinics are generated in a second process while this one writes (``parallel``, on by
    default from 20,000 patients); the result is the same either way for the same seed.
    """
    today = today or date.today()
    now = datetime.now(UTC)
    progress = progress or (lambda done, total, what: None)
    with engine.begin() as conn:
        existing = conn.scalar(select(func.count(m.Patient.id))) or 0
        if existing and not add:
            raise KnownError(
                "This database already holds {existing} patients; the demo clinic was not added (use --add to add demo patients anyway).",
                existing=existing,
            )
        if not conn.scalar(select(func.count(m.User.id))):
            _catalogue(conn, random.Random(seed), today, now)
    with engine.connect() as conn:
        plan = _Plan(
            ids=_Ids(conn),
            catalogue=_load_catalogue(conn),
            prefix="",
            practitioners=[],
            seed=seed,
            patients=patients,
            chunk=chunk,
            today=today,
            now=now,
            sqlite=engine.dialect.name == "sqlite",
        )
        plan.practitioners = list(
            conn.scalars(
                select(m.User.id).where(m.User.role != "assistant").where(m.User.username != "admin")
            )
        ) or [plan.catalogue.admin_id]
        plan.prefix = conn.scalar(select(m.ClinicSettings.file_no_prefix)) or "MD-"
    if parallel is None:
        parallel = patients >= 20_000 and not getattr(sys, "frozen", False)
    chunks = _chunks_in_subprocess(plan) if parallel else _chunks(plan)
    totals = DemoSummary(0, 0, 0, 0)
    # One transaction per chunk keeps the write-ahead log small; a build that is interrupted
    # leaves whole chunks of patients, each with all its records.
    for done, batches, counts in chunks:
        with engine.connect() as conn:
            raw = conn.connection.driver_connection if plan.sqlite else None
            if raw is not None:
                # The generator's ids are consistent by construction (and `mesodesk check` verifies
                # them), so SQLite is spared a foreign-key lookup per row; index pages stay cached.
                raw.execute("PRAGMA foreign_keys = OFF")
                raw.execute(f"PRAGMA cache_size = -{BULK_CACHE_KIB}")
            try:
                with conn.begin():
                    writer = _Writer(conn)
                    for table_name, columns, rows in batches:
                        writer.insert(m.Base.metadata.tables[table_name], columns, rows)
            finally:
                if raw is not None:
                    raw.execute("PRAGMA foreign_keys = ON")
        for key, value in vars(counts).items():
            setattr(totals, key, getattr(totals, key) + value)
        progress(done, patients, "patients")
    with engine.begin() as conn:
        advance_sequences(conn)  # the generator chose the ids; the next patient gets a new one
    add_outcomes(engine, seed=seed, today=today)  # assessments and measurements (services/demo_outcomes.py)
    ctx = ServiceContext(engine, SYSTEM)
    with ctx.write() as s:
        key = trust.clinic_key(s.connection(), create=True)  # the generated signed records get their seals
        if key is not None and signing.seal_unsealed(s.connection(), key):
            s.info["mesodesk_sealed"] = True
        audit.record(
            s,
            ctx,
            "demo",
            None,
            "generate",
            None,
            {"patients": totals.patients, "sessions": totals.sessions, "seed": seed},
        )
    if plan.sqlite:
        with engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA optimize")
        engine.dispose()  # pooled connections drop the bulk-load cache size
    return totals


@dataclass
class _Plan:
    """Everything the generator needs: plain data, so it can travel to a second process."""

    ids: _Ids
    catalogue: _Catalogue
    prefix: str
    practitioners: list[int]
    seed: int
    patients: int
    chunk: int
    today: date
    now: datetime
    sqlite: bool


Batch = tuple[str, tuple[str, ...], list[tuple]]


class _Collector:
    """Stands in for the writer in the generator: keeps each table's rows for the writer."""

    def __init__(self) -> None:
        self.batches: list[Batch] = []

    def insert(self, table: Table, columns: Sequence[str], rows: list[tuple]) -> None:
        if rows:
            self.batches.append((str(table.name), tuple(columns), rows))


def _chunks(plan: _Plan) -> Iterator[tuple[int, list[Batch], DemoSummary]]:
    """(patients done so far, the chunk's rows per table, the chunk's counts), chunk after chunk."""
    rng = random.Random(f"{plan.seed}:patients")
    native = _Native(plan.sqlite)
    for start in range(0, plan.patients, plan.chunk):
        count = min(plan.chunk, plan.patients - start)
        collector, counts = _Collector(), DemoSummary(0, 0, 0, 0)
        _patients_chunk(
            collector,
            native,
            plan.ids,
            rng,
            plan.catalogue,
            plan.practitioners,
            plan.prefix,  # type: ignore[arg-type]
            count,
            plan.today,
            plan.now,
            counts,
            plan.patients <= PHOTOS_FOR_ALL_UP_TO,
        )
        yield start + count, collector.batches, counts


def _generate_into(queue: Any, plan: _Plan) -> None:
    """The second process: generate every chunk into the queue (bounded, so memory stays flat)."""
    import marshal

    try:
        for done, batches, counts in _chunks(plan):
            # marshal: several times faster than pickle for rows of plain values (SQLite's native form)
            payload = marshal.dumps(batches) if plan.sqlite else batches
            queue.put(("chunk", (done, payload, counts)))
        queue.put(("done", None))
    except BaseException as exc:  # reported to the writing process
        queue.put(("error", f"{type(exc).__name__}: {exc}"))


def _chunks_in_subprocess(plan: _Plan) -> Iterator[tuple[int, list[Batch], DemoSummary]]:
    import marshal
    import multiprocessing
    import queue as queue_module

    context = multiprocessing.get_context("spawn")
    queue = context.Queue(maxsize=3)
    process = context.Process(target=_generate_into, args=(queue, plan), daemon=True)
    process.start()
    try:
        while True:
            try:
                kind, item = queue.get(timeout=5)
            except queue_module.Empty:
                if not process.is_alive():
                    raise KnownError("The demo generator stopped unexpectedly.") from None
                continue
            if kind == "done":
                return
            if kind == "error":
                raise KnownError("The demo generator failed: {item}", item=item)
            done, payload, counts = item
            yield done, marshal.loads(payload) if plan.sqlite else payload, counts
    finally:
        if process.is_alive():
            process.terminate()
        process.join(timeout=10)


class _Ids:
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


@dataclass
class _Catalogue:
    admin_id: int
    lots_by_product: dict[
        int, list[tuple[int, date, date, bool, date | None]]
    ]  # id, received, expiry, recalled
    formulas: list[tuple[int, str, list[tuple[int, float]], list[str], str, int, tuple]]
    consent_text_id: int | None = None
    product_text: dict[int, str] | None = None  # "name active ingredient", for the allergy checks


def _catalogue(conn: Connection, rng: random.Random, today: date, now: datetime) -> None:
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
                full_name=n,
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
            m.Product.__table__.insert().values(
                name=name,
                manufacturer=maker,
                active_ingredient=active,
                concentration=conc,
                unit="ml",
                low_stock_threshold=10.0,
                archived=False,
                version=1,
            )
        )
        product_ids.append(result.inserted_primary_key[0])
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
                    recall_reason="Manufacturer recall: sterility cannot be guaranteed" if recalled else "",
                    quantity_in_stock=0.0 if expiry < today else float(rng.randint(5, 120)),
                    received_on=received,
                    version=1,
                )
            )
    for fname, (ingredients, areas, indication, proto) in FORMULAS.items():
        fid = conn.execute(
            m.Formula.__table__.insert().values(
                name=fname, is_standard=True, notes=indication, archived=False, version=1
            )
        ).inserted_primary_key[0]
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
                name=fname,
                indication=indication,
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


def _load_catalogue(conn: Connection) -> _Catalogue:
    admin_id = conn.scalar(select(m.User.id).where(m.User.role == "admin").order_by(m.User.id).limit(1))
    lots: dict[int, list] = {}
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
    formulas = []
    for proto in conn.execute(select(m.Protocol).where(m.Protocol.formula_id.is_not(None))):
        ingredients = list(
            conn.execute(
                select(m.FormulaIngredient.product_id, m.FormulaIngredient.amount)
                .where(m.FormulaIngredient.formula_id == proto.formula_id)
                .order_by(m.FormulaIngredient.position)
            )
        )
        formulas.append(
            (
                proto.formula_id,
                proto.name,
                [tuple(i) for i in ingredients],
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
    consent_text_id = conn.scalar(
        select(m.ConsentText.id).where(m.ConsentText.code == "mesotherapy").order_by(m.ConsentText.id.desc())
    )
    product_text = {
        pid: f"{name} {active}"
        for pid, name, active in conn.execute(
            select(m.Product.id, m.Product.name, m.Product.active_ingredient)
        )
    }
    return _Catalogue(admin_id, lots, formulas, consent_text_id, product_text)


SESSION_COLS = (
    "id",
    "patient_id",
    "practitioner_id",
    "performed_at",
    "indications",
    "status",
    "plan_id",
    "protocol_id",
    "formula_id",
    "formula_name",
    "formula_is_custom",
    "anaesthesia",
    "immediate_reactions",
    "notes",
    "signed_off_at",
    "signed_off_by_id",
    "content_hash",
    "archived",
    "created_at",
    "updated_at",
    "version",
    "override_reason",
)
AREA_COLS = (
    "id",
    "session_id",
    "area",
    "technique",
    "device",
    "needle_gauge",
    "needle_length_mm",
    "depth_mm",
    "injection_points",
    "volume_ml",
    "position",
)
USE_COLS = ("id", "session_id", "lot_id", "product_id", "volume_ml")


MARK_COLS = (
    "session_id",
    "diagram",
    "kind",
    "x",
    "y",
    "radius",
    "depth_mm",
    "volume_ml",
    "product_id",
    "note",
    "position",
)
CONSENT_COLS = (
    "id",
    "patient_id",
    "consent_text_id",
    "risks_discussed",
    "benefits_discussed",
    "signed_at",
    "practitioner_id",
    "signature_png",
    "signature_source",
    "content_hash",
    "created_at",
)
PHOTO_COLS = (
    "patient_id",
    "session_id",
    "reaction_id",
    "kind",
    "area",
    "taken_on",
    "filename",
    "mime_type",
    "width",
    "height",
    "size_bytes",
    "sha256",
    "thumbnail_png",
    "caption",
    "include_in_print",
    "created_at",
    "data",
)
CONSENT_RISKS = "Bruising, swelling, redness, discomfort; rarely infection, nodules or an allergic reaction"
CONSENT_BENEFITS = "Improvement expected over a course of sessions; effects are not permanent"


def consent_hash_of(values: dict[str, Any]) -> str:
    """The hash a consent keeps (services.signing.consent_hash), from the row's values."""
    import hashlib

    columns = [c.key for c in m.Consent.__table__.columns if c.key != "content_hash"]
    return hashlib.sha256(
        signing.canonical({c: signing._plain(values[c]) for c in columns}).encode()
    ).hexdigest()


def _exposes(cat: _Catalogue, formula: tuple, allergen: str) -> bool:
    """Whether a formula's ingredients contain the allergen (the sign-off check's own rule)."""
    from mesodesk.services.signoff import mentions

    texts = cat.product_text or {}
    return any(mentions(allergen, texts.get(pid, "")) for pid, _ml in formula[2])


def _pick_lot(lots: list, day: date) -> int | None:
    for lot_id, received, expiry, recalled, recalled_on in lots:
        if received <= day <= expiry and not (recalled and recalled_on and recalled_on <= day):
            return lot_id
    return None


def _patients_chunk(
    w: _Writer,
    nat: _Native,
    ids: _Ids,
    rng: random.Random,
    cat: _Catalogue,
    practitioners: list[int],
    prefix: str,
    count: int,
    today: date,
    now: datetime,
    totals: DemoSummary,
    photos_for_all: bool = True,
) -> None:
    patients, histories, allergies, plans, sessions, areas, uses = [], [], [], [], [], [], []
    reactions, assessments, follow_ups = [], [], []
    consents: list[tuple] = []
    photos: list[tuple] = []
    marks: list[tuple] = []
    # Photos for every other treated patient in a clinic of demo size; a sample in a benchmark-sized one
    # (the same drawn pictures are shared, but every row stores its bytes).
    photo_rate = 0.5 if photos_for_all else 0.02
    map_rate = 0.3
    now_db = nat.ts(now)
    _true, false = nat.flag(True), nat.flag(False)
    for _ in range(count):
        pid = ids.patient
        ids.patient += 1
        ids.file_no += 1
        female = rng.random() < 0.85
        first = rng.choice(FIRST_F if female else FIRST_M)
        last = rng.choice(LAST)
        born = today - timedelta(days=rng.randint(22 * 365, 72 * 365))
        phone = (
            f"+33 6 {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        )
        file_no = format_file_no(ids.file_no, prefix)
        archived = rng.random() < 0.02
        patients.append(
            (
                pid,
                file_no,
                first,
                last,
                nat.day(born),
                "F" if female else "M",
                phone,
                digits(phone),
                f"{first[0].lower()}.{pid}@example.com" if rng.random() < 0.7 else "",
                f"{rng.randint(1, 120)} {rng.choice(STREETS)}\n{rng.choice(CITIES)}",
                rng.choice([1, 2, 2, 3, 3, 3, 4, 4, 5, 6]),
                "",
                "",
                search_text_for(first, last, file_no, digits(phone)),
                nat.flag(archived),
                now_db if archived else None,
                now_db,
                now_db,
                1,
            )
        )
        risk = rng.random()
        anticoagulants = risk < 0.05
        pregnant = rng.random() < 0.01
        keloid = rng.random() < 0.02
        history = [
            pid,
            nat.flag(anticoagulants),
            nat.flag(risk < 0.12),
            nat.flag(rng.random() < 0.1),
            nat.flag(pregnant),
            nat.flag(rng.random() < 0.03),
            nat.flag(keloid),
            false,
            "warfarin" if anticoagulants else "",
            "",
            now_db,  # reviewed: at the last visit, set below
            cat.admin_id,
            1,
        ]
        histories.append(history)
        allergen = None
        if rng.random() < 0.06:
            allergen = rng.choice(["lidocaine", "penicillin", "latex", "nickel", "iodine", "biotin"])
            allergies.append(
                (
                    pid,
                    allergen,
                    rng.choice(["rash", "hives", "swelling of the lips", ""]),
                    rng.choice(["mild", "moderate", "severe"]),
                    now_db,
                )
            )
        formula = rng.choice(cat.formulas)
        exposure_reason = ""
        if allergen is not None and _exposes(cat, formula, allergen):
            # Good practice: a formula without the allergen; rarely, exposure with a recorded reason.
            safe = [f for f in cat.formulas if not _exposes(cat, f, allergen)]
            if safe and rng.random() < 0.9:
                formula = rng.choice(safe)
            else:
                exposure_reason = (
                    f"{allergen.capitalize()} tolerated at a test dose; allergist's letter on file"
                )
        fid, fname, ingredients, farea_list, indication, proto_id, proto = formula
        technique, depth, course, interval, maintenance, gauge, length, points = proto
        length = float(length)
        risks = [
            name for flag, name in ((anticoagulants, "anticoagulants"), (keloid, "keloid tendency")) if flag
        ]
        override = "; ".join(
            r
            for r in (
                exposure_reason,
                f"Risks discussed with the patient ({', '.join(risks)}); treatment adapted" if risks else "",
            )
            if r
        )
        n_sessions = 0 if pregnant else max(1, min(40, int(rng.expovariate(1 / 13))))
        span = rng.randint(max(n_sessions, 1) * interval, max(max(n_sessions, 1) * interval, 3 * 365))
        start = today - timedelta(days=min(span, 3 * 365))
        plan_id = ids.plan
        ids.plan += 1
        plans.append(
            (
                plan_id,
                pid,
                proto_id,
                fname,
                course,
                interval,
                maintenance,
                48,
                nat.day(start),
                nat.flag(not pregnant),
                "Postponed: pregnant or breast-feeding" if pregnant else "",
                now_db,
                1,
            )
        )
        day = start
        practitioner = rng.choice(practitioners)
        last_day = start
        done = 0
        first_session: tuple[int, datetime] | None = None
        last_session: tuple[int, datetime] | None = None
        with_photos = rng.random() < photo_rate
        for k in range(n_sessions):
            if day > today:
                break
            hour, minute = rng.randint(8, 18), rng.choice((0, 15, 30, 45))
            iso_day = day.isoformat()
            when_hash = f"{iso_day}T{hour:02d}:{minute:02d}:00+00:00"  # == when.isoformat() in UTC
            when = datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)
            when_db = f"{iso_day} {hour:02d}:{minute:02d}:00.000000" if nat.sqlite else when
            sid = ids.session
            ids.session += 1
            first_session = first_session or (sid, when)
            last_session = (sid, when)
            area_hash, use_hash = [], []
            for pos, area in enumerate(farea_list):
                area_depth = depth + rng.choice((-0.5, 0.0, 0.0, 0.5)) if depth > 1 else depth
                area_points = int(points * rng.uniform(0.8, 1.2))
                values = (area, technique, "syringe", gauge, length, float(area_depth), area_points, 2.0, pos)
                areas.append((ids.area, sid, *values))
                area_hash.append(values)
                ids.area += 1
            for product_id, ml in ingredients:
                lot_id = _pick_lot(cat.lots_by_product.get(product_id, []), day)
                if lot_id is not None:
                    uses.append((ids.product_use, sid, lot_id, product_id, float(ml)))
                    use_hash.append((lot_id, product_id, float(ml)))
                    ids.product_use += 1
            mark_hash = map_points(rng, farea_list, depth) if k == 0 or rng.random() < map_rate else []
            marks.extend((sid, *mark) for mark in mark_hash)
            signed = day < today - timedelta(days=1)
            anaesthesia = ""
            if rng.random() < 0.3:
                anaesthesia = "ice / cooling" if allergen == "lidocaine" else "topical lidocaine cream"
            digest = None
            if signed:
                digest = content_digest(
                    (
                        sid,
                        pid,
                        practitioner,
                        when_hash,
                        indication,
                        proto_id,
                        fid,
                        fname,
                        False,
                        anaesthesia,
                        "",
                        "",
                        when_hash,
                    ),
                    area_hash,
                    use_hash,
                    mark_hash,
                )
            sessions.append(
                (
                    sid,
                    pid,
                    practitioner,
                    when_db,
                    indication,
                    "signed" if signed else "draft",
                    plan_id,
                    proto_id,
                    fid,
                    fname,
                    false,
                    anaesthesia,
                    "",
                    "",
                    when_db if signed else None,
                    practitioner if signed else None,
                    digest,
                    false,
                    when_db,
                    when_db,
                    1,
                    override if signed else "",
                )
            )
            done += 1
            last_day = day
            draw = rng.random()
            if draw < REACTION_TOTAL:  # at most one reaction a session, types at their usual rates
                rtype, grades = next((t, g) for limit, t, g in REACTION_CUMULATIVE if draw < limit)
                grade = rng.choices(("mild", "moderate", "severe"), grades)[0]
                when = datetime(day.year, day.month, day.day, hour, minute, tzinfo=UTC)
                onset = when + timedelta(hours=rng.choice((0, 1, 2, 6, 24)))
                resolved = onset.date() + timedelta(days=rng.randint(1, 14)) if onset.date() < today else None
                rid = ids.reaction
                ids.reaction += 1
                reactions.append(
                    (
                        rid,
                        pid,
                        sid,
                        rtype,
                        rng.choice(farea_list),
                        nat.ts(onset),
                        grade,
                        "Cold compress, arnica" if rtype == "bruising" else "",
                        nat.day(resolved),
                        "",
                        now_db,
                        1,
                    )
                )
                for d, g in ((0, grade), (3, "mild"), (7, "none")):
                    assessments.append((rid, d, rtype, g, ""))
            day += timedelta(days=interval if k + 1 < course else (maintenance or 30) + rng.randint(-3, 10))
        if first_session is not None and last_session is not None:
            first_sid, first_when = first_session
            last_sid, last_when = last_session
            history[10] = nat.ts(last_when)  # the history is reviewed at each visit
            history[11] = practitioner
            signed_at = first_when - timedelta(minutes=20)  # consent signed before the first treatment
            consent = {
                "id": ids.consent,
                "patient_id": pid,
                "consent_text_id": cat.consent_text_id,
                "risks_discussed": CONSENT_RISKS,
                "benefits_discussed": CONSENT_BENEFITS,
                "signed_at": signed_at,
                "practitioner_id": practitioner,
                "signature_png": signature_png(),
                "signature_source": "drawn",
                "created_at": signed_at,
            }
            consent["content_hash"] = consent_hash_of(consent)
            ids.consent += 1
            consents.append(
                tuple(nat.ts(v) if isinstance(v, datetime) else v for v in (consent[c] for c in CONSENT_COLS))
            )
            if with_photos:
                region = region_of(farea_list[0])
                shots: list[tuple[str, int | None, datetime]] = [("before", first_sid, first_when)]
                if last_sid != first_sid:
                    shots.append(("after", last_sid, last_when))
                if rng.random() < 0.5:
                    shots.append(("profile", None, first_when))
                for kind, session_id, taken in shots:
                    pic = picture("head" if kind == "profile" else region, kind)
                    photos.append(
                        (
                            pid,
                            session_id,
                            None,
                            kind,
                            "" if kind == "profile" else farea_list[0],
                            nat.day(taken.date()),
                            f"{kind}_{taken:%Y%m%d}.jpg",
                            "image/jpeg",
                            pic.width,
                            pic.height,
                            len(pic.data),
                            pic.sha256,
                            pic.thumbnail_png,
                            "",
                            nat.flag(kind != "profile"),
                            nat.ts(taken),
                            pic.data,
                        )
                    )
        if done:
            nxt_kind = "course" if done < course else "maintenance"
            nxt = last_day + timedelta(days=interval if done < course else maintenance or 30)
            # Patients still in a course or maintenance get their next visit; a few are a little
            # overdue; those whose last visit is long past have simply stopped coming.
            if nxt >= today - timedelta(days=21) and rng.random() < 0.9:
                follow_ups.append(
                    (
                        ids.follow_up,
                        pid,
                        plan_id,
                        None,
                        nxt_kind,
                        nat.day(nxt),
                        None,
                        "open",
                        None,
                        "",
                        now_db,
                        1,
                    )
                )
                ids.follow_up += 1
    totals.patients += len(patients)
    totals.sessions += len(sessions)
    totals.reactions += len(reactions)
    totals.follow_ups += len(follow_ups)
    w.insert(
        m.Patient.__table__,
        (
            "id",
            "file_no",
            "first_name",
            "last_name",
            "date_of_birth",
            "sex",
            "phone",
            "phone_digits",
            "email",
            "address",
            "fitzpatrick",
            "contraindications",
            "notes",
            "search_text",
            "archived",
            "archived_at",
            "created_at",
            "updated_at",
            "version",
        ),
        patients,
    )
    w.insert(
        m.MedicalHistory.__table__,
        (
            "patient_id",
            "anticoagulants",
            "nsaids",
            "supplements",
            "pregnant_or_breastfeeding",
            "autoimmune_disease",
            "keloid_tendency",
            "active_skin_infection",
            "medications",
            "other",
            "reviewed_at",
            "reviewed_by_id",
            "version",
        ),
        histories,
    )
    w.insert(
        m.Allergy.__table__, ("patient_id", "substance", "reaction", "severity", "created_at"), allergies
    )
    w.insert(
        m.TreatmentPlan.__table__,
        (
            "id",
            "patient_id",
            "protocol_id",
            "name",
            "course_sessions",
            "course_interval_days",
            "maintenance_interval_days",
            "check_call_hours",
            "start_date",
            "active",
            "notes",
            "created_at",
            "version",
        ),
        plans,
    )
    w.insert(m.TreatmentSession.__table__, SESSION_COLS, sessions)
    w.insert(m.SessionArea.__table__, AREA_COLS, areas)
    w.insert(m.SessionProduct.__table__, USE_COLS, uses)
    w.insert(m.InjectionMark.__table__, MARK_COLS, marks)
    w.insert(m.Consent.__table__, CONSENT_COLS, consents)
    w.insert(m.Photo.__table__, PHOTO_COLS, photos)
    w.insert(
        m.Reaction.__table__,
        (
            "id",
            "patient_id",
            "session_id",
            "type",
            "area",
            "onset_at",
            "severity",
            "action_taken",
            "resolved_on",
            "notes",
            "created_at",
            "version",
        ),
        reactions,
    )
    w.insert(m.ReactionAssessment.__table__, ("reaction_id", "day", "symptom", "grade", "notes"), assessments)
    w.insert(
        m.FollowUp.__table__,
        (
            "id",
            "patient_id",
            "plan_id",
            "session_id",
            "kind",
            "due_date",
            "due_at",
            "status",
            "done_at",
            "notes",
            "created_at",
            "version",
        ),
        follow_ups,
    )
