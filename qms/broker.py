"""kombu's file broker, as a worker should meet it (the broker without REDIS_URL).

kombu's filesystem transport counts no error as a lost connection, so when its folder cannot be
read or written for a moment (the disk full, the folder moved or remounted) the worker met an
"unrecoverable error" and exited. Here an OSError is a lost connection: the worker waits and
reconnects, as it does when Redis stops, and a publisher's retry policy applies (found by
tests/qms/test_chaos.py, which takes the folder away while reports are filed)."""

from __future__ import annotations

from kombu.transport import filesystem


class FileTransport(filesystem.Transport):
    connection_errors = (*filesystem.Transport.connection_errors, OSError)
