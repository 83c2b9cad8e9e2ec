"""The product catalogue: products, lots (stock, expiry, recall), formulas and protocols."""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from mesodesk.db.base import Base
from mesodesk.db.models import ClinicSettings, Formula, FormulaIngredient, Product, ProductLot, Protocol
from mesodesk.domain import enums
from mesodesk.domain.enums import values
from mesodesk.domain.errors import NotFoundError, ValidationError
from mesodesk.domain.rules import (
    MAX_CHECK_CALL_HOURS,
    MAX_COURSE_SESSIONS,
    MAX_DEPTH_MM,
    MAX_INGREDIENT_AMOUNT,
    MAX_INJECTION_POINTS,
    MAX_INTERVAL_DAYS,
    MAX_LOT_YEARS,
    MAX_NEEDLE_LENGTH_MM,
    MAX_STOCK_QUANTITY,
    MAX_VOLUME_ML,
    NEEDLE_GAUGES,
)
from mesodesk.i18n import _, format_date, format_decimal
from mesodesk.services import audit, validation
from mesodesk.services.context import Permission, ServiceContext

Model = TypeVar("Model", bound=Base)


@dataclass
class ProductInput:
    name: str
    manufacturer: str = ""
    active_ingredient: str = ""
    concentration: str = ""
    unit: str = "ml"
    low_stock_threshold: float = 10.0


@dataclass
class LotInput:
    product_id: int
    lot_number: str
    expiry_date: date | None
    quantity_in_stock: float = 0.0
    received_on: date | None = None


@dataclass
class IngredientInput:
    product_id: int
    amount: float
    unit: str = "ml"


@dataclass
class FormulaInput:
    name: str
    is_standard: bool = True
    notes: str = ""
    ingredients: list[IngredientInput] = field(default_factory=list)


@dataclass
class ProtocolInput:
    name: str
    indication: str = ""
    areas: list[str] = field(default_factory=list)
    technique: str = enums.Technique.PAPULES.value
    device: str = enums.Device.SYRINGE.value
    needle_gauge: int = 32
    needle_length_mm: float = 4.0
    depth_mm: float = 2.0
    points_per_area: int = 20
    volume_ml_per_area: float = 2.0
    formula_id: int | None = None
    course_sessions: int = 6
    course_interval_days: int = 7
    maintenance_interval_days: int | None = 28
    check_call_hours: int | None = 48


def lot_problem(lot: ProductLot, on: date) -> str | None:
    """Why a lot cannot be used on a date (expired or recalled), or None."""
    if lot.recalled and (lot.recalled_on is None or lot.recalled_on <= on):
        reason = f": {lot.recall_reason}" if lot.recall_reason else ""
        return _("lot {lot} has been recalled", lot=lot.lot_number) + reason
    if lot.expiry_date < on:
        return _(
            "lot {lot} expired on {date}", lot=lot.lot_number, date=format_date(lot.expiry_date, "short")
        )
    return None


def lot_warnings(
    lot: ProductLot, product: Product, on: date, warning_days: int = 30, volume: float = 0.0
) -> list[str]:
    warnings = []
    if on <= lot.expiry_date <= on + timedelta(days=warning_days):
        warnings.append(
            _(
                "{product} lot {lot} expires on {date}",
                product=product.name,
                lot=lot.lot_number,
                date=format_date(lot.expiry_date, "short"),
            )
        )
    remaining = lot.quantity_in_stock - volume
    if remaining <= product.low_stock_threshold:
        warnings.append(
            _(
                "{product} lot {lot}: low stock ({left} {unit} left)",
                product=product.name,
                lot=lot.lot_number,
                left=format_decimal(max(remaining, 0), decimals=3),
                unit=product.unit,
            )
        )
    return warnings


class CatalogueService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # -- products ------------------------------------------------------------
    def save_product(
        self, data: ProductInput, product_id: int | None = None, expected_version: int | None = None
    ) -> Product:
        self.ctx.require(Permission.CATALOGUE)
        v = validation
        v.instance("product", data, ProductInput)
        v.record_id("product_id", product_id, required=False)
        name = v.required_text("name", data.name, max_length=200)
        manufacturer = v.optional_text("manufacturer", data.manufacturer, max_length=200)
        active_ingredient = v.optional_text("active_ingredient", data.active_ingredient, max_length=200)
        concentration = v.optional_text("concentration", data.concentration, max_length=50)
        unit = v.required_text("unit", data.unit, max_length=20)
        threshold = v.number(
            "low_stock_threshold", data.low_stock_threshold, low=0.0, high=MAX_STOCK_QUANTITY
        )
        with self.ctx.write() as s:
            clash = s.scalar(select(Product.id).where(Product.name == name))
            if clash and clash != product_id:
                raise ValidationError("name", "a product called {name!r} already exists", name=name)
            if product_id is None:
                product = Product(name=name)
                s.add(product)
                before = None
            else:
                product = self._get(s, Product, product_id)
                self._check_version(product, expected_version)
                before = audit.snapshot(product)
            product.name = name
            product.manufacturer = manufacturer
            product.active_ingredient = active_ingredient
            product.concentration = concentration
            product.unit = unit
            product.low_stock_threshold = threshold
            s.flush()
            audit.record(
                s,
                self.ctx,
                "product",
                product.id,
                "create" if before is None else "update",
                before,
                audit.snapshot(product),
            )
        return product

    def products(self, include_archived: bool = False) -> list[Product]:
        with self.ctx.read() as s:
            q = select(Product).order_by(Product.name)
            if not include_archived:
                q = q.where(Product.archived.is_(False))
            return list(s.scalars(q))

    # -- lots ----------------------------------------------------------------
    def save_lot(
        self, data: LotInput, lot_id: int | None = None, expected_version: int | None = None
    ) -> ProductLot:
        self.ctx.require(Permission.CATALOGUE)
        v = validation
        v.instance("lot", data, LotInput)
        v.record_id("product", data.product_id)
        v.record_id("lot_id", lot_id, required=False)
        number = v.required_text("lot_number", data.lot_number, max_length=80)
        today = self.ctx.today()
        expiry = v.day(
            "expiry_date",
            data.expiry_date,
            latest=v.add_years(today, MAX_LOT_YEARS),
        )
        quantity = v.number("quantity_in_stock", data.quantity_in_stock, low=0.0, high=MAX_STOCK_QUANTITY)
        received = v.past_day("received_on", data.received_on, today, required=False)
        if received is not None and expiry < received:
            raise ValidationError("expiry_date", "is before the lot was received")
        with self.ctx.write() as s:
            self._get(s, Product, data.product_id)
            clash = s.scalar(
                select(ProductLot.id).where(
                    ProductLot.product_id == data.product_id, ProductLot.lot_number == number
                )
            )
            if clash and clash != lot_id:
                raise ValidationError(
                    "lot_number", "lot {number} is already recorded for this product", number=number
                )
            if lot_id is None:
                lot = ProductLot(product_id=data.product_id, lot_number=number, expiry_date=expiry)
                s.add(lot)
                before = None
            else:
                lot = self._get(s, ProductLot, lot_id)
                self._check_version(lot, expected_version)
                before = audit.snapshot(lot)
            lot.product_id = data.product_id
            lot.lot_number = number
            lot.expiry_date = expiry
            lot.quantity_in_stock = quantity
            lot.received_on = received
            s.flush()
            audit.record(
                s,
                self.ctx,
                "product_lot",
                lot.id,
                "create" if before is None else "update",
                before,
                audit.snapshot(lot),
            )
        return lot

    def recall_lot(self, lot_id: int, reason: str, recalled_on: date | None = None) -> ProductLot:
        self.ctx.require(Permission.CATALOGUE)
        validation.record_id("lot_id", lot_id)
        reason = validation.required_text("recall_reason", reason, max_length=2000)
        validation.near_day("recalled_on", recalled_on, self.ctx.today(), required=False)
        with self.ctx.write() as s:
            lot = self._get(s, ProductLot, lot_id)
            before = audit.snapshot(lot)
            lot.recalled = True
            lot.recalled_on = recalled_on or self.ctx.today()
            lot.recall_reason = reason
            s.flush()
            audit.record(s, self.ctx, "product_lot", lot.id, "recall", before, audit.snapshot(lot))
        return lot

    def lots(self, product_id: int | None = None, *, usable_on: date | None = None) -> list[ProductLot]:
        """Lots (with their product loaded); ``usable_on`` keeps only lots that may be injected that day."""
        with self.ctx.read() as s:
            q = (
                select(ProductLot)
                .options(selectinload(ProductLot.product))
                .order_by(ProductLot.product_id, ProductLot.expiry_date)
            )
            if product_id is not None:
                q = q.where(ProductLot.product_id == product_id)
            lots = list(s.scalars(q))
        if usable_on is not None:
            lots = [lot for lot in lots if lot_problem(lot, usable_on) is None]
        return lots

    def find_lot(self, lot_number: str) -> list[ProductLot]:
        with self.ctx.read() as s:
            return list(
                s.scalars(
                    select(ProductLot)
                    .options(selectinload(ProductLot.product))
                    .where(ProductLot.lot_number == lot_number.strip())
                )
            )

    def stock_warnings(self, on: date | None = None) -> list[str]:
        """Lots running low or expiring within the clinic's warning period."""
        on = on or self.ctx.today()
        with self.ctx.read() as s:
            days = s.scalar(select(ClinicSettings.expiry_warning_days).where(ClinicSettings.id == 1)) or 30
        out = []
        for lot in self.lots():
            if lot_problem(lot, on) is None and lot.quantity_in_stock > 0:
                out += lot_warnings(lot, lot.product, on, days)
        return out

    # -- formulas ------------------------------------------------------------
    def save_formula(
        self, data: FormulaInput, formula_id: int | None = None, expected_version: int | None = None
    ) -> Formula:
        self.ctx.require(Permission.CATALOGUE)
        v = validation
        v.instance("formula", data, FormulaInput)
        v.record_id("formula_id", formula_id, required=False)
        name = v.required_text("name", data.name, max_length=200)
        is_standard = v.flag("is_standard", data.is_standard)
        notes = v.optional_text("notes", data.notes)
        ingredients = [
            IngredientInput(
                v.record_id(f"ingredients[{i}].product", ing.product_id) or 0,
                v.number(f"ingredients[{i}].amount", ing.amount, low=0.0, high=MAX_INGREDIENT_AMOUNT) or 0.0,
                v.required_text(f"ingredients[{i}].unit", ing.unit, max_length=20),
            )
            for i, ing in enumerate(v.entries("ingredients", data.ingredients, IngredientInput))
        ]
        if not ingredients:
            raise ValidationError("ingredients", "a formula needs at least one ingredient")
        with self.ctx.write() as s:
            clash = s.scalar(select(Formula.id).where(Formula.name == name))
            if clash and clash != formula_id:
                raise ValidationError("name", "a formula called {name!r} already exists", name=name)
            if formula_id is None:
                formula = Formula(name=name)
                s.add(formula)
                before = None
            else:
                found = s.scalar(
                    select(Formula).options(selectinload(Formula.ingredients)).where(Formula.id == formula_id)
                )
                if found is None:
                    raise NotFoundError("No formula with id {formula_id}.", formula_id=formula_id)
                formula = found
                self._check_version(formula, expected_version)
                before = audit.snapshot(formula) | {
                    "ingredients": [audit.snapshot(i) for i in formula.ingredients]
                }
            for i, ing in enumerate(ingredients):
                if s.get(Product, ing.product_id) is None:
                    raise ValidationError(f"ingredients[{i}].product", "unknown product")
            formula.name = name
            formula.is_standard = is_standard
            formula.notes = notes
            formula.ingredients = [
                FormulaIngredient(product_id=ing.product_id, amount=ing.amount, unit=ing.unit, position=i)
                for i, ing in enumerate(ingredients)
            ]
            s.flush()
            after = audit.snapshot(formula) | {
                "ingredients": [audit.snapshot(i) for i in formula.ingredients]
            }
            audit.record(
                s, self.ctx, "formula", formula.id, "create" if before is None else "update", before, after
            )
        return self.formula(formula.id)

    def formula(self, formula_id: int) -> Formula:
        with self.ctx.read() as s:
            formula = s.scalar(
                select(Formula)
                .where(Formula.id == formula_id)
                .options(selectinload(Formula.ingredients).selectinload(FormulaIngredient.product))
            )
            if formula is None:
                raise NotFoundError("No formula with id {formula_id}.", formula_id=formula_id)
            return formula

    def formulas(self, include_archived: bool = False) -> list[Formula]:
        with self.ctx.read() as s:
            q = (
                select(Formula)
                .options(selectinload(Formula.ingredients).selectinload(FormulaIngredient.product))
                .order_by(Formula.name)
            )
            if not include_archived:
                q = q.where(Formula.archived.is_(False))
            return list(s.scalars(q))

    # -- protocols -----------------------------------------------------------
    def save_protocol(self, data: ProtocolInput, protocol_id: int | None = None) -> Protocol:
        self.ctx.require(Permission.CATALOGUE)
        v = validation
        data = copy.deepcopy(v.instance("protocol", data, ProtocolInput))
        v.record_id("protocol_id", protocol_id, required=False)
        v.record_id("formula", data.formula_id, required=False)
        name = v.required_text("name", data.name, max_length=200)
        data.indication = v.optional_text("indication", data.indication, max_length=200)
        data.depth_mm = v.number("depth_mm", data.depth_mm, above=0.0, high=MAX_DEPTH_MM) or 0.0
        data.needle_gauge = (
            v.whole("needle_gauge", data.needle_gauge, low=NEEDLE_GAUGES[0], high=NEEDLE_GAUGES[1]) or 0
        )
        data.needle_length_mm = (
            v.number("needle_length_mm", data.needle_length_mm, above=0.0, high=MAX_NEEDLE_LENGTH_MM) or 0.0
        )
        v.whole("course_sessions", data.course_sessions, low=1, high=MAX_COURSE_SESSIONS)
        v.whole("course_interval_days", data.course_interval_days, low=1, high=MAX_INTERVAL_DAYS)
        v.at_least("maintenance_interval_days", data.maintenance_interval_days, 1, high=MAX_INTERVAL_DAYS)
        v.at_least("check_call_hours", data.check_call_hours, 1, high=MAX_CHECK_CALL_HOURS)
        v.whole("points_per_area", data.points_per_area, low=0, high=MAX_INJECTION_POINTS)
        data.volume_ml_per_area = (
            v.number("volume_ml_per_area", data.volume_ml_per_area, low=0.0, high=MAX_VOLUME_ML) or 0.0
        )
        for area in v.entries("areas", data.areas, str):
            validation.choice("areas", area, values(enums.Area))
        validation.choice("technique", data.technique, values(enums.Technique))
        validation.choice("device", data.device, values(enums.Device))
        with self.ctx.write() as s:
            clash = s.scalar(select(Protocol.id).where(Protocol.name == name))
            if clash and clash != protocol_id:
                raise ValidationError("name", "a protocol called {name!r} already exists", name=name)
            if protocol_id is None:
                protocol = Protocol(name=name)
                s.add(protocol)
                before = None
            else:
                protocol = self._get(s, Protocol, protocol_id)
                before = audit.snapshot(protocol)
            for key, value in vars(data).items():
                setattr(protocol, key, ",".join(value) if key == "areas" else value)
            protocol.name = name
            s.flush()
            audit.record(
                s,
                self.ctx,
                "protocol",
                protocol.id,
                "create" if before is None else "update",
                before,
                audit.snapshot(protocol),
            )
        return protocol

    def protocols(self) -> list[Protocol]:
        with self.ctx.read() as s:
            return list(
                s.scalars(select(Protocol).where(Protocol.archived.is_(False)).order_by(Protocol.name))
            )

    # -- helpers -------------------------------------------------------------
    @staticmethod
    def _get(s: Session, model: type[Model], id_: int) -> Model:
        validation.record_id("id", id_)
        obj = s.get(model, id_)
        if obj is None:
            raise NotFoundError(
                "No {kind} with id {id}.", kind=model.__tablename__.rstrip("s").replace("_", " "), id=id_
            )
        return obj

    @staticmethod
    def _check_version(obj: Product | ProductLot | Formula, expected_version: int | None) -> None:
        from mesodesk.domain.errors import ConflictError

        if expected_version is not None and obj.version != expected_version:
            raise ConflictError("This entry was changed by someone else since you opened it. Reload it.")
