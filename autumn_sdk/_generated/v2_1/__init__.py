# generated from openapi*.yaml — do not edit
"""API 2.1: generated from openapi-2.1.yaml; see autumn_sdk/_generated/__init__.py."""
