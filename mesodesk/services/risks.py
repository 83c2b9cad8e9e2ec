"""The medical-history flags that raise a treatment's risk, with their labels."""

from __future__ import annotations

from mesodesk.i18n import N_

#: English source labels (message ids): translate where shown, ``_(RISK_LABELS[key])``.
RISK_LABELS = {
    "anticoagulants": N_("Anticoagulants"),
    "nsaids": N_("NSAIDs"),
    "supplements": N_("Supplements raising bruising risk"),
    "pregnant_or_breastfeeding": N_("Pregnant or breast-feeding"),
    "autoimmune_disease": N_("Autoimmune disease"),
    "keloid_tendency": N_("Keloid tendency"),
    "active_skin_infection": N_("Active skin infection"),
}
