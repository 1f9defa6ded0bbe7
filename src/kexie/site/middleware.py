"""The interface language: Simplified Chinese unless the user picked another with the switch (pages) or asked
for another in Accept-Language (the API)."""

from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.utils import translation
from django.utils.translation.trans_real import parse_accept_lang_header

API_PREFIX = "/api/"


class LanguageMiddleware(LocaleMiddleware):
    """Like Django's LocaleMiddleware, but on pages the browser's Accept-Language does not count: office
    machines often run English-language browsers, and the product is Chinese first. The switch sets a cookie.
    An API client says what it wants in Accept-Language (the cookie counts when it sends none)."""

    def process_request(self, request):
        code = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        if request.path.startswith(API_PREFIX):
            code = accepted_language(request.META.get("HTTP_ACCEPT_LANGUAGE", "")) or code
        if code not in dict(settings.LANGUAGES):
            code = settings.LANGUAGE_CODE
        translation.activate(code)
        request.LANGUAGE_CODE = translation.get_language()


def accepted_language(header: str) -> str | None:
    """The first language of an Accept-Language header the site speaks (en-US → en), else None."""
    for code, _ in parse_accept_lang_header(header):
        if code == "*":
            return None
        try:
            return translation.get_supported_language_variant(code)
        except LookupError:
            continue
    return None
