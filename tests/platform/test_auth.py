"""Sign-in: the login page, lockout after repeated failures, password rules, sign-out."""

from __future__ import annotations

import pytest
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.urls import reverse

pytestmark = pytest.mark.django_db


def sign_in(client, username, password):
    return client.post(reverse("login"), {"username": username, "password": password})


def test_sign_in_and_out(client, demo):
    response = sign_in(client, "zunyi-staff", "kexie-demo-2022")
    assert response.status_code == 302 and response["Location"] == reverse("home")
    home = client.get(reverse("home")).content.decode()
    assert "遵义市科学技术协会" in home and "经办" in home
    assert client.post(reverse("logout")).status_code == 302
    assert client.get(reverse("home")).status_code == 302


def test_wrong_password_says_so(client, demo):
    response = sign_in(client, "zunyi-staff", "wrong-password")
    assert response.status_code == 200
    assert "用户名或密码不正确" in response.content.decode()


def test_lockout_after_repeated_failures(client, demo, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "zunyi-staff", "wrong-password")
    # Now even the right password is refused, with a page that says why.
    response = sign_in(client, "zunyi-staff", "kexie-demo-2022")
    assert response.status_code == 429
    assert "锁定" in response.content.decode()
    assert client.get(reverse("home")).status_code == 302
    # Another user from the same address is not locked.
    assert sign_in(client, "zunyi-admin", "kexie-demo-2022").status_code == 302


def test_api_token_endpoint_is_locked_too(client, demo, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        client.post("/api/token/", {"username": "zunyi-staff", "password": "wrong"})
    assert client.post("/api/token/", {"username": "zunyi-staff", "password": "kexie-demo-2022"}).status_code != 200


@pytest.mark.parametrize("password", ["short1", "12345678901", "password123", "zunyi-staff1"])
def test_weak_passwords_are_refused(user, password):
    with pytest.raises(ValidationError):
        validate_password(password, user("zunyi-staff"))


def test_password_change_applies_the_rules(client_for):
    client = client_for("zunyi-staff")
    response = client.post(reverse("password_change"), {"old_password": "kexie-demo-2022",
                                                        "new_password1": "123", "new_password2": "123"})
    assert response.status_code == 200
    ok = client.post(reverse("password_change"), {"old_password": "kexie-demo-2022",
                                                  "new_password1": "遵义科协-督办-2024", "new_password2": "遵义科协-督办-2024"})
    assert ok.status_code == 302


@pytest.fixture
def behind_proxy(settings):
    """One reverse proxy in front (KEXIE_PROXY_COUNT=1): it connects from 127.0.0.1 and appends the client."""
    from kexie.site.settings import client_address_settings
    for name, value in client_address_settings(1).items():
        setattr(settings, name, value)

    def post(client, username, password, address, spoofed=""):
        forwarded = f"{spoofed}, {address}" if spoofed else address
        return client.post(reverse("login"), {"username": username, "password": password},
                           REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR=forwarded)
    return post


def test_lockout_behind_a_proxy_locks_the_name_for_that_address_only(client, demo, settings, behind_proxy):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        # The attacker also writes addresses of its own into the header: only the proxy's entry counts.
        behind_proxy(client, "zunyi-staff", "wrong-password", "203.0.113.7", spoofed="198.51.100.9")
    assert behind_proxy(client, "zunyi-staff", "kexie-demo-2022", "203.0.113.7").status_code == 429
    # The same name from the real user's address (through the same proxy) still signs in.
    assert behind_proxy(client, "zunyi-staff", "kexie-demo-2022", "198.51.100.9").status_code == 302


def test_without_a_proxy_x_forwarded_for_is_ignored(client, demo, settings):
    from kexie.site.settings import client_address_settings
    for name, value in client_address_settings(0).items():
        setattr(settings, name, value)
    for n in range(settings.AXES_FAILURE_LIMIT):
        # Changing the header on every try does not escape the lockout of the real address.
        client.post(reverse("login"), {"username": "zunyi-staff", "password": "wrong"},
                    REMOTE_ADDR="203.0.113.7", HTTP_X_FORWARDED_FOR=f"198.51.100.{n}")
    locked = client.post(reverse("login"), {"username": "zunyi-staff", "password": "kexie-demo-2022"},
                         REMOTE_ADDR="203.0.113.7", HTTP_X_FORWARDED_FOR="198.51.100.200")
    assert locked.status_code == 429
    assert client.post(reverse("login"), {"username": "zunyi-staff", "password": "kexie-demo-2022"},
                       REMOTE_ADDR="203.0.113.8").status_code == 302
