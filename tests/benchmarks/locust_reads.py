"""The read-only mix of tests/benchmarks/bench_scaling.py: the working day of bench_http's load
test (locustfile.Person's tasks: lists and search, case pages, the statistics, the start page)
without the reports, and without think time: each virtual user sends its next request as soon as
the answer is in, so a few users keep every web process busy (capacity, not a day's latency).

Run by bench_scaling.py as `locust -f tests/benchmarks/locust_reads.py … Reader`."""

from __future__ import annotations

import os

if os.environ.get("BENCH_LOAD_CONFIG"):
    from locust import constant
    from locust.contrib.fasthttp import FastHttpUser

    from tests.benchmarks import locustfile

    class Reader(FastHttpUser):
        # Not a subclass of Person: locust would add Person's tasks (the reports) back.
        wait_time = constant(0)
        network_timeout = 30.0
        connection_timeout = 30.0
        on_start = locustfile.Person.on_start
        tasks = [task for task in locustfile.Person.tasks if task.__name__ != "report"]
