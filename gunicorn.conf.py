"""Gunicorn settings, read from the working directory by `gunicorn qms.wsgi` (the Procfile and
the image start there). Flags on the command line (bind, workers) win over this file."""

import gunicorn.http.wsgi

# Gunicorn writes "Server: gunicorn" into every response; the software in front of the app is
# nobody's business but ours (ASVS V13.4.6). A neutral name instead.
gunicorn.http.wsgi.SERVER = "qms"
