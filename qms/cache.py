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

import logging

from django.core.cache.backends.redis import RedisCache as DjangoRedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

UNREACHABLE = (RedisConnectionError, RedisTimeoutError)


def _unreachable(operation: str, error: Exception) -> None:
    logger.warning("Cachen (Redis) svarar inte; %s hoppades över: %s", operation, error)


class RedisCache(DjangoRedisCache):
    def add(self, key, *args, **kwargs):
        try:
            return super().add(key, *args, **kwargs)
        except UNREACHABLE as error:
            _unreachable("add", error)
            return False

    def get(self, key, default=None, version=None):
        try:
            return super().get(key, default, version)
        except UNREACHABLE as error:
            _unreachable("get", error)
            return default

    def set(self, key, *args, **kwargs):
        try:
            return super().set(key, *args, **kwargs)
        except UNREACHABLE as error:
            _unreachable("set", error)

    def touch(self, key, *args, **kwargs):
        try:
            return super().touch(key, *args, **kwargs)
        except UNREACHABLE as error:
            _unreachable("touch", error)
            return False

    def delete(self, key, *args, **kwargs):
        try:
            return super().delete(key, *args, **kwargs)
        except UNREACHABLE as error:
            _unreachable("delete", error)
            return False

    def get_many(self, keys, *args, **kwargs):
        try:
            return super().get_many(keys, *args, **kwargs)
        except UNREACHABLE as error:
            _unreachable("get_many", error)
            return {}

    def has_key(self, key, *args, **kwargs):
        try:
            return super().has_key(key, *args, **kwargs)
        except UNREACHABLE as error:
            _unreachable("has_key", error)
            return False

    def incr(self, key, *args, **kwargs):
        try:
            return super().incr(key, *args, **kwargs)
        except UNREACHABLE as error:
            _unreachable("incr", error)
            raise ValueError(f"Key {key!r} cannot be reached.") from error

    def set_many(self, data, *args, **kwargs):
        try:
            return super().set_many(data, *args, **kwargs)
        except UNREACHABLE as error:
            _unreachable("set_many", error)
            return list(data)

    def delete_many(self, keys, *args, **kwargs):
        try:
            return super().delete_many(keys, *args, **kwargs)
        except UNREACHABLE as error:
            _unreachable("delete_many", error)
