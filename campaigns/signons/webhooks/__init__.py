"""Webhooks: sign-on events pushed to the coalition's and partners' CRMs, signed, with retries.

models.py (the webhooks staff configure, and each delivery, which is its own outbox), events.py
(which event goes to which webhook), payload.py (the OSDI-shaped bodies), signing.py (how a
delivery is signed and verified), sending.py (the delivery worker's step).
"""
