"""Geometry of the anatomical outline diagrams, shared by the SVG files and the PDF drawings.

Every diagram lives in a 400 x 500 box with a top-left origin (like SVG). Paths are smooth
curves through their points (Catmull-Rom, converted to cubic Béziers); a point written as
(x, y, 1) is a sharp corner. resources/diagrams/generate.py writes the .svg files from this
module, and mesodesk.reports.diagrams draws the same primitives with ReportLab.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from mesodesk.i18n import N_

WIDTH = 400.0
HEIGHT = 500.0
STROKE = "#6b7280"
FILL = "#ffffff"
MAIN = 2.2  # stroke width of outlines
DETAIL = 1.3  # stroke width of features

Point = tuple[float, ...]  # (x, y) or (x, y, 1) for a corner
Segment = tuple[tuple[float, float], tuple[float, float], tuple[float, float], tuple[float, float]]


@dataclass(frozen=True)
class Path:
    """A smooth curve through points; filled white when closed."""

    points: tuple[Point, ...]
    closed: bool = False
    width: float = MAIN
    dashed: bool = False


@dataclass(frozen=True)
class Ellipse:
    """An ellipse, filled white unless fill is False."""

    cx: float
    cy: float
    rx: float
    ry: float
    width: float = DETAIL
    fill: bool = True


@dataclass(frozen=True)
class Line:
    """A straight line."""

    x1: float
    y1: float
    x2: float
    y2: float
    width: float = DETAIL
    dashed: bool = False


Primitive = Path | Ellipse | Line


def bezier_segments(path: Path) -> list[Segment]:
    """Cubic Bézier segments (start, control1, control2, end) of a smooth path."""
    pts = [(float(p[0]), float(p[1])) for p in path.points]
    corner = [len(p) > 2 and bool(p[2]) for p in path.points]
    n = len(pts)
    count = n if path.closed else n - 1
    segments: list[Segment] = []
    for i in range(count):
        i0, i1, i2, i3 = i - 1, i, (i + 1) % n, (i + 2) % n
        if not path.closed:
            i0, i3 = max(i0, 0), min(i + 2, n - 1)
        p0, p1, p2, p3 = pts[i0 % n], pts[i1], pts[i2], pts[i3]
        c1 = _control(p1, p2, p0, corner[i1], forward=True)
        c2 = _control(p2, p1, p3, corner[i2], forward=False)
        segments.append((p1, c1, c2, p2))
    return segments


def _control(
    at: tuple[float, float],
    other: tuple[float, float],
    far: tuple[float, float],
    sharp: bool,
    *,
    forward: bool,
) -> tuple[float, float]:
    """Catmull-Rom control point next to `at`; a corner points straight at the other end."""
    if sharp:
        return (at[0] + (other[0] - at[0]) / 3, at[1] + (other[1] - at[1]) / 3)
    sign = 1.0 if forward else -1.0
    a, b = (other, far) if forward else (far, other)
    return (at[0] + sign * (a[0] - b[0]) / 6, at[1] + sign * (a[1] - b[1]) / 6)


# --- helpers to build symmetric figures -------------------------------------------------


def _mx(p: Point) -> Point:
    return (WIDTH - p[0], *p[1:])


def mirrored(prim: Primitive) -> Primitive:
    """The primitive reflected about the vertical centre line x = 200."""
    if isinstance(prim, Path):
        return replace(prim, points=tuple(_mx(p) for p in prim.points))
    if isinstance(prim, Ellipse):
        return replace(prim, cx=WIDTH - prim.cx)
    return replace(prim, x1=WIDTH - prim.x1, x2=WIDTH - prim.x2)


def pair(prim: Primitive) -> list[Primitive]:
    """The primitive and its mirror image."""
    return [prim, mirrored(prim)]


def symmetric_outline(right_half: list[Point], width: float = MAIN) -> Path:
    """A closed outline from its right half, listed top-centre to bottom-centre."""
    left = [_mx(p) for p in reversed(right_half[1:-1])]
    return Path(tuple(right_half + left), closed=True, width=width)


def flipped(prims: list[Primitive]) -> list[Primitive]:
    """A whole diagram mirrored left to right (for the other profile)."""
    return [mirrored(p) for p in prims]


def _open(*pts: Point, width: float = DETAIL, dashed: bool = False) -> Path:
    return Path(tuple(pts), closed=False, width=width, dashed=dashed)


def _closed(*pts: Point, width: float = DETAIL) -> Path:
    return Path(tuple(pts), closed=True, width=width)


# --- face, front ------------------------------------------------------------------------


def _face_front() -> list[Primitive]:
    neck = pair(_open((238, 350), (243, 410), (256, 448), (318, 472), (398, 490), width=MAIN))
    ear = pair(_closed((306, 186), (324, 176), (338, 190), (337, 226), (327, 256), (310, 270), width=MAIN))
    head = symmetric_outline(
        [
            (200, 40),
            (262, 52),
            (300, 92),
            (316, 158),
            (315, 222),
            (302, 282),
            (278, 332),
            (242, 370),
            (200, 386),
        ]
    )
    inner_ear = pair(_open((320, 196), (330, 206), (327, 232), (318, 250)))
    hairline = _open((99, 176), (106, 128), (140, 92), (200, 80), (260, 92), (294, 128), (301, 176))
    brow = pair(_open((220, 184), (244, 173), (270, 172), (290, 181), width=1.8))
    eye = pair(_closed((224, 206), (240, 198), (258, 195), (278, 199), (292, 208), (272, 214), (250, 215)))
    iris = pair(Ellipse(257, 205, 8, 8, width=DETAIL))
    pupil = pair(Ellipse(257, 205, 2.5, 2.5, width=DETAIL, fill=False))
    nose_ridge = _open((188, 212), (186, 244), (178, 268))
    nose_base = _open(
        (176, 266),
        (166, 282),
        (176, 294),
        (190, 291),
        (200, 297, 1),
        (210, 291),
        (224, 294),
        (234, 282),
        (224, 266),
    )
    lips = _closed(
        (160, 331, 1),
        (177, 320),
        (192, 317),
        (200, 322, 1),
        (208, 317),
        (223, 320),
        (240, 331, 1),
        (222, 344),
        (200, 349),
        (178, 344),
        width=1.6,
    )
    mouth = _open((161, 331), (181, 333), (200, 335), (219, 333), (239, 331))
    nasolabial = pair(_open((240, 274), (252, 300), (256, 326), width=1.0))
    chin = _open((186, 366), (200, 369), (214, 366), width=1.0)
    return [
        *neck,
        *ear,
        head,
        *inner_ear,
        hairline,
        *brow,
        *eye,
        *iris,
        *pupil,
        nose_ridge,
        nose_base,
        lips,
        mouth,
        *nasolabial,
        chin,
    ]


# --- face, profile (nose pointing to the viewer's left: the patient's left side) ----------


def _face_left() -> list[Primitive]:
    outline = _open(
        (304, 496),
        (298, 445),
        (304, 398),
        (326, 350),
        (342, 285),
        (344, 215),
        (330, 140),
        (292, 80),
        (238, 50),
        (180, 50),
        (136, 76),
        (114, 122),
        (109, 168),
        (104, 186),
        (112, 204),
        (104, 232),
        (94, 254),
        (82, 270, 1),
        (90, 281),
        (106, 286, 1),
        (104, 300),
        (99, 313),
        (108, 322, 1),
        (101, 332),
        (106, 344),
        (118, 354, 1),
        (112, 374),
        (118, 396),
        (140, 406),
        (168, 410),
        (180, 428),
        (186, 468),
        (184, 496),
        width=MAIN,
    )
    ear = _closed(
        (246, 206),
        (262, 195),
        (280, 203),
        (286, 230),
        (278, 258),
        (262, 276),
        (248, 272),
        (244, 254),
        width=MAIN,
    )
    inner_ear = _open((256, 214), (270, 214), (274, 236), (266, 256), (256, 262))
    hairline = _open((142, 74), (150, 110), (186, 140), (214, 166), (232, 196))
    brow = _open((112, 186), (132, 178), (158, 182), width=1.8)
    eye = _closed((118, 206, 1), (132, 199), (148, 205), (134, 212))
    nostril = _open((104, 270), (113, 265), (119, 273))
    mouth_corner = _open((108, 322), (124, 324))
    nasolabial = _open((124, 270), (136, 296), (136, 320), width=1.0)
    jaw = _open((250, 286), (250, 326), (226, 366), (188, 394), (150, 404), width=1.4)
    cheekbone = _open((170, 250), (200, 244), (232, 252), width=1.0)
    return [outline, ear, inner_ear, hairline, brow, eye, nostril, mouth_corner, nasolabial, jaw, cheekbone]


# --- neck and décolleté ------------------------------------------------------------------


def _neck_decollete() -> list[Primitive]:
    jaw = _open(
        (96, 0),
        (112, 50),
        (142, 92),
        (172, 112),
        (200, 117),
        (228, 112),
        (258, 92),
        (288, 50),
        (304, 0),
        width=MAIN,
    )
    chin = _open((182, 96), (200, 100), (218, 96), width=1.0)
    lip = _open((168, 8), (184, 16), (200, 18), (216, 16), (232, 8), width=1.4)
    side = pair(
        _open(
            (252, 98), (254, 168), (266, 204, 1), (330, 226), (374, 244), (394, 272), (399, 310), width=MAIN
        )
    )
    trunk = pair(_open((350, 302), (344, 360), (342, 430), (344, 500), width=MAIN))
    scm = pair(_open((262, 116), (246, 176), (216, 244), width=1.0))
    clavicle = pair(_open((214, 252), (244, 244), (286, 242), (322, 236), (352, 242), width=1.6))
    notch = _open((192, 250), (200, 257), (208, 250), width=1.2)
    breast = pair(_open((214, 446), (252, 462), (298, 456), (334, 428), width=1.2))
    sternum = _open((200, 300), (200, 420), width=1.0, dashed=True)
    return [jaw, chin, lip, *side, *trunk, *scm, *clavicle, notch, *breast, sternum]


# --- scalp, top view (face towards the top) -------------------------------------------------


def _scalp() -> list[Primitive]:
    ears = pair(_closed((326, 236), (340, 240), (346, 262), (338, 282), (324, 284), width=MAIN))
    nose = _closed((186, 90), (200, 62, 1), (214, 90), width=MAIN)
    head = symmetric_outline(
        [
            (200, 78),
            (262, 92),
            (310, 140),
            (332, 210),
            (334, 280),
            (318, 352),
            (282, 402),
            (240, 428),
            (200, 434),
        ]
    )
    hairline = _open((112, 168), (142, 132), (174, 114), (200, 110), (226, 114), (258, 132), (288, 168))
    temple = pair(_open((288, 168), (306, 204), (318, 236), width=1.0))
    midline = _open((200, 112), (200, 430), width=1.0, dashed=True)
    coronal = _open((72, 262), (120, 250), (200, 244), (280, 250), (328, 262), width=1.0, dashed=True)
    crown = _open(
        (226, 346),
        (218, 340),
        (210, 346),
        (214, 358),
        (228, 358),
        (236, 344),
        (226, 330),
        (206, 332),
        width=1.0,
    )
    return [*ears, nose, head, hairline, *temple, midline, coronal, crown]


# --- whole body, front and back ----------------------------------------------------------

_BODY_RIGHT: list[Point] = [  # neck top, shoulder, arm, hand, armpit, side, leg, foot, crotch
    (211, 62, 1),
    (212, 84, 1),
    (226, 91),
    (246, 98),
    (257, 112),
    (262, 146),
    (267, 186),
    (272, 230),
    (276, 248, 1),
    (282, 266),
    (281, 284),
    (272, 294),
    (265, 288),
    (263, 266),
    (264, 246, 1),
    (258, 222),
    (252, 188),
    (245, 150),
    (240, 128, 1),
    (236, 160),
    (235, 196),
    (246, 232),
    (247, 262),
    (240, 320),
    (232, 372),
    (233, 410),
    (222, 462),
    (230, 478),
    (232, 490, 1),
    (209, 490, 1),
    (208, 470),
    (205, 420),
    (205, 372),
    (206, 300),
    (200, 252, 1),
]


def _body_outline() -> Path:
    """The body from the neck down: right half mirrored, traced around the crotch."""
    left = [_mx(p) for p in reversed(_BODY_RIGHT[:-1])]
    return Path(tuple(_BODY_RIGHT + left), closed=True, width=MAIN)


def _body_common() -> list[Primitive]:
    ears = pair(Ellipse(224, 40, 4, 8, width=1.2))
    head = Ellipse(200, 40, 23, 30, width=MAIN)
    return [_body_outline(), *ears, head]


def _body_front() -> list[Primitive]:
    clavicle = pair(_open((204, 96), (222, 94), (244, 100), width=1.0))
    pectoral = pair(_open((204, 142), (222, 146), (238, 138), width=1.0))
    nipple = pair(Ellipse(223, 134, 1.8, 1.8, width=1.0))
    navel = Ellipse(200, 196, 2, 3, width=1.0)
    groin = pair(_open((240, 228), (222, 244), (206, 254), width=1.0))
    knee = pair(_open((212, 366), (220, 372), (228, 366), width=1.0))
    face: list[Primitive] = [
        _open((192, 56), (200, 58), (208, 56), width=0.9),
        _open((200, 38), (198, 47), (201, 49), width=0.9),
    ]
    face += pair(_open((207, 35), (212, 33), (217, 35), width=0.9))
    return [*_body_common(), *clavicle, *pectoral, *nipple, navel, *groin, *knee, *face]


def _body_back() -> list[Primitive]:
    spine = _open((200, 84), (200, 230), width=1.0, dashed=True)
    scapula = pair(_closed((212, 104), (236, 102), (232, 124), (216, 140), width=1.0))
    cleft = _open((200, 226), (200, 254), width=1.0)
    gluteal = pair(_open((203, 254), (222, 260), (240, 254), width=1.0))
    loin = pair(_open((214, 200), (206, 212), width=1.0))
    knee = pair(_open((212, 376), (220, 378), (230, 376), width=1.0))
    elbow = pair(_open((252, 186), (258, 190), width=1.0))
    hair = _open((182, 60), (200, 64), (218, 60), width=0.9)
    return [*_body_common(), spine, *scapula, cleft, *gluteal, *loin, *knee, *elbow, hair]


DIAGRAMS: dict[str, list[Primitive]] = {
    "face_front": _face_front(),
    "face_left": _face_left(),
    "face_right": flipped(_face_left()),
    "neck_decollete": _neck_decollete(),
    "scalp": _scalp(),
    "body_front": _body_front(),
    "body_back": _body_back(),
}

DIAGRAM_TITLES: dict[str, str] = {
    # English source texts, translated where printed: _(DIAGRAM_TITLES[name])
    "face_front": N_("Face, front"),
    "face_left": N_("Face, left side"),
    "face_right": N_("Face, right side"),
    "neck_decollete": N_("Neck and décolleté"),
    "scalp": N_("Scalp, top view"),
    "body_front": N_("Body, front"),
    "body_back": N_("Body, back"),
}
