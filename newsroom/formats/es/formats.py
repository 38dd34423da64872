"""Spanish formats: Django's dates, with thousands grouped by a point (1.412) and a decimal comma."""

from django.conf.locale.es.formats import *  # noqa: F403

# Django's Spanish groups with a non-breaking space (the RAE's advice for Spain); the Latin American
# readers we serve mostly write 1.412.
THOUSAND_SEPARATOR = "."
DECIMAL_SEPARATOR = ","
