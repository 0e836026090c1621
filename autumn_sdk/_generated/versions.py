# generated from openapi*.yaml — do not edit
"""The API versions this SDK ships, each generated from its own document."""

from typing import Literal

# x_api_version -> the subpackage of autumn_sdk._generated with its models and operations.
VERSIONS: dict[str, str] = {
    "2.3": "v2_3",
    "2.1": "v2_1",
}
DEFAULT_VERSION = "2.3"
ApiVersion = Literal["2.3", "2.1"]
# The client class of each version: autumn_sdk._generated.<module>.resources.<class name>.
CLIENT_CLASSES: dict[str, str] = {
    "2.3": "AutumnV2_3",
    "2.1": "AutumnV2_1",
}
