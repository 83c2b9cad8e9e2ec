"""MesoDesk: patient records for mesotherapy and aesthetic-injection clinics."""

__version__ = "0.1.0"
