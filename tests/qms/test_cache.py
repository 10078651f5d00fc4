"""The shared cache while Redis cannot be reached: empty, never an error (issue 13)."""

from __future__ import annotations

import socket
import time

import pytest

from qms.cache import RedisCache


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_cache_whose_redis_is_down_reads_as_empty_and_drops_writes(caplog):
    cache = RedisCache(
        f"redis://127.0.0.1:{closed_port()}/0",
        {"OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1}},
    )
    started = time.monotonic()
    assert cache.get("figures", "default") == "default"
    assert cache.get_many(["a", "b"]) == {}
    assert cache.has_key("a") is False
    assert cache.add("a", 1) is False
    cache.set("a", 1)
    assert cache.set_many({"a": 1, "b": 2}) == ["a", "b"]
    assert cache.touch("a") is False
    assert cache.delete("a") is False
    cache.delete_many(["a"])
    with pytest.raises(ValueError):  # as for a missing key: callers already handle it
        cache.incr("generation")
    assert time.monotonic() - started < 10
    assert "Cachen (Redis) svarar inte" in caplog.text
