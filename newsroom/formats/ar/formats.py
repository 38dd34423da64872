"""Modern Standard Arabic formats with Western digits: 1,412 and 2.5, and a full date and time."""

from django.conf.locale.ar.formats import *  # noqa: F403

# Django's Arabic groups with a point and writes a decimal comma; printed with Western digits, as
# our pages are, 1.412 reads as one and a fraction to most Arabic readers.
THOUSAND_SEPARATOR = ","
DECIMAL_SEPARATOR = "."
NUMBER_GROUPING = 3
# Django leaves the Arabic date-and-time format unset, which falls back to English word order.
DATETIME_FORMAT = "j F، Y، g:i A"
