"""The demo clinic's fixed material: names, streets, products, formulas, reaction rates, its users.

Product, formula and indication names are message ids (N_): the demo clinic is written in the language
it is built in (a French practitioner's demo has French product names); the English ids stay the
demo's internal keys (lot codes, outcome profiles).
"""

from __future__ import annotations

from dataclasses import dataclass

from mesodesk.i18n import N_

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
    (N_("Hyaluronic acid 1.35%"), "MesoLab", "sodium hyaluronate", "13.5 mg/ml"),
    (N_("Vitamin C 20%"), "DermaPharm", "ascorbic acid", "200 mg/ml"),
    (N_("Organic silicon"), "SiliDerm", "monomethylsilanetriol", "5 mg/ml"),
    (N_("DMAE 3%"), "MesoLab", "dimethylaminoethanol", "30 mg/ml"),
    (N_("Polynucleotides"), "Regenia", "PDRN", "7.5 mg/ml"),
    (N_("Lidocaine 2%"), "Anesto", "lidocaine hydrochloride", "20 mg/ml"),
    (N_("Caffeine 5%"), "LipoLab", "caffeine", "50 mg/ml"),
    (N_("L-carnitine"), "LipoLab", "levocarnitine", "200 mg/ml"),
    (N_("Artichoke extract"), "PhytoMeso", "cynara scolymus extract", "50 mg/ml"),
    (N_("Dexpanthenol"), "DermaPharm", "dexpanthenol", "250 mg/ml"),
    (N_("Biotin"), "HairMeso", "biotin", "5 mg/ml"),
    (N_("Polyrevitalising complex"), "Filorga-like", "vitamins, amino acids, minerals, coenzymes", "mix"),
]
FORMULAS = {  # name: (ingredient indexes with ml per session, areas, indication, protocol settings)
    N_("Face revitalisation"): (
        [(0, 2.0), (11, 1.0), (3, 0.5)],
        ["full_face"],
        N_("Fine lines and skin quality"),
        ("papules", 2.0, 6, 14, 42),
    ),
    N_("Radiance (vitamin C)"): (
        [(1, 1.0), (0, 1.0)],
        ["full_face", "neck"],
        N_("Dull skin, pigmentation"),
        ("nappage", 1.5, 4, 14, 56),
    ),
    N_("Neck and décolleté"): (
        [(0, 2.0), (2, 1.0)],
        ["neck", "decollete"],
        N_("Crêpey skin of neck and décolleté"),
        ("papules", 2.0, 5, 14, 56),
    ),
    N_("Hair loss"): (
        [(10, 1.0), (9, 1.0), (4, 1.0)],
        ["scalp"],
        N_("Androgenetic alopecia, telogen effluvium"),
        ("point_by_point", 3.0, 6, 7, 42),
    ),
    N_("Cellulite"): (
        [(6, 3.0), (8, 2.0), (2, 2.0)],
        ["thighs", "buttocks"],
        N_("Cellulite"),
        ("point_by_point", 4.0, 10, 7, 28),
    ),
    N_("Localised fat"): (
        [(7, 3.0), (6, 3.0), (5, 0.5)],
        ["abdomen", "flanks"],
        N_("Localised fat deposits"),
        ("point_by_point", 6.0, 8, 7, 28),
    ),
}
#: What the demo's patients write and sign (message ids: in the language the demo is built in).
ALLERGY_REACTIONS = [N_("rash"), N_("hives"), N_("swelling of the lips"), ""]
CONSENT_RISKS = N_(
    "Bruising, swelling, redness, discomfort; rarely infection, nodules or an allergic reaction"
)
CONSENT_BENEFITS = N_("Improvement expected over a course of sessions; effects are not permanent")
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
    ("admin", N_("Clinic Administrator"), "admin"),
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
