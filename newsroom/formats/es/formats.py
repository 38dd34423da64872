"""Spanish formats: Django's dates, with thousands grouped by a point (1.412) and a decimal comma."""

from django.conf.locale.es.formats import *  # noqa: F403

# Django's Spanish groups with a non-breaking space (the RAE's advice); we print 1.412, the grouping
# much of Latin America uses (Mexico and Central America write 1,412: change it here if need be).
THOUSAND_SEPARATOR = "."
DECIMAL_SEPARATOR = ","
