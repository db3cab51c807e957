"""The commissioning report: what was measured and set, as one PDF the installer hands over.

`observe.py` gathers what a live session or a recording shows (no Qt), `content.py` turns that into
the report's sections and checklist (no Qt), `language.py` puts its texts in the chosen language and
`render_pdf.py` draws it with Qt (real text, vector charts). docs/architecture.md places this layer.
"""
