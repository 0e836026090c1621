"""The autumn_sdk generator: openapi.yaml + templates/ -> autumn_sdk/_generated/ and docs/.

Run it with ``python -m generator`` (``make generate``); ``--check`` (``make check-generated``)
regenerates into a temporary folder and fails with a diff when the committed output differs.
"""
