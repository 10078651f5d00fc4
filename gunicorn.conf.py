"""Gunicorn settings, read from the working directory by `gunicorn qms.wsgi` (the Procfile and
the image start there). Flags on the command line (bind, workers) win over this file."""

import os

import gunicorn.http.wsgi

# With PROMETHEUS_MULTIPROC_DIR (deploy/helm sets it) the folder must exist and start empty.
if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
    os.makedirs(os.environ["PROMETHEUS_MULTIPROC_DIR"], exist_ok=True)

# Threads per worker process (WEB_THREADS, default 1: sync workers, one request at a time each).
# More than 1 makes gunicorn use its gthread worker: a process serves that many requests at once,
# each thread with its own database connection from the process's pool (DATABASE_POOL, at most
# 10). Measured on two shared cores (docs/operations.md, *Sizing*): 2 workers × 4 threads served
# the 200-user load test no faster than 3 sync workers at the same load. A thread stuck in a
# request is not killed by --timeout as a sync worker is.
threads = int(os.environ.get("WEB_THREADS", "1"))

# Gunicorn writes "Server: gunicorn" into every response; the software in front of the app is
# nobody's business but ours (ASVS V13.4.6). A neutral name instead.
gunicorn.http.wsgi.SERVER = "qms"


# Python's garbage collector leaves alone what a worker keeps for its whole life (qms/gcfreeze.py):
# frozen when the worker has loaded the app, and once more after its first GC_FREEZE_AFTER
# requests (default 100; 0: only at start), when the templates and translations exist too.
def post_worker_init(worker):
    from qms import gcfreeze

    gcfreeze.freeze("worker start")
    gcfreeze.freeze_after(int(os.environ.get("GC_FREEZE_AFTER", "100")))


def child_exit(server, worker):
    """With PROMETHEUS_MULTIPROC_DIR set, each worker writes its metrics there and /metrics adds
    them up; a worker that exits has its live gauges removed (prometheus-client's rule)."""
    if os.environ.get("PROMETHEUS_MULTIPROC_DIR"):
        from prometheus_client import multiprocess

        multiprocess.mark_process_dead(worker.pid)
