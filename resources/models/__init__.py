"""Coalition partners and the resource library."""

from .library import ResourceIndexPage, ResourcePage, ResourceType
from .partners import PartnerIndexPage, PartnerPage, PartnerRole

__all__ = [
    "PartnerIndexPage",
    "PartnerPage",
    "PartnerRole",
    "ResourceIndexPage",
    "ResourcePage",
    "ResourceType",
]
