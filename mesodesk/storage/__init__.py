"""Storage plumbing below the use cases: opening, checking, locking, backing up and restoring a clinic
database. Imports only db/ and domain/; the services (and through them the GUI and the CLI) build on it."""
