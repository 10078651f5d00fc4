# The production image. web (gunicorn), worker (celery worker) and beat (celery beat) all run
# from it; docker-compose.yml shows how. See docs/operations.md.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1

# WeasyPrint's text stack (Pango, HarfBuzz) and a font, libmagic, gettext (msgfmt):
# the same list as RUN_DEBS in the Makefile.
# The PostgreSQL 16 client (the server's version in docker-compose.yml) for `manage.py backup` and
# `restore`, from the PostgreSQL project's own apt repository (Debian 12 has only 15).
RUN apt-get update \
    && apt-get install -y --no-install-recommends \
        libpango-1.0-0 libpangoft2-1.0-0 libharfbuzz0b libharfbuzz-subset0 \
        fonts-dejavu-core libmagic1 gettext ca-certificates curl \
    && install -d /usr/share/postgresql-common/pgdg \
    && curl -fsSL -o /usr/share/postgresql-common/pgdg/apt.postgresql.org.asc \
        https://www.postgresql.org/media/keys/ACCC4CF8.asc \
    && echo "deb [signed-by=/usr/share/postgresql-common/pgdg/apt.postgresql.org.asc]" \
        "https://apt.postgresql.org/pub/repos/apt bookworm-pgdg main" \
        > /etc/apt/sources.list.d/pgdg.list \
    && apt-get update \
    && apt-get install -y --no-install-recommends postgresql-client-16 \
    && rm -rf /var/lib/apt/lists/*

WORKDIR /app

# Runtime dependencies only (not the dev group), every file checked against the lock's hashes.
COPY requirements.lock ./
RUN pip install --require-hashes -r requirements.lock

# The code, path by path rather than `COPY . .`: the build context may hold .venv/, var/ (a
# development database, e-mail files) or a .env with SECRET_KEY, none of which belong in an
# image. Add each new app directory (deviations/, audits/, …) here.
COPY manage.py pyproject.toml gunicorn.conf.py ./
COPY qms/ qms/
COPY deviations/ deviations/
COPY certifications/ certifications/
COPY audits/ audits/
COPY reviews/ reviews/
COPY identity/ identity/
COPY provisioning/ provisioning/
COPY imports/ imports/
COPY records/ records/
COPY api/ api/
COPY templates/ templates/
COPY static/ static/
# locale/ appears with the first catalogue (`make messages`). A wildcard that matches nothing
# copies nothing, so the build works before that too.
COPY locale* locale/

# Compile every translation catalogue that exists; none is fine.
RUN for po in locale/*/LC_MESSAGES/django.po; do \
        [ -e "$po" ] || continue; \
        msgfmt --check -o "${po%.po}.mo" "$po"; \
    done

# Hashed, compressed static files into STATIC_ROOT (/app/var/static), served by whitenoise.
# The settings refuse to load without SECRET_KEY when DEBUG is off: this throwaway value exists
# only for this one command and is not stored in the image.
RUN SECRET_KEY=collectstatic-only-not-a-secret python manage.py collectstatic --noinput

# Run as an unprivileged user. It owns only MEDIA_ROOT (/app/var/media, a volume in compose) and
# the folder large uploads are received into (/app/var/tmp); the code and the static files stay
# read-only to it.
# A fixed numeric id: Kubernetes' runAsNonRoot can check it (deploy/helm runs as 10001).
RUN groupadd --system --gid 10001 qms \
    && useradd --system --uid 10001 --gid qms --create-home --home-dir /home/qms \
        --shell /usr/sbin/nologin qms \
    && mkdir -p var/media var/tmp/uploads \
    && chown qms:qms var/media var/tmp var/tmp/uploads
USER 10001:10001

EXPOSE 8000
CMD ["gunicorn", "qms.wsgi", "--bind", "0.0.0.0:8000", "--workers", "3", "--access-logfile", "-"]
