"""The session editor's pages, one module each, mixed into SessionEditorDialog."""
