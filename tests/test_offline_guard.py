"""The conftest guard really blocks network connections (so the offline promise is tested)."""

import socket
import urllib.request

import pytest


def test_socket_connect_is_blocked():
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s, pytest.raises(RuntimeError):
        s.connect(("192.0.2.1", 80))


def test_urllib_is_blocked():
    with pytest.raises(Exception, match="network connection"):
        urllib.request.urlopen("http://192.0.2.1/", timeout=1)
