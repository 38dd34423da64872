"""Page types for news, action alerts and petitions."""

from .actions import CampaignIndexPage
from .petitions import PetitionKind, PetitionPage

__all__ = ["CampaignIndexPage", "PetitionKind", "PetitionPage"]

# Sign-on models live with the sign-on code; importing them here registers them with the app.
from campaigns.signons.models import PetitionCounter, Signature, SignatureStatus  # noqa: E402

__all__ += ["PetitionCounter", "Signature", "SignatureStatus"]
