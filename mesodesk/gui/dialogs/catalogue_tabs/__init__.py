"""The catalogue dialog's tabs, one module each, mixed into CatalogueDialog."""
