"""A webhook receiver in its own process for the webhook tests: checks each request's HMAC
signature and records it (event id, type, signature ok) as a JSON line.

usage: webhook_receiver.py PORT RECORD SECRET DROP
The first DROP requests are read whole and then the connection is cut without an answer (a
receiver that died mid-way); they are recorded with "dropped": true."""

from __future__ import annotations

import hashlib
import hmac
import json
import sys
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

port, record, secret, drop = int(sys.argv[1]), sys.argv[2], sys.argv[3], int(sys.argv[4])
state = {"dropped": 0}


class Handler(BaseHTTPRequestHandler):
    def do_POST(self):
        body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
        timestamp = self.headers.get("X-QMS-Timestamp", "")
        expected = (
            "sha256="
            + hmac.new(
                secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256
            ).hexdigest()
        )
        signed = hmac.compare_digest(expected, self.headers.get("X-QMS-Signature", ""))
        event = json.loads(body)
        dropped = state["dropped"] < drop
        with open(record, "a") as out:
            line = {
                "id": event["id"],
                "header_id": self.headers.get("X-QMS-Event-Id"),
                "type": event["type"],
                "data": event["data"],
                "signature_ok": signed,
                "dropped": dropped,
            }
            out.write(json.dumps(line) + "\n")
        if dropped:
            state["dropped"] += 1
            self.close_connection = True
            self.connection.close()  # no answer: the sender sees the connection cut
            return
        self.send_response(204 if signed else 401)
        self.end_headers()

    def log_message(self, *args):
        pass


server = ThreadingHTTPServer(("127.0.0.1", port), Handler)
print("ready", flush=True)
server.serve_forever()
