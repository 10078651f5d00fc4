"""A real SMTP server for tests, run as its own process: records each accepted message.

    python tests/smtp_receiver.py PORT RECORD_FILE [HOLD_FILE [DELAY]]

Every message the server accepts is appended to RECORD_FILE as one JSON line (Message-ID,
recipients, subject). While HOLD_FILE exists, the server records a message and then waits
before it answers "250": the window in which the sender has handed the message over but does
not know it yet – where a killed worker would leave it. The Message-ID of each message whose
"250" was held back is appended to HOLD_FILE's name + ".jsonl", so a test knows every message
that was in that window (the sender may also give up waiting, after its timeout, and send the
next one). DELAY (seconds) holds back every "250"
that long, so that faults land in that window more often. Prints "ready" when it listens.
"""

from __future__ import annotations

import asyncio
import json
import sys
from email import message_from_bytes
from email.policy import default
from pathlib import Path

from aiosmtpd.controller import Controller


class Recorder:
    def __init__(self, record: Path, hold: Path | None, delay: float):
        self.record = record
        self.hold = hold
        self.delay = delay

    async def handle_DATA(self, server, session, envelope):
        message = message_from_bytes(envelope.content, policy=default)
        line = {
            "message_id": message["Message-ID"],
            "to": envelope.rcpt_tos,
            "subject": message["Subject"],
        }
        held = self.hold is not None and self.hold.exists()
        if held:  # noted before the message is recorded: a test that sees it knows whether it waits
            with self.hold.with_name(self.hold.name + ".jsonl").open("a") as record:
                record.write(json.dumps(line["message_id"]) + "\n")
        with self.record.open("a") as record:
            record.write(json.dumps(line) + "\n")
        while held and self.hold.exists():
            await asyncio.sleep(0.1)
        await asyncio.sleep(self.delay)
        return "250 Message accepted for delivery"


def main() -> None:
    port, record = int(sys.argv[1]), Path(sys.argv[2])
    hold = Path(sys.argv[3]) if len(sys.argv) > 3 else None
    delay = float(sys.argv[4]) if len(sys.argv) > 4 else 0.0
    controller = Controller(Recorder(record, hold, delay), hostname="127.0.0.1", port=port)
    controller.start()
    print("ready", flush=True)
    try:
        asyncio.run(asyncio.Event().wait())
    finally:
        controller.stop()


if __name__ == "__main__":
    main()
