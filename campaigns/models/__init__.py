"""Page types for news, action alerts and petitions."""

# Sign-on models live with the sign-on code; importing them here registers them with the app.
from campaigns.signons.models import (
    ErasureRequest,
    PetitionCounter,
    Signature,
    SignatureStatus,
    Suppression,
)
from campaigns.signons.webhooks.models import Webhook, WebhookDelivery

from .actions import ActionAlertPage, Target
from .news import NewsIndexPage, NewsPage
from .petitions import PetitionKind, PetitionPage
from .take_action import CampaignIndexPage

__all__ = [
    "ActionAlertPage",
    "CampaignIndexPage",
    "ErasureRequest",
    "NewsIndexPage",
    "NewsPage",
    "PetitionCounter",
    "PetitionKind",
    "PetitionPage",
    "Signature",
    "SignatureStatus",
    "Suppression",
    "Target",
    "Webhook",
    "WebhookDelivery",
]
