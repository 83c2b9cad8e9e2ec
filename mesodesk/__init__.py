"""MesoDesk: patient records for mesotherapy and aesthetic-injection clinics."""

#: The one place the version is written: pyproject.toml reads it (dynamic version), and so do
#: `mesodesk --version`, the About dialog, the PDF metadata, exports and the PyInstaller build.
__version__ = "0.1.0"
