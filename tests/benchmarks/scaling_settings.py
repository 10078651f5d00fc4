"""Settings of the scaling benchmark (tests/benchmarks/bench_scaling.py): the production settings,
with sessions in the cache (the shared Redis) instead of the database, so that the benchmark logs
its virtual users in without writing to the shared, read-only benchmark database. Never used by
the product."""

from qms.settings import *  # noqa: F403

SESSION_ENGINE = "django.contrib.sessions.backends.cache"
