"""A TCP proxy a test can cut and restore: a database that goes away and comes back, for real."""

import contextlib
import socket
import threading


class FaultProxy:
    """Forwards 127.0.0.1:<port> to `target`; cut() refuses and drops every connection."""

    def __init__(self, target: tuple[str, int]):
        self.target = target
        self.listener = None
        self.port = None
        self.open_sockets: list[socket.socket] = []
        self.lock = threading.Lock()

    def start(self):
        self.listener = socket.socket()
        self.listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.listener.bind(("127.0.0.1", self.port or 0))
        self.port = self.listener.getsockname()[1]
        self.listener.listen(64)
        threading.Thread(target=self._accept, args=(self.listener,), daemon=True).start()
        return self

    def cut(self):
        """Stop listening and drop every connection through the proxy."""
        with self.lock:
            sockets, self.open_sockets = self.open_sockets, []
            listener, self.listener = self.listener, None
        for sock in [listener, *sockets]:
            if sock is not None:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()

    restore = start

    def _accept(self, listener):
        while True:
            try:
                client, _address = listener.accept()
            except OSError:
                return  # cut
            try:
                upstream = socket.create_connection(self.target)
            except OSError:
                client.close()
                continue
            with self.lock:
                self.open_sockets += [client, upstream]
            for source, sink in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(source, sink), daemon=True).start()

    @staticmethod
    def _pump(source, sink):
        try:
            while data := source.recv(65536):
                sink.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, sink):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
