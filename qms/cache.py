"""The shared cache in Redis, read as empty while Redis cannot be reached.

A cache only saves work, so a Redis that is down (Redis is the broker too) must not take pages
with it. Django's RedisCache raises on a refused or timed-out connection, and every request that
touched the cache answered 500 – a report was stored and then answered 500 from the dashboard's
invalidation on commit (found by tests/qms/test_chaos.py, which stops the broker while reports
are filed). Here an operation that cannot reach Redis logs a warning and acts as if the cache
were empty: reads miss, writes are dropped, `incr` raises ValueError as for a missing key.

What remains: a change made while Redis is down cannot move the dashboard's generation on
(deviations.statistics), so figures cached before the outage may be shown until they expire
(deviations.statistics.CACHE_SECONDS) once Redis is back with its data."""

from __future__ import annotations

import functools
import logging

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

UNREACHABLE = (RedisConnectionError, RedisTimeoutError)


def _degrading(name: str, fallback):
    """Django's method `name`, answering `fallback(*arguments)` while Redis cannot be reached."""
    method = getattr(DjangoRedisCache, name)

    @functools.wraps(method)
    def degrading(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except UNREACHABLE as error:
            logger.warning("Cachen (Redis) svarar inte; %s hoppades över: %s", name, error)
            return fallback(*args, **kwargs)

    return degrading


def _missing(key, *_args, **_kwargs):
    raise ValueError(f"Key {key!r} cannot be reached.")  # what incr says of a missing key


class RedisCache(DjangoRedisCache):
    add = _degrading("add", lambda *_a, **_k: False)
    get = _degrading("get", lambda _key, default=None, version=None: default)
    set = _degrading("set", lambda *_a, **_k: None)
    touch = _degrading("touch", lambda *_a, **_k: False)
    delete = _degrading("delete", lambda *_a, **_k: False)
    get_many = _degrading("get_many", lambda *_a, **_k: {})
    has_key = _degrading("has_key", lambda *_a, **_k: False)
    incr = _degrading("incr", _missing)
    set_many = _degrading("set_many", lambda data, *_a, **_k: list(data))
    delete_many = _degrading("delete_many", lambda *_a, **_k: None)
