# generated from openapi*.yaml — do not edit
"""Code generated from openapi*.yaml (and generator/overlay*.yaml) by ``make generate``.

One subpackage per API version (``v2_1``, ``v2_3``, …), each with its models, operations and
request tables; ``types.py`` and ``settings.py`` are shared. Nothing in this folder is edited by
hand: change the overlays, templates/ or generator/ (or add a newer document Autumn published) and
run ``make generate``; ``make check-generated`` fails when this folder is stale. The public API is
``autumn_sdk`` (its ``Autumn`` class and the ``models``, ``errors`` and ``utils`` modules).
"""
