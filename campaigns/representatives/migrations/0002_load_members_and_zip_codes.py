"""A fresh database gets the members of Congress and the ZIP code table committed in data/."""

from django.db import migrations


def load_committed_data(apps, schema_editor):
    from campaigns.representatives.dataset import read_compact
    from campaigns.representatives.loading import load

    names = ("Member", "DistrictOffice", "ZipCode", "ZipSeat")
    load(read_compact(), {name: apps.get_model("representatives", name) for name in names})


class Migration(migrations.Migration):
    dependencies = [("representatives", "0001_initial")]

    operations = [migrations.RunPython(load_committed_data, migrations.RunPython.noop)]
