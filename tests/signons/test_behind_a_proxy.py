"""Behind the load balancer, rate limits and IP hashes belong to each visitor, not to the proxy."""

from campaigns.models import Signature
from tests.signons.posting import sign

LOAD_BALANCER = "10.0.0.5"


def sign_through_the_load_balancer(client, petition, forwarded_for, email):
    return sign(client, petition, email=email, ip=LOAD_BALANCER, forwarded_for=forwarded_for)


def test_visitors_behind_one_load_balancer_have_their_own_rate_limits(client, petition, settings):
    settings.TRUSTED_PROXIES = 1
    settings.SIGNON_RATE_LIMITS = [(1, 60)]

    first = sign_through_the_load_balancer(client, petition, "203.0.113.7", "a@example.org")
    second = sign_through_the_load_balancer(client, petition, "198.51.100.1", "b@example.org")
    again = sign_through_the_load_balancer(client, petition, "203.0.113.7", "c@example.org")

    assert (first.status_code, second.status_code, again.status_code) == (200, 200, 429)
    assert len(set(Signature.objects.values_list("ip_hash", flat=True))) == 2


def test_a_visitor_cannot_dodge_the_limit_by_writing_their_own_forwarded_for(
    client, petition, settings
):
    settings.TRUSTED_PROXIES = 1
    settings.SIGNON_RATE_LIMITS = [(1, 60)]

    sign_through_the_load_balancer(client, petition, "1.1.1.1, 203.0.113.7", "a@example.org")
    response = sign_through_the_load_balancer(
        client, petition, "2.2.2.2, 203.0.113.7", "b@example.org"
    )

    assert response.status_code == 429
