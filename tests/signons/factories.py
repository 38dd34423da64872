"""Factories for petitions and signatures."""

import factory
import wagtail_factories

from campaigns.models import CampaignIndexPage, PetitionPage, Signature, SignatureStatus
from campaigns.signons.models import PetitionCounter


class CampaignIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CampaignIndexPage

    title = "Take action"
    slug = "take-action"


class PetitionPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = PetitionPage

    title = factory.Sequence(lambda n: f"Petition {n}")
    slug = factory.Sequence(lambda n: f"petition-{n}")
    intro = "Stand with asylum seekers."
    letter = "<p>We, the undersigned, ask for a fair and humane asylum process.</p>"
    goal = 1000
    consent_text = "<p>By signing you agree to receive occasional email updates.</p>"
    thank_you = "<p>Your name joins thousands of others.</p>"


class SignatureFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Signature
        skip_postgeneration_save = True  # the post-generation hook only adjusts the counter

    petition_key = factory.LazyAttribute(lambda signature: signature.page.translation_key)
    first_name = factory.Sequence(lambda n: f"Signer{n}")
    last_name = "Levi"
    email = factory.Sequence(lambda n: f"signer{n}@example.org")
    email_normalized = factory.LazyAttribute(lambda signature: signature.email.lower())
    locale = "en"
    status = SignatureStatus.CONFIRMED

    @factory.post_generation
    def counted(signature, create, extracted, **kwargs):
        # Signatures made here skip the sign-on path, so count them the way it would.
        if create and signature.status == SignatureStatus.CONFIRMED:
            PetitionCounter.objects.add(signature.petition_key, +1)
