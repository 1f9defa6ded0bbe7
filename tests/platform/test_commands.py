"""The kexie command as a user runs it, in fresh data directories: demo, backup/restore, serve, settings.

These run `python -m kexie.cli` in subprocesses. Under KEXIE_DATABASE_URL they use a fresh PostgreSQL
database of their own (dropped afterwards), so the demo and backup run against PostgreSQL too.
"""

from __future__ import annotations

import json
import os
import socket
import stat
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid

import pytest

from platform_helpers import ROOT


def run(args, env, check=True, timeout=300):
    result = subprocess.run([sys.executable, "-m", "kexie.cli", *args], env=env, capture_output=True, text=True,
                            timeout=timeout, cwd=ROOT)
    if check and result.returncode != 0:
        raise AssertionError(f"kexie {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result


def base_env(data_dir, database_url=None):
    env = {k: v for k, v in os.environ.items()
           if not k.startswith("KEXIE_") and k not in ("DJANGO_SETTINGS_MODULE", "DJANGO_ALLOW_ASYNC_UNSAFE")}
    env["KEXIE_DATA_DIR"] = str(data_dir)
    env["PYTHONPATH"] = str(ROOT / "src")
    if database_url:
        env["KEXIE_DATABASE_URL"] = database_url
    return env


@pytest.fixture
def database_url():
    """None for SQLite; under KEXIE_DATABASE_URL, a fresh PostgreSQL database on the same server."""
    url = os.environ.get("KEXIE_DATABASE_URL")
    if not url:
        yield None
        return
    import psycopg
    name = f"kexie_cli_{uuid.uuid4().hex[:10]}"
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    base = url.rsplit("/", 1)[0]
    try:
        yield f"{base}/{name}"
    finally:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def test_demo_twice_then_backup_and_restore_elsewhere(tmp_path, database_url):
    env = base_env(tmp_path / "a", database_url)
    first = run(["demo", "--no-serve"], env)
    assert "http://127.0.0.1:8000/" in first.stdout
    assert "zunyi-admin" in first.stdout and "kexie-demo-2022" in first.stdout
    assert first.stdout.count(": stored for") == 5
    again = run(["demo", "--no-serve", "--port", "8123"], env)
    assert again.stdout.count("already stored") == 5 and "http://127.0.0.1:8123/" in again.stdout
    archive = tmp_path / "backup.zip"
    run(["backup", str(archive)], env)

    # Restore on another machine: a fresh data directory with its own SQLite database.
    elsewhere = base_env(tmp_path / "b")
    restored = run(["restore", str(archive)], elsewhere)
    # the five seeds, the county plan the ledger demo files for record (备案) and 贵州省科协's 黔科协发〔2022〕17号
    # (the policy chain's demo); the seven demo sign-ins
    # and one 经办 for each unit the ledger demo acts for (two of them the towns 中山市科协 relays to; 四川's cities
    # need none: the province records their reports from the newspaper page), and for the two 保定 districts the
    # 办实事 demo assigns requests to (workers.demo_requests), and the 陕西 units of the 推荐评选 and 志愿服务 demos
    assert "7 documents.Document" in restored.stdout and "31 auth.User" in restored.stdout
    count = ("from kexie.ledger.models import Assignment, Report; "
             "print(Assignment.objects.count(), Report.objects.count())")
    ledger_here = run(["shell", "-c", count], env).stdout.split()
    assert int(ledger_here[0]) > 0 and run(["shell", "-c", count], elsewhere).stdout.split() == ledger_here
    # the 7 documents and one more stored file: the demo nominations' 推荐表 (the same bytes, kept once)
    assert len([p for p in (tmp_path / "b" / "originals").rglob("*") if p.is_file()]) == 8
    assert run(["restore", str(archive)], elsewhere, check=False).returncode != 0  # not into a full database
    ingest = run(["ingest", str(ROOT / "src/kexie/site/demo/seeds"), "--org", "遵义市科协"], elsewhere)
    assert ingest.stdout.count("already stored") == 1 and ingest.stdout.count(": stored") == 4


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url):
    try:
        with urllib.request.urlopen(urllib.request.Request(url), timeout=10) as response:
            return response.status, dict(response.headers), response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return e.code, dict(e.headers), e.read().decode("utf-8", "replace")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def test_serve_is_production(tmp_path):
    port = free_port()
    env = base_env(tmp_path / "data")
    env["KEXIE_DEBUG"] = "1"  # serve turns it off regardless
    server = subprocess.Popen([sys.executable, "-m", "kexie.cli", "serve", "--bind", f"127.0.0.1:{port}",
                               "--workers", "1"], env=env, cwd=ROOT, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(120):
            try:
                if fetch(f"{base}/healthz")[0] == 200:
                    break
            except OSError:
                pass
            if server.poll() is not None:
                raise AssertionError(server.stdout.read())
            time.sleep(0.5)
        else:
            raise AssertionError("kexie serve did not answer")
        status, headers, body = fetch(f"{base}/accounts/login/")
        assert status == 200 and "登录" in body and headers["Server"].startswith("gunicorn")
        csp = headers["Content-Security-Policy"]
        assert "default-src 'self'" in csp and "script-src 'self'" in csp and "unsafe-inline" not in csp
        assert headers["X-Frame-Options"] == "DENY" and headers["X-Content-Type-Options"] == "nosniff"
        # Every asset the page uses is served by the app itself.
        assert "http://" not in body.replace(base, "") and "https://" not in body
        status, headers, css = fetch(f"{base}/static/kexie/site.css")
        assert status == 200 and ".topbar" in css
        assert fetch(f"{base}/static/documents/upload.js")[0] == 200
        assert fetch(f"{base}/static/admin/css/base.css")[0] == 200
        # No debug pages.
        status, _, body = fetch(f"{base}/no-such-page/")
        assert status == 404 and "Traceback" not in body and "URLconf" not in body
        opener = urllib.request.build_opener(NoRedirect)
        try:
            opener.open(f"{base}/documents/")
            raise AssertionError("expected a redirect to sign in")
        except urllib.error.HTTPError as e:
            assert e.code == 302 and "/accounts/login/" in e.headers["Location"]
        key = tmp_path / "data" / "secret_key"
        assert key.exists() and stat.S_IMODE(key.stat().st_mode) == 0o600 and len(key.read_text()) >= 50
    finally:
        server.terminate()
        server.wait(timeout=30)


def settings_in(env, *names):
    code = ("import json, django; from django.conf import settings; django.setup(); "
            f"print(json.dumps({{n: str(getattr(settings, n, None)) for n in {list(names)!r}}}))")
    result = subprocess.run([sys.executable, "-c", code], env={**env, "DJANGO_SETTINGS_MODULE": "kexie.site.settings"},
                            capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_settings_from_the_environment(tmp_path):
    env = base_env(tmp_path / "d")
    plain = settings_in(env, "DEBUG", "SESSION_COOKIE_SECURE", "SECRET_KEY", "LANGUAGE_CODE", "DATABASES")
    assert plain["DEBUG"] == "False" and plain["SESSION_COOKIE_SECURE"] == "False"
    assert plain["LANGUAGE_CODE"] == "zh-hans" and "sqlite3" in plain["DATABASES"]
    assert plain["SECRET_KEY"] == (tmp_path / "d" / "secret_key").read_text().strip()
    assert settings_in(env, "SECRET_KEY")["SECRET_KEY"] == plain["SECRET_KEY"]  # generated once, then kept
    https = settings_in({**env, "KEXIE_HTTPS": "1", "KEXIE_SECRET_KEY": "from-the-environment-" + "x" * 40,
                         "KEXIE_ALLOWED_HOSTS": "kexie.example.org"},
                        "SESSION_COOKIE_SECURE", "CSRF_COOKIE_SECURE", "SECURE_HSTS_SECONDS",
                        "SECURE_PROXY_SSL_HEADER", "SECRET_KEY", "ALLOWED_HOSTS")
    assert https["SESSION_COOKIE_SECURE"] == "True" and https["CSRF_COOKIE_SECURE"] == "True"
    assert int(https["SECURE_HSTS_SECONDS"]) > 0 and "HTTP_X_FORWARDED_PROTO" in https["SECURE_PROXY_SSL_HEADER"]
    assert https["SECRET_KEY"].startswith("from-the-environment-")
    assert https["ALLOWED_HOSTS"] == "['kexie.example.org']"
    pg = settings_in({**env, "KEXIE_DATABASE_URL": "postgres://u:p@db.example.org:5432/kexie"}, "DATABASES")
    assert "postgresql" in pg["DATABASES"] and "db.example.org" in pg["DATABASES"]
