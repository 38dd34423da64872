"""Move the words and links that differ by language from SiteSettings to a translatable SiteChrome.

The source language's chrome is made from the default site's settings (or the defaults a fresh
database would show), so every page reads as it did before.
"""

import json
import uuid

import django.db.models.deletion
import wagtail.fields
from django.conf import settings
from django.db import migrations, models

DEFAULT_SITE_NAME = "Coalition Newsroom"


def source_locale(apps):
    Locale = apps.get_model("wagtailcore", "Locale")
    return (
        Locale.objects.filter(language_code=settings.LANGUAGE_CODE).first()
        or Locale.objects.order_by("pk").first()
    )


def copy_chrome_from_site_settings(apps, schema_editor):
    SiteChrome = apps.get_model("home", "SiteChrome")
    SiteSettings = apps.get_model("home", "SiteSettings")
    Site = apps.get_model("wagtailcore", "Site")
    locale = source_locale(apps)
    if locale is None or SiteChrome.objects.filter(locale=locale).exists():
        return
    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    site_settings = SiteSettings.objects.filter(site=site).first() if site else None
    SiteChrome.objects.create(
        locale=locale,
        translation_key=uuid.uuid4(),
        site_name=(site.site_name if site else "") or DEFAULT_SITE_NAME,
        navigation=json.dumps(list(site_settings.navigation.raw_data)) if site_settings else "[]",
        footer_text=site_settings.footer_text if site_settings else "",
        donate_label="Donate",
        donate_url=site_settings.donate_url if site_settings else "",
        newsletter_label="Sign up for updates",
        newsletter_url=site_settings.newsletter_url if site_settings else "",
    )


def copy_chrome_to_site_settings(apps, schema_editor):
    SiteChrome = apps.get_model("home", "SiteChrome")
    SiteSettings = apps.get_model("home", "SiteSettings")
    chrome = SiteChrome.objects.filter(locale=source_locale(apps)).first()
    if chrome is None:
        return
    for site_settings in SiteSettings.objects.all():
        site_settings.navigation = json.dumps(list(chrome.navigation.raw_data))
        site_settings.footer_text = chrome.footer_text
        site_settings.donate_url = chrome.donate_url
        site_settings.newsletter_url = chrome.newsletter_url
        site_settings.save()


class Migration(migrations.Migration):

    dependencies = [
        ('home', '0007_site_brand'),
        ('home', '0003_create_locales'),
        ('wagtailcore', '0097_baselogentry_uuid_action_timestamp_indexes'),
    ]

    operations = [
        migrations.CreateModel(
            name='SiteChrome',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('translation_key', models.UUIDField(default=uuid.uuid4, editable=False)),
                ('site_name', models.CharField(help_text="Beside the logo, in the footer and in every browser tab's title.", max_length=100, verbose_name='site name')),
                ('navigation', wagtail.fields.StreamField([('link', 3)], blank=True, block_lookup={0: ('wagtail.blocks.CharBlock', (), {'label': 'Label', 'max_length': 60}), 1: ('wagtail.blocks.PageChooserBlock', (), {'help_text': 'Readers go to this page in their own language when it is translated.', 'label': 'Page', 'required': False}), 2: ('wagtail.blocks.URLBlock', (), {'help_text': 'Only when the link goes outside this site.', 'label': 'Address', 'required': False}), 3: ('wagtail.blocks.StructBlock', [[('label', 0), ('page', 1), ('url', 2)]], {})}, help_text='The links across the top of every page, in order.', verbose_name='menu')),
                ('footer_text', wagtail.fields.RichTextField(blank=True, help_text='Who we are, shown at the foot of every page.', verbose_name='footer text')),
                ('donate_label', models.CharField(blank=True, help_text="The words on the header's donate button. Empty: 'Donate'.", max_length=40, verbose_name='donate label')),
                ('donate_url', models.URLField(blank=True, help_text='Where the donate button goes. Empty: no donate button.', verbose_name='donate address')),
                ('newsletter_label', models.CharField(blank=True, help_text="The words on the footer's newsletter button. Empty: 'Sign up for updates'.", max_length=60, verbose_name='newsletter label')),
                ('newsletter_url', models.URLField(blank=True, help_text='Where readers sign up for email updates. Empty: no newsletter button.', verbose_name='newsletter address')),
                ('locale', models.ForeignKey(editable=False, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='wagtailcore.locale', verbose_name='locale')),
            ],
            options={
                'verbose_name': 'site chrome',
                'verbose_name_plural': 'site chrome',
                'abstract': False,
                'unique_together': {('translation_key', 'locale')},
            },
        ),
        migrations.RunPython(copy_chrome_from_site_settings, copy_chrome_to_site_settings),
        migrations.RemoveField(
            model_name='sitesettings',
            name='donate_url',
        ),
        migrations.RemoveField(
            model_name='sitesettings',
            name='footer_text',
        ),
        migrations.RemoveField(
            model_name='sitesettings',
            name='navigation',
        ),
        migrations.RemoveField(
            model_name='sitesettings',
            name='newsletter_url',
        ),
    ]
