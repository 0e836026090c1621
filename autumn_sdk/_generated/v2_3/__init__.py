# generated from openapi*.yaml — do not edit
"""API 2.3: generated from openapi.yaml; see autumn_sdk/_generated/__init__.py."""
