"""Settings of the HTTP benchmark (tests/benchmarks/bench_http.py): the production settings, plus
what only the benchmark needs. Never used by the product.

- ROOT_URLCONF adds the floor page and Django's admin changelist of deviations (the product keeps
  deviations out of its admin on purpose: the admin would bypass `visible_to`).
- A first middleware reports each request's query count in a response header, and empties this
  process's cache when a request asks for a cold cache (statistics "computed").
"""

from qms.settings import *  # noqa: F403
from qms.settings import BASE_DIR, MIDDLEWARE, TEMPLATES

ROOT_URLCONF = "tests.benchmarks.http_urls"
TEMPLATES[0]["DIRS"] = [*TEMPLATES[0]["DIRS"], BASE_DIR / "tests" / "benchmarks" / "templates"]
MIDDLEWARE = ["tests.benchmarks.http_urls.benchmark_middleware", *MIDDLEWARE]
