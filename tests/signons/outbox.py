"""Run the delivery worker the way an operator does, for the emails signatures are owed."""

from django.core.management import call_command


def deliver():
    """`manage.py deliver --once`: send every email that is due now."""
    call_command("deliver", "--once", verbosity=0)
