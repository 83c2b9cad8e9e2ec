"""The clinic's tables, one module per part of the record; ``mesodesk.db.models`` imports them all."""
