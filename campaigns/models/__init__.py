"""Page types for news, action alerts and petitions."""

from .actions import CampaignIndexPage
from .petitions import PetitionKind, PetitionPage

__all__ = ["CampaignIndexPage", "PetitionKind", "PetitionPage"]
