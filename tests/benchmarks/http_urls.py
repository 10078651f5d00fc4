"""URLs of the HTTP benchmark: the product's, the floor page and the admin changelist of
deviations. Only tests.benchmarks.http_settings uses this module."""

from __future__ import annotations

import resource
import time
from pathlib import Path

from django.contrib import admin
from django.core.cache import caches
from django.db import connection
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import path

from deviations.models import Deviation
from qms.urls import urlpatterns as product_urlpatterns

QUERIES_HEADER = "X-Bench-Queries"
APP_CPU_HEADER = "X-Bench-App-CPU"
DB_CPU_HEADER = "X-Bench-DB-CPU"
FAULTS_HEADER = "X-Bench-Page-Faults"
COLD_HEADER = "HTTP_X_BENCH_COLD"
# Sent by bench_http.py's page measurements; the load test's requests do not send it, so that
# they are served as a user's are, without the counting below.
MEASURE_HEADER = "X-Bench-Measure"


def benchmark_middleware(get_response):
    """Counts the request's database queries (all of them: session, user, view, templates) into
    a response header, with the CPU time the request cost this process (the thread's own) and
    the PostgreSQL backend that answered its queries (read from /proc: the benchmark's server
    runs on this machine), and the page faults of the worker's thread. With `X-Bench-Cold: P`
    first empties the cache keys that start with the glob pattern P (a page's own cached
    figures: the statistics dashboard's, or the overview's), leaving the others warm. Only a
    request with `X-Bench-Measure` is counted: the rest (the load test's) pass straight on."""

    def middleware(request: HttpRequest) -> HttpResponse:
        if cold := request.META.get(COLD_HEADER):
            for backend in caches.all():
                clear_own_keys(backend, cold)
        if "HTTP_X_BENCH_MEASURE" not in request.META:
            return get_response(request)
        queries = 0
        backend_pid = None
        db_before = 0

        def count(execute, sql, params, many, context):
            nonlocal queries, backend_pid, db_before
            if backend_pid is None:  # the connection the pool lent this request
                backend_pid = context["connection"].connection.info.backend_pid
                db_before = cpu_ns(backend_pid)
            queries += 1
            return execute(sql, params, many, context)

        started = time.thread_time_ns()
        faults = resource.getrusage(resource.RUSAGE_THREAD).ru_minflt
        with connection.execute_wrapper(count):
            response = get_response(request)
        response[APP_CPU_HEADER] = f"{(time.thread_time_ns() - started) / 1e6:.3f}"
        # Page faults of the worker's thread: hundreds a request mean memory mapped and unmapped
        # again and again, which a Python profile does not show (qms/stack.py).
        response[FAULTS_HEADER] = str(resource.getrusage(resource.RUSAGE_THREAD).ru_minflt - faults)
        if backend_pid is not None:
            response[DB_CPU_HEADER] = f"{(cpu_ns(backend_pid) - db_before) / 1e6:.3f}"
        response[QUERIES_HEADER] = str(queries)
        return response

    return middleware


def cpu_ns(pid: int) -> int:
    """Nanoseconds a process has run on a CPU (/proc/PID/schedstat's first field)."""
    try:
        return int(Path(f"/proc/{pid}/schedstat").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 0


def clear_own_keys(backend, pattern: str = "") -> None:
    """Delete this site's keys that match the glob `pattern` (all of them when empty), without
    touching anyone else's: Redis is shared on this machine, and RedisCache.clear() would be
    FLUSHDB."""
    client = getattr(backend, "_cache", None)
    if client is None or not hasattr(client, "get_client"):
        backend.clear()  # local memory: this process's own
        return
    redis = client.get_client(write=True)
    pattern = backend.make_key(f"{pattern}*")
    keys = list(redis.scan_iter(match=pattern, count=1000))
    if keys:
        redis.delete(*keys)


def floor(request: HttpRequest) -> HttpResponse:
    """The floor: a logged-in page that extends base.html and does nothing else."""
    return render(request, "bench/floor.html")


class BenchmarkAdminSite(admin.AdminSite):
    """Django's admin as the generic peer of our list, open to any logged-in user here."""

    site_url = None

    def has_permission(self, request: HttpRequest) -> bool:
        return request.user.is_active and request.user.is_authenticated


class DeviationAdmin(admin.ModelAdmin):
    # The columns of our list, the same number of rows per page; the admin keeps its own ways
    # (an exact COUNT of the table, its templates).
    list_display = ["number", "title", "unit", "category", "status", "created_at"]
    list_select_related = ["unit", "category__parent"]
    list_per_page = 25

    def has_view_permission(self, request, obj=None) -> bool:
        return True

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


bench_admin = BenchmarkAdminSite(name="bench_admin")
bench_admin.register(Deviation, DeviationAdmin)

urlpatterns = [
    path("bench/golv/", floor, name="bench_floor"),
    path("bench/admin/", bench_admin.urls),
    *product_urlpatterns,
]
