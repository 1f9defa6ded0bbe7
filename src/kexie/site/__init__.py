"""The kexie Django project: settings, URLs, WSGI/ASGI, base templates, static files, demo data and commands."""
