"""The catalogue: products and their lots, formulas and their ingredients, protocols."""

from __future__ import annotations

from datetime import date

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    Float,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from mesodesk.db.base import Base


class Product(Base):
    __tablename__ = "products"
    __table_args__ = (CheckConstraint("length(name) > 0", name="name_not_empty"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False, unique=True)
    manufacturer: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    active_ingredient: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    concentration: Mapped[str] = mapped_column(String(50), nullable=False, default="")
    unit: Mapped[str] = mapped_column(String(20), nullable=False, default="ml")
    low_stock_threshold: Mapped[float] = mapped_column(Float, nullable=False, default=10.0)
    archived: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": version}


class ProductLot(Base):
    __tablename__ = "product_lots"
    __table_args__ = (
        UniqueConstraint("product_id", "lot_number", name="uq_product_lots_product_lot"),
        CheckConstraint("quantity_in_stock >= 0", name="stock_not_negative"),
        CheckConstraint("length(lot_number) > 0", name="lot_not_empty"),
        Index("ix_product_lots_lot_number", "lot_number"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), nullable=False)
    lot_number: Mapped[str] = mapped_column(String(80), nullable=False)
    expiry_date: Mapped[date] = mapped_column(Date, nullable=False)
    recalled: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    recalled_on: Mapped[date | None] = mapped_column(Date)
    recall_reason: Mapped[str] = mapped_column(Text, nullable=False, default="")
    quantity_in_stock: Mapped[float] = mapped_column(Float, nullable=False, default=0.0)
    received_on: Mapped[date | None] = mapped_column(Date)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": version}

    product: Mapped[Product] = relationship()


class Formula(Base):
    __tablename__ = "formulas"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False, unique=True)
    is_standard: Mapped[bool] = mapped_column(Boolean, nullable=False, default=True)
    notes: Mapped[str] = mapped_column(Text, nullable=False, default="")
    archived: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False, default=1)
    __mapper_args__ = {"version_id_col": version}

    ingredients: Mapped[list[FormulaIngredient]] = relationship(
        cascade="all, delete-orphan", order_by="FormulaIngredient.position"
    )


class FormulaIngredient(Base):
    __tablename__ = "formula_ingredients"
    __table_args__ = (CheckConstraint("amount >= 0", name="amount_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    formula_id: Mapped[int] = mapped_column(
        ForeignKey("formulas.id", ondelete="CASCADE"), nullable=False, index=True
    )
    product_id: Mapped[int] = mapped_column(ForeignKey("products.id"), nullable=False)
    amount: Mapped[float] = mapped_column(Float, nullable=False)
    unit: Mapped[str] = mapped_column(String(20), nullable=False, default="ml")
    position: Mapped[int] = mapped_column(Integer, nullable=False, default=0)

    product: Mapped[Product] = relationship()


class Protocol(Base):
    """A named, reusable treatment and the plan that follows it."""

    __tablename__ = "protocols"
    __table_args__ = (
        CheckConstraint("depth_mm > 0 AND depth_mm <= 15", name="depth"),
        CheckConstraint("course_sessions >= 1", name="course_sessions"),
        CheckConstraint("course_interval_days >= 1", name="course_interval"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False, unique=True)
    indication: Mapped[str] = mapped_column(String(200), nullable=False, default="")
    areas: Mapped[str] = mapped_column(String(400), nullable=False, default="")
    technique: Mapped[str] = mapped_column(String(20), nullable=False, default="papules")
    device: Mapped[str] = mapped_column(String(20), nullable=False, default="syringe")
    needle_gauge: Mapped[int] = mapped_column(Integer, nullable=False, default=32)
    needle_length_mm: Mapped[float] = mapped_column(Float, nullable=False, default=4.0)
    depth_mm: Mapped[float] = mapped_column(Float, nullable=False, default=2.0)
    points_per_area: Mapped[int] = mapped_column(Integer, nullable=False, default=20)
    volume_ml_per_area: Mapped[float] = mapped_column(Float, nullable=False, default=2.0)
    formula_id: Mapped[int | None] = mapped_column(ForeignKey("formulas.id"))
    course_sessions: Mapped[int] = mapped_column(Integer, nullable=False, default=6)
    course_interval_days: Mapped[int] = mapped_column(Integer, nullable=False, default=7)
    maintenance_interval_days: Mapped[int | None] = mapped_column(Integer)
    check_call_hours: Mapped[int | None] = mapped_column(Integer)
    archived: Mapped[bool] = mapped_column(Boolean, nullable=False, default=False)
