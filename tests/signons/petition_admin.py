"""Add and edit petitions through the admin's own form, posting every panel's field."""

import html

from django.test import Client
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from campaigns.models import PetitionPage
from tests.workflow.factories import staff_member

# Every field of every tab, as an editor leaves it for an ordinary petition. Tests override the
# settings they are about; False means an unticked box (the browser posts nothing for it).
EVERY_PANEL = {
    # Content
    "title": "Welcome the stranger",
    "kind": "letter",
    "target": "Members of Congress",
    "intro": "Faith leaders ask for a fair and humane asylum process.",
    "photo": "",
    "photo_caption": "",
    "photo_credit": "",
    "letter": "<p>We, the undersigned clergy, ask you to protect people seeking safety.</p>",
    "demands": [("demand", rich_text("<p>Keep the asylum offices open.</p>"))],
    "closing": "<p>In faith and hope.</p>",
    # Sign-on form
    "goal": 500,
    "goal_auto_raise": False,
    "opens_at": "",
    "closes_at": "",
    "signer_fields": [],
    "categories": [],
    "consent_text": "<p>We keep your name and email to count your signature.</p>",
    "double_opt_in": False,
    "updates_consent": "off",
    "updates_wording": "",
    "optin_partners": [],
    "retention_days": "",
    "thank_you": "<p>Your name joins faith leaders across the country.</p>",
    "share_text": "I signed the clergy letter. Join me:",
    "after_signing": [],
    # Signer list
    "list_signers": False,
    "list_shows_title": False,
    "list_shows_organisation": False,
    "list_shows_city": False,
    "list_shows_region": False,
    "list_shows_country": False,
    "show_signers_map": False,
    # Delivery
    "delivered_on": "",
    "delivered_to": "",
    "delivery_note": "",
    # Promote
    "slug": "welcome-the-stranger",
    "seo_title": "",
    "search_description": "",
    "listing_title": "",
    "listing_summary": "",
    "listing_image": "",
    "social_image": "",
    "show_in_menus": False,
    # Settings
    "go_live_at": "",
    "expire_at": "",
    "comment_notifications": False,
}
RICH_TEXT = ("letter", "closing", "consent_text", "thank_you")
STREAMS = ("demands", "signer_fields", "categories", "optin_partners", "after_signing")


def question(name: str, required: bool = False) -> tuple:
    """One block of the Questions field."""
    return ("field", {"name": name, "required": "on" if required else ""})


def category(name: str) -> tuple:
    return ("category", name)


def petition_form(action: str = "action-publish", **settings) -> dict:
    """The petition's add/edit form as the browser posts it, every panel's field included."""
    fields = {**EVERY_PANEL, **settings}
    for name in RICH_TEXT:
        fields[name] = rich_text(fields[name])
    for name in STREAMS:
        fields[name] = streamfield(fields[name])
    fields = {name: ("on" if value is True else value) for name, value in fields.items()}
    fields = {name: value for name, value in fields.items() if value is not False}
    if action:
        fields[action] = "1"
    return nested_form_data(fields)


def add_petition(client, parent, **settings):
    """Post the admin's add form for a petition under `parent`; the admin's response."""
    url = reverse("wagtailadmin_pages:add", args=["campaigns", "petitionpage", parent.pk])
    return client.post(url, petition_form(**settings))


def edit_petition(client, petition, **settings):
    """Post the admin's edit form of `petition`; the admin's response."""
    url = reverse("wagtailadmin_pages:edit", args=[petition.pk])
    return client.post(url, petition_form(**settings))


def saved(slug: str = EVERY_PANEL["slug"]) -> PetitionPage:
    return PetitionPage.objects.get(slug=slug)


def as_editor(client):
    """The client, signed in as a member of the Editors group (who may publish)."""
    client.force_login(staff_member("editor"))
    return client


def reader() -> Client:
    """A visitor who is not signed in."""
    return Client()


def admin_text(response) -> str:
    """The admin's answer as an editor reads it (stream fields carry their messages as JSON in
    an attribute, so entities are decoded)."""
    return html.unescape(response.content.decode())
