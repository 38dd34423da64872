"""Factories for news, action alerts, call targets and (stub) petitions."""

import factory
import wagtail_factories
from django.utils import timezone

from campaigns.models import (
    ActionAlertPage,
    CampaignIndexPage,
    NewsIndexPage,
    NewsPage,
    PetitionPage,
    Target,
)


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NewsIndexPage

    title = "News"
    slug = "news"


class NewsPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NewsPage

    title = factory.Sequence(lambda n: f"Story {n}")
    dek = "What happened, in one line."
    published_at = factory.LazyFunction(timezone.now)


class CampaignIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CampaignIndexPage

    title = "Take action"
    slug = "take-action"


class ActionAlertPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ActionAlertPage

    title = factory.Sequence(lambda n: f"Alert {n}")
    summary = "Something happened and we must act."


class PetitionPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = PetitionPage

    title = factory.Sequence(lambda n: f"Petition {n}")
    intro = "Sign to say you agree."


class TargetFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Target

    name = factory.Sequence(lambda n: f"Sen. Official {n}")
    office = "U.S. Senator"
    state = "NM"
    phone = "202-224-3121"
