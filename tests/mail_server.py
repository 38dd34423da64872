"""A real SMTP server on 127.0.0.1 (aiosmtpd) for tests that need mail to travel: it can be down."""

import logging
import socket
import threading

from aiosmtpd.controller import Controller

# aiosmtpd logs every SMTP command; a test needs none of that.
logging.getLogger("mail.log").setLevel(logging.WARNING)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Inbox:
    """The aiosmtpd handler: keeps every message it accepts."""

    def __init__(self):
        self.messages: list[tuple[list[str], bytes]] = []
        self.sessions = 0
        self.lock = threading.Lock()

    async def handle_EHLO(self, server, session, envelope, hostname, responses):
        with self.lock:
            self.sessions += 1
        session.host_name = hostname
        return responses

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.messages.append((list(envelope.rcpt_tos), envelope.content))
        return "250 Message accepted for delivery"

    @property
    def recipients(self) -> list[str]:
        with self.lock:
            return [rcpt for rcpts, _content in self.messages for rcpt in rcpts]


class MailServer:
    """An SMTP server on a fixed port that a test can start and stop (a mail outage)."""

    def __init__(self, port: int | None = None):
        self.port = port or free_port()
        self.inbox = Inbox()
        self.controller = None

    def start(self):
        self.controller = Controller(self.inbox, hostname="127.0.0.1", port=self.port)
        self.controller.start()
        return self

    def stop(self):
        if self.controller:
            self.controller.stop()
            self.controller = None

    def settings_for(self, settings) -> None:
        """Point Django's SMTP backend at this server."""
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST = "127.0.0.1"
        settings.EMAIL_PORT = self.port
        settings.EMAIL_USE_TLS = False
        settings.EMAIL_TIMEOUT = 5
