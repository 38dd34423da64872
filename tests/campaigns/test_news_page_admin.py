"""Editors write a story in the admin's add and edit forms, and readers see every setting of it."""

from wagtail.test.utils.form_data import inline_formset, rich_text, streamfield
from wagtail_factories import ImageFactory

from campaigns.models import NewsPage
from tests.campaigns.factories import NewsPageFactory, PetitionPageFactory
from tests.factories import IssueFactory, PersonFactory, StandardPageFactory
from tests.page_forms import (
    add_and_publish,
    assert_card_shown,
    assert_promote_tab_shown,
    edit_and_publish,
    promote_tab,
)
from tests.resources.factories import PartnerIndexPageFactory, PartnerPageFactory


def story_fields(title: str, slug: str, **overrides) -> dict:
    fields = {
        "title": title,
        "dek": "",
        "authors": inline_formset([]),
        "source": "",
        "published_at": "",
        "hero_image": "",
        "hero_caption": "",
        "hero_credit": "",
        "body": streamfield([]),
        "update_notes": inline_formset([]),
        "featured_petition": "",
        "topics": [],
        "partners": [],
        "related_links": inline_formset([]),
        **promote_tab(slug),
    }
    fields.update(overrides)
    return fields


def test_every_setting_of_a_new_story_reaches_its_readers(
    admin_client, client, home_page, news_index, take_action
):
    writers = [PersonFactory(name="Dana Levin"), PersonFactory(name="Omar Haddad")]
    asylum = IssueFactory(name="Asylum", slug="asylum")
    IssueFactory(name="Detention", slug="detention")
    petition = PetitionPageFactory(parent=take_action, title="Protect asylum seekers", goal=500)
    partners = PartnerIndexPageFactory(parent=home_page)
    partner = PartnerPageFactory(parent=partners, title="Refugee Aid Society")
    related = StandardPageFactory(parent=home_page, title="Know your rights")

    response = add_and_publish(
        admin_client,
        news_index,
        NewsPage,
        story_fields(
            "Clergy deliver letter",
            "clergy-deliver-letter",
            dek="Over 1,400 clergy signed.",
            authors=inline_formset([{"person": writer.pk} for writer in writers]),
            published_at="2025-07-18 09:30",
            hero_image=ImageFactory(file__filename="hero.jpg").pk,
            hero_caption="Clergy at the Capitol.",
            hero_credit="Ana Ruiz / HIAS",
            body=streamfield(
                [
                    ("paragraph", rich_text("<p>The letter was delivered on July 18.</p>")),
                    (
                        "quote",
                        {"text": "Love the stranger.", "name": "Rabbi Miriam Adler"}
                        | {"role": "Senior Rabbi", "place": "Albuquerque, N.M."},
                    ),
                ]
            ),
            update_notes=inline_formset(
                [{"time": "2025-07-19 12:14", "text": "Added the senator's reply."}]
            ),
            featured_petition=petition.pk,
            topics=[asylum.pk],
            partners=[partner.pk],
            related_links=inline_formset([{"related_page": related.pk}]),
        ),
    )

    assert response.status_code == 302
    html = client.get("/news/clergy-deliver-letter/").content.decode()
    assert "<h1>Clergy deliver letter</h1>" in html
    assert '<p class="lede">Over 1,400 clergy signed.</p>' in html
    assert "By Dana Levin, Omar Haddad" in html
    assert 'datetime="2025-07-18T09:30:00' in html
    assert "/hero" in html
    assert 'Clergy at the Capitol. <span class="credit">Ana Ruiz / HIAS</span>' in html
    assert "The letter was delivered on July 18." in html
    assert "— <cite>Rabbi Miriam Adler</cite>, Senior Rabbi, Albuquerque, N.M." in html
    assert "Added the senator&#x27;s reply." in html
    summary = html.split('<aside class="petition-summary">', 1)[1].split("</aside>", 1)[0]
    assert "Protect asylum seekers" in summary and "0 signatures of 500" in summary
    assert '<a href="/topics/asylum/">Asylum</a>' in html and "Detention" not in html
    assert '<a href="/partners/refugee-aid-society/">Refugee Aid Society</a>' in html
    related_section = html.split('<section class="related"', 1)[1]
    assert '<a href="/know-your-rights/">Know your rights</a>' in related_section
    assert_promote_tab_shown(html, "clergy-deliver-letter")
    listing = client.get("/news/").content.decode()
    assert_card_shown(listing, "clergy-deliver-letter", "/news/clergy-deliver-letter/")


def test_an_editor_edits_a_story_and_readers_see_the_changes(admin_client, client, news_index):
    story = NewsPageFactory(parent=news_index, title="Vigil planned", slug="vigil")
    writer = PersonFactory(name="Dana Levin")
    story.authors = [story.authors.model(person=writer)]
    story.save_revision().publish()
    author = NewsPage.objects.get(pk=story.pk).authors.get()

    response = edit_and_publish(
        admin_client,
        story,
        story_fields(
            "Vigil held in Albuquerque",
            "vigil",
            dek="Hundreds came.",
            # The byline is removed, so the source stands in for it.
            authors=inline_formset(
                [{"id": author.pk, "person": writer.pk, "DELETE": "1"}], initial=1
            ),
            source="From a press release by HIAS",
            published_at="2025-08-02 18:00",
            body=streamfield([("paragraph", rich_text("<p>Candles lit the plaza.</p>"))]),
        ),
    )

    assert response.status_code == 302
    html = client.get("/news/vigil/").content.decode()
    assert "<h1>Vigil held in Albuquerque</h1>" in html
    assert "Hundreds came." in html
    assert "From a press release by HIAS" in html and "Dana Levin" not in html
    assert 'datetime="2025-08-02T18:00:00' in html
    assert "Candles lit the plaza." in html
