"""verify_api_key against the fake OpenAI server: a right key passes, a wrong one is refused plainly,
a server that cannot be reached is reported as unavailable, and the key never shows in a message."""

from __future__ import annotations

import socket

import pytest
from fakes.openai_server import FakeOpenAI, Fault

from iam_desktop.engines.openai_engine import verify_api_key
from iam_desktop.errors import CloudRefused, CloudUnavailable

KEY = "sk-right-key-1234567890"


@pytest.fixture
def server():
    with FakeOpenAI(api_key=KEY) as fake:
        yield fake


def test_the_right_key_works_with_one_request(server):
    verify_api_key(KEY, base_url=server.base_url)
    [request] = server.requests
    assert (request.path, request.auth, request.status) == ("/v1/models", f"Bearer {KEY}", 200)


def test_a_wrong_key_is_refused_without_showing_it(server):
    wrong = "sk-wrong-key-abcdefghijkl"
    with pytest.raises(CloudRefused, match=r"refused the API key \(401\)") as caught:
        verify_api_key(wrong, base_url=server.base_url)
    assert wrong not in str(caught.value)
    assert len(server.requests) == 1  # not retried


def test_server_errors_are_unavailable_not_refusals(server):
    server.fail_next(Fault.status(503))
    with pytest.raises(CloudUnavailable, match="server error"):
        verify_api_key(KEY, base_url=server.base_url)
    assert len(server.requests) == 1


def test_a_dead_port_is_unavailable():
    with socket.socket() as sock:  # a port nobody listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(CloudUnavailable, match="could not be reached"):
        verify_api_key(KEY, base_url=f"http://127.0.0.1:{port}/v1", timeout=5)


def test_an_empty_key_is_refused_without_a_request(server):
    with pytest.raises(CloudRefused, match="no API key"):
        verify_api_key("  ", base_url=server.base_url)
    assert server.requests == []
