# generated from openapi.yaml — do not edit
"""Code generated from openapi.yaml (and generator/overlay.yaml) by ``make generate``.

Nothing in this folder is edited by hand: change generator/overlay.yaml, templates/ or generator/
(or copy in a newer document Autumn published) and run ``make generate``; ``make check-generated``
fails when this folder is stale. The public API is ``autumn_sdk`` (its ``Autumn`` class and the
``models``, ``errors`` and ``utils`` modules).
"""
