"""Give every existing call target a locale and translation key before they become required."""

from django.db import migrations
from wagtail.models import BootstrapTranslatableModel


class Migration(migrations.Migration):
    dependencies = [("campaigns", "0006_target_bootstrap_translatable")]

    operations = [BootstrapTranslatableModel("campaigns.Target")]
