"""Page types for news, action alerts and petitions."""

from .actions import ActionAlertPage, CampaignIndexPage, Target
from .news import NewsIndexPage, NewsPage
from .petitions import PetitionKind, PetitionPage

__all__ = [
    "ActionAlertPage",
    "CampaignIndexPage",
    "NewsIndexPage",
    "NewsPage",
    "PetitionKind",
    "PetitionPage",
    "Target",
]
