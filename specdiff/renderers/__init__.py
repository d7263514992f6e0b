"""Renderers: documents and diffs to JSON, text, Markdown and HTML (templates in ``templates/``)."""
