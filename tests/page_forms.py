"""The admin's page add and edit forms as a browser posts them, for the per-page-type admin tests.

Every page type shares the Promote and Settings tabs (BasePage): `promote_tab` fills them, and
`assert_promote_tab_shown` checks what a reader (or a site sharing the page) sees of them.
"""

from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data
from wagtail_factories import ImageFactory


def add_url(parent, model) -> str:
    return reverse(
        "wagtailadmin_pages:add", args=[model._meta.app_label, model._meta.model_name, parent.pk]
    )


def edit_url(page) -> str:
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def promote_tab(slug: str, **overrides) -> dict:
    """Every field of the Promote and Settings tabs, with a listing and a social picture each
    named after its role so a test can tell which one a reader is shown."""
    fields = {
        "slug": slug,
        "seo_title": f"{slug} for search engines",
        "search_description": f"What {slug} is about, for search results.",
        "show_in_menus": "",
        "listing_title": f"{slug} on cards",
        "listing_summary": f"A card's summary of {slug}.",
        "listing_image": ImageFactory(title="Listing picture", file__filename="listing.jpg").pk,
        "social_image": ImageFactory(title="Social picture", file__filename="social.jpg").pk,
        "go_live_at": "",
        "expire_at": "",
    }
    fields.update(overrides)
    return fields


# Wagtail's own comments and their notification tick box, which say nothing to readers.
NOT_PAGE_SETTINGS = {"comment_notifications", "wagtail_admin_comments"}


def assert_every_field_posted(model, fields: dict):
    """An admin-form test posts every field and inline panel of the page type's edit handler, so
    a field added later fails its test until the test sets it and checks what readers see."""
    form_options = model.get_edit_handler().get_form_options()
    expected = set(form_options.get("fields", [])) | set(form_options.get("formsets") or {})
    unposted = sorted(expected - NOT_PAGE_SETTINGS - set(fields))
    assert not unposted, f"the {model.__name__} form test posts nothing for {unposted}"


def publish_form(fields: dict) -> dict:
    """A page form posted with the Publish button. A list is a multiple choice (topics, partners):
    the browser posts one value per ticked box."""
    choices = {name: value for name, value in fields.items() if isinstance(value, list)}
    rest = {name: value for name, value in fields.items() if name not in choices}
    return {**nested_form_data({**rest, "action-publish": "publish"}), **choices}


def add_and_publish(client, parent, model, fields: dict):
    """Post the add form; a valid form redirects (302), an invalid one is shown again (200)."""
    assert_every_field_posted(model, fields)
    return client.post(add_url(parent, model), publish_form(fields))


def edit_and_publish(client, page, fields: dict):
    assert_every_field_posted(page.specific_class, fields)
    return client.post(edit_url(page), publish_form(fields))


def assert_promote_tab_shown(html: str, slug: str):
    """The page's own head carries the search title, the description and the social picture."""
    assert f"<title>{slug} for search engines · " in html
    assert f'<meta name="description" content="What {slug} is about, for search results.">' in html
    og_image = html.split('<meta property="og:image" content="', 1)[1].split('"', 1)[0]
    assert "/social" in og_image and "fill-1200x630" in og_image, og_image


def assert_card_shown(html: str, slug: str, href: str):
    """A listing shows the page's card with its listing title, summary and picture."""
    card = html.split(f'href="{href}"', 1)[1].split("</li>", 1)[0]
    before = html.split(f'href="{href}"', 1)[0].rsplit('<li class="card">', 1)[1]
    assert f"{slug} on cards" in card
    assert f"A card&#x27;s summary of {slug}." in card
    assert "/listing" in before
