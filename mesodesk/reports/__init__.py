"""PDF documents built with ReportLab (no Qt, no SQL)."""
