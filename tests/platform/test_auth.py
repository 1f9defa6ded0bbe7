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
