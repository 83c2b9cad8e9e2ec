"""Every model class of mesodesk/gui/models, filled with real rows from the services, keeps Qt's model
contract (pytest-qt's qtmodeltester); the editable ones keep the EditableRowTableModel contract.

A new model class in gui/models without a case here fails ``test_every_model_class_has_a_case``.
"""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, Qt

import mesodesk.gui.models as models_package
from mesodesk.gui.models.base_table_model import RowTableModel
from mesodesk.gui.models.catalogue_models import RecordTableModel
from mesodesk.gui.models.editable_table_model import EditableRowTableModel
from mesodesk.gui.models.outcome_definition_models import EditableRowsModel

pytestmark = pytest.mark.qt_log_ignore("This plugin does not support (propagateSizeHints|raise)")

BASES = {RowTableModel, EditableRowTableModel, RecordTableModel, EditableRowsModel}


def model_classes() -> dict[str, type[QAbstractItemModel]]:
    found: dict[str, type[QAbstractItemModel]] = {}
    for info in pkgutil.iter_modules(models_package.__path__, models_package.__name__ + "."):
        module = importlib.import_module(info.name)
        for name, obj in inspect.getmembers(module, inspect.isclass):
            if (
                obj.__module__ == module.__name__
                and issubclass(obj, QAbstractItemModel)
                and not name.startswith("_")
                and obj not in BASES
            ):
                found[name] = obj
    return found


@dataclass
class Record:
    """The test clinic with one full patient record (see conftest.full_record)."""

    clinic: Any
    patient: Any
    session: Any

    @property
    def services(self) -> Any:
        return self.clinic.as_practitioner

    def chart(self) -> Any:
        return self.services.patients.chart(self.patient.id, log_view=False)

    def names(self) -> dict[int, str]:
        return {u.id: u.full_name for u in self.clinic.services.users.all_users()}


def _patients(r: Record) -> QAbstractItemModel:
    from mesodesk.gui.models.patient_table_model import PatientTableModel

    model = PatientTableModel()
    model.set_rows(r.services.patients.search(""))
    return model


def _timeline(r: Record) -> QAbstractItemModel:
    from mesodesk.gui.models.chart_table_models import TimelineEntry, TimelineTableModel

    chart = r.chart()
    model = TimelineTableModel()
    entries = [
        TimelineEntry(s.performed_at, "session", "Session", s.formula_name, s.id) for s in chart.sessions
    ]
    entries += [
        TimelineEntry(x.onset_at, "reaction", "Reaction", x.type, x.id, alert=True) for x in chart.reactions
    ]
    entries += [TimelineEntry(p.start_date, "plan", "Plan", p.name, p.id) for p in chart.plans]
    model.set_rows(entries)
    return model


def _sessions(r: Record) -> QAbstractItemModel:
    from mesodesk.gui.models.session_table_model import SessionTableModel

    model = SessionTableModel()
    model.set_user_names(r.names())
    model.set_rows(r.chart().sessions)
    return model


def _chart_model(name: str, rows: Callable[[Any], list[Any]]) -> Callable[[Record], QAbstractItemModel]:
    def build(r: Record) -> QAbstractItemModel:
        from mesodesk.gui.models import chart_table_models

        model = getattr(chart_table_models, name)()
        if hasattr(model, "set_user_names"):
            model.set_user_names(r.names())
        model.set_rows(rows(r.chart()))
        return model

    return build


def _followups(r: Record) -> QAbstractItemModel:
    from mesodesk.gui.models.followup_table_model import FollowUpTableModel

    model = FollowUpTableModel()
    model.today = date.today()
    model.set_rows(r.services.followups.due_today())
    return model


def _photos(r: Record) -> QAbstractItemModel:
    from mesodesk.gui.models.photo_list_model import PhotoListModel

    model = PhotoListModel(on_print=lambda _photo_id, _on: True)
    model.set_photos(r.services.photos.for_patient(r.patient.id))
    return model


def _catalogue(name: str) -> Callable[[Record], QAbstractItemModel]:
    def build(r: Record) -> QAbstractItemModel:
        from mesodesk.gui.models import catalogue_models

        cat = r.clinic.services.catalogue
        model = getattr(catalogue_models, name)()
        if name == "ProductsTableModel":
            model.set_rows(cat.products(include_archived=True))
        elif name == "LotsTableModel":
            model.set_rows(cat.lots(), date.today(), 30)
        elif name == "FormulasTableModel":
            model.set_rows(cat.formulas(include_archived=True))
        elif name == "ProtocolsTableModel":
            model.set_rows(cat.protocols())
        else:
            formula = cat.formulas()[0]
            model.set_products(cat.products())
            model.set_rows([(i.product_id, i.amount, i.unit) for i in formula.ingredients])
        return model

    return build


def _areas(r: Record) -> QAbstractItemModel:
    from mesodesk.gui.models.session_areas_model import SessionAreasModel

    model = SessionAreasModel()
    model.set_rows(r.clinic.session_input(r.patient.id).areas)
    model.add_row()
    return model


def _products(r: Record) -> QAbstractItemModel:
    from mesodesk.gui.models.session_products_model import ProductRow, SessionProductsModel

    cat = r.clinic.services.catalogue
    lots = cat.lots()
    model = SessionProductsModel()
    model.set_catalogue(cat.products(include_archived=True), lots, 30)
    model.set_rows([ProductRow(lot.product_id, lot.id, 0.5) for lot in lots])
    return model


def _assessments(r: Record) -> QAbstractItemModel:
    from mesodesk.gui.models.reaction_assessments_model import ReactionAssessmentsModel
    from mesodesk.services.reactions import AssessmentInput

    [reaction] = r.services.reactions.for_patient(r.patient.id)
    model = ReactionAssessmentsModel()
    model.set_rows([AssessmentInput(a.day, a.symptom, a.grade, a.notes) for a in reaction.assessments])
    model.add_row("bruising", day0_grade=reaction.severity)
    return model


def _preview(r: Record) -> QAbstractItemModel:
    from mesodesk.gui.models.import_models import PreviewTableModel
    from mesodesk.interop.csv_import import PatientCsvImport

    data = "Nom;Prénom;Date de naissance;Pointure\r\nDupont;Jean;03/02/1980;42\r\nDurand;Anne\nMarie;\r\n"
    imp = PatientCsvImport.from_bytes(data.encode("cp1252"))
    model = PreviewTableModel()
    model.set_table(imp.table.headers, imp.mapping, imp.table.rows)
    return model


def _issues(r: Record) -> QAbstractItemModel:
    from mesodesk.gui.models.import_models import IssueTableModel
    from mesodesk.interop.csv_import import PatientCsvImport

    data = "Nom;Prénom;Date de naissance\r\nO'Connor;Hélène;03/02/1980\r\nFutur;Zoé;03/02/2190\r\n"
    imp = PatientCsvImport.from_bytes(data.encode("utf-8"), date_order="dmy")
    model = IssueTableModel()
    model.set_result(imp.check(r.clinic.services))
    return model


def _definitions(r: Record) -> QAbstractItemModel:
    from mesodesk.gui.models.outcome_definition_models import DefinitionsTableModel

    model = DefinitionsTableModel()
    model.set_rows(r.clinic.services.outcomes.definitions())
    return model


def _scale_items(r: Record) -> QAbstractItemModel:
    from mesodesk.gui.models.outcome_definition_models import ScaleItemsModel

    model = ScaleItemsModel()
    model.set_rows([["Depressions", 0, 3, {0: "None", 3: "Many"}], ["Depth", 0, 3, {}]])
    return model


def _anchors(r: Record) -> QAbstractItemModel:
    from mesodesk.gui.models.outcome_definition_models import AnchorsModel

    items = _scale_items(r)
    model = AnchorsModel(items)  # type: ignore[arg-type]
    model.show_item(0)
    return model


def _bands(r: Record) -> QAbstractItemModel:
    from mesodesk.gui.models.outcome_definition_models import BandsModel

    model = BandsModel()
    model.set_rows([[0, 5, "mild"], [6, 10, "moderate"], [11, 15, "severe"]])
    return model


CASES: dict[str, Callable[[Record], QAbstractItemModel]] = {
    "DefinitionsTableModel": _definitions,
    "ScaleItemsModel": _scale_items,
    "AnchorsModel": _anchors,
    "BandsModel": _bands,
    "PatientTableModel": _patients,
    "TimelineTableModel": _timeline,
    "SessionTableModel": _sessions,
    "ReactionTableModel": _chart_model("ReactionTableModel", lambda chart: chart.reactions),
    "PlanTableModel": _chart_model("PlanTableModel", lambda chart: chart.plans),
    "PatientFollowUpTableModel": _chart_model("PatientFollowUpTableModel", lambda chart: chart.follow_ups),
    "ConsentTableModel": _chart_model("ConsentTableModel", lambda chart: chart.consents),
    "FollowUpTableModel": _followups,
    "PhotoListModel": _photos,
    "ProductsTableModel": _catalogue("ProductsTableModel"),
    "LotsTableModel": _catalogue("LotsTableModel"),
    "FormulasTableModel": _catalogue("FormulasTableModel"),
    "ProtocolsTableModel": _catalogue("ProtocolsTableModel"),
    "IngredientsModel": _catalogue("IngredientsModel"),
    "SessionAreasModel": _areas,
    "SessionProductsModel": _products,
    "ReactionAssessmentsModel": _assessments,
    "PreviewTableModel": _preview,
    "IssueTableModel": _issues,
}

EDITABLE = [name for name, cls in model_classes().items() if issubclass(cls, EditableRowTableModel)]


@pytest.fixture
def record(sqlite_clinic, full_record) -> Record:  # type: ignore[no-untyped-def]
    from mesodesk.services.catalogue import ProtocolInput

    patient, session = full_record
    if not sqlite_clinic.services.catalogue.protocols():
        sqlite_clinic.services.catalogue.save_protocol(
            ProtocolInput(
                "Face glow", "fine lines", ["full_face", "neck"], formula_id=sqlite_clinic.formula.id
            )
        )
    return Record(sqlite_clinic, patient, session)


def test_every_model_class_has_a_case() -> None:
    assert set(model_classes()) == set(CASES)
    assert {
        "SessionAreasModel",
        "SessionProductsModel",
        "ReactionAssessmentsModel",
        "IngredientsModel",
    } <= set(EDITABLE)


@pytest.mark.parametrize("name", sorted(CASES))
def test_the_model_passes_the_model_tester(qtmodeltester, record, name) -> None:  # type: ignore[no-untyped-def]
    model = CASES[name](record)
    assert type(model).__name__ == name
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount()  # a list's is private
    assert model.rowCount() > 0 and columns > 0, "the case must show real rows"
    qtmodeltester.check(model)
    for row in range(model.rowCount()):  # every cell answers every role without raising
        for column in range(columns):
            for role in (*Qt.ItemDataRole, Qt.ItemDataRole.UserRole + 1, Qt.ItemDataRole.UserRole + 2):
                model.data(model.index(row, column), role)


@pytest.mark.parametrize("name", sorted(EDITABLE))
def test_an_editable_model_edits_its_columns_and_nothing_when_read_only(record, name) -> None:  # type: ignore[no-untyped-def]
    model = CASES[name](record)
    assert isinstance(model, EditableRowTableModel)
    editable = Qt.ItemFlag.ItemIsEditable
    for column in range(model.columnCount()):
        flags = model.flags(model.index(0, column))
        assert bool(flags & editable) == (column in model.EDITABLE_COLUMNS), column
    assert model.flags(model.index(-1, -1)) == Qt.ItemFlag.NoItemFlags
    if not model.EDITABLE_COLUMNS:  # a read-only table (the catalogue lists)
        assert not model.setData(model.index(0, 0), model.data(model.index(0, 0), Qt.ItemDataRole.EditRole))
        return

    column = min(model.EDITABLE_COLUMNS)
    index = model.index(0, column)
    value = model.data(index, Qt.ItemDataRole.EditRole)
    changed: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(
        lambda a, b, _roles=(): changed.append((a.row(), a.column(), b.row(), b.column()))
    )
    assert model.setData(index, value)  # the value it holds is accepted again
    assert changed == [(0, 0, 0, model.columnCount() - 1)], "the edited row is repainted"
    assert not model.setData(index, value, Qt.ItemDataRole.DisplayRole)
    assert not model.setData(model.index(model.rowCount(), column), value)

    model.set_read_only(True)
    assert not any(model.flags(model.index(0, c)) & editable for c in range(model.columnCount()))
    changed.clear()
    assert not model.setData(index, value)
    assert changed == []
    model.set_read_only(False)
    assert model.flags(index) & editable


def test_a_removed_row_is_gone_and_a_missing_one_is_refused(record) -> None:  # type: ignore[no-untyped-def]
    model = CASES["SessionAreasModel"](record)
    before = model.rowCount()
    assert model.remove_row(before - 1)
    assert model.rowCount() == before - 1
    assert not model.remove_row(before + 5)
    assert model.rowCount() == before - 1


def test_a_refused_value_changes_nothing(record) -> None:  # type: ignore[no-untyped-def]
    from mesodesk.gui.models.session_areas_model import COL_POINTS

    model = CASES["SessionAreasModel"](record)
    index = model.index(0, COL_POINTS)
    before = model.data(index, Qt.ItemDataRole.EditRole)
    assert not model.setData(index, "twenty")
    assert model.data(index, Qt.ItemDataRole.EditRole) == before
    assert model.setData(index, "12")
    assert model.data(index, Qt.ItemDataRole.EditRole) == 12


def test_no_model_imports_a_dialog() -> None:
    """Models sit below the dialogs (their labels and formats come from gui/vocabulary.py)."""
    import ast
    from pathlib import Path

    for path in Path(models_package.__file__).parent.glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else [a.name for a in node.names]
                if isinstance(node, ast.Import)
                else []
            )
            assert not [n for n in names if n.startswith("mesodesk.gui.dialogs")], path.name


def test_a_signed_sessions_products_show_no_stock_warnings(record) -> None:  # type: ignore[no-untyped-def]
    """Seen in the French screenshots: a session signed a year ago showed its lots as "Stock bas" with
    0,0 ml in stock — today's stock, not what was true when it was injected."""
    model = _products(record)
    column = 5  # status
    warned = [model.index(r, column).data() for r in range(model.rowCount())]
    assert any(warned)
    model.set_read_only(True)
    assert [model.index(r, column).data() for r in range(model.rowCount())] == [""] * model.rowCount()
    assert all(model.index(r, 3).data() == "" for r in range(model.rowCount()))  # no "in stock"
    assert all(
        model.index(r, column).data(Qt.ItemDataRole.BackgroundRole) is None for r in range(model.rowCount())
    )
