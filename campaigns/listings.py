"""What the listings show: open alerts, active petitions and the latest stories, each one query."""

from home.listings import public_only

from .models import ActionAlertPage, NewsPage, PetitionPage
from .models.news import NEWEST_FIRST
from .signons.counting import signature_counts

HOME_STORIES = 6
HOME_ACTIONS = 4


def latest_stories():
    """Every live, public story, newest first."""
    return public_only(NewsPage.objects.live()).order_by(*NEWEST_FIRST)


def home_page_sections(home_page) -> dict:
    """The home page's featured story, latest stories and open actions (home attaches pictures)."""
    stories = list(latest_stories().descendant_of(home_page)[: HOME_STORIES + 1])
    featured = next((s for s in stories if s.pk == home_page.featured_story_id), None)
    if featured is None and home_page.featured_story_id:
        # A translated home page keeps the source's choice: feature that story's translation.
        chosen = NewsPage.objects.filter(pk=home_page.featured_story_id).values("translation_key")
        featured = (
            latest_stories()
            .filter(translation_key__in=chosen, locale_id=home_page.locale_id)
            .first()
        )
    featured = featured or (stories[0] if stories else None)
    stories = [story for story in stories if story != featured][:HOME_STORIES]
    alerts = list(ActionAlertPage.objects.open().descendant_of(home_page)[:HOME_ACTIONS])
    petitions = list(PetitionPage.objects.open().descendant_of(home_page)[:HOME_ACTIONS])
    return {
        "featured_story": featured,
        "latest_stories": stories,
        "open_alerts": alerts,
        "open_petitions": petitions,
    }


def attach_signature_counts(pages) -> None:
    """Give every petition among `pages` its count for its card: one cache read and at most one
    query for all of them (a `prepare_cards` hook, so listings of any length cost the same)."""
    petitions = [page for page in pages if isinstance(page, PetitionPage)]
    counts = signature_counts(petition.translation_key for petition in petitions)
    for petition in petitions:
        petition.set_signature_count(counts[petition.translation_key])
