"""TCP ports for servers that tests start, and a retry when the port was taken meanwhile.

`free_port()` binds port 0, reads the number and closes the socket, then the test's server binds it
again. In between, another process may take the port: other test runs on a busy machine, or any
outgoing connection, which the kernel gives an ephemeral port from the same range. A server that
then reports "address in use" is started again on a new port (`candidate_ports`); any other
failure still fails the test at once.
"""

from __future__ import annotations

import errno
import socket
from collections.abc import Iterator

ATTEMPTS = 5
# os.strerror(errno.EADDRINUSE) on Linux and macOS; asyncio's create_server words it in lower case
IN_USE_TEXT = "address already in use"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def candidate_ports(attempts: int = ATTEMPTS) -> Iterator[int]:
    """Fresh free ports, one per attempt; the caller breaks out once its server is up."""
    for _ in range(attempts):
        yield free_port()


def is_in_use(error: BaseException | str) -> bool:
    """True when an OSError (or a server's message) says the port was taken."""
    if isinstance(error, OSError) and error.errno == errno.EADDRINUSE:
        return True
    return IN_USE_TEXT in str(error).lower()
