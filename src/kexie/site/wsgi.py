"""WSGI entry point (gunicorn kexie.site.wsgi:application)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "kexie.site.settings")
application = get_wsgi_application()
