# Modules that import socket (need the _socket native module): email,
# email.utils,
# urllib.request, http.client, logging.handlers, unittest.mock, asyncio,
# importlib.metadata, multiprocessing, socketserver.
import io


def section(fn):
    try:
        fn()
    except Exception as e:
        print(fn.__name__, "ERROR", type(e).__name__, e)
    return fn


@section
def email_utils():
    import email.utils
    print(email.utils.parseaddr("Name <a@b.org>"), email.utils.formatdate(0, usegmt=True), email.utils.parsedate_to_datetime("Thu, 01 Jan 1970 00:00:00 +0000"))


@section
def urllib_request_http_client():
    import http.client
    import urllib.request
    print(urllib.request.Request("http://x/y", data=b"d").get_method(), http.client.responses[404])


@section
def logging_handlers():
    import logging.handlers
    h = logging.handlers.MemoryHandler(10)
    print(type(h).__name__)


@section
def unittest_mock():
    from unittest import mock
    m = mock.Mock(return_value=3)
    print(m(1, k=2), m.call_args, mock.call(1, k=2) == m.call_args)
    with mock.patch("os.getcwd", return_value="/fake"):
        import os
        print(os.getcwd())


@section
def asyncio_():
    import asyncio

    async def main():
        await asyncio.sleep(0)
        r = await asyncio.gather(*(asyncio.sleep(0, result=i) for i in range(3)))
        return r

    print(asyncio.run(main()))


@section
def importlib_metadata():
    import importlib.metadata
    print(callable(importlib.metadata.version))


@section
def multiprocessing_():
    import multiprocessing
    print(multiprocessing.cpu_count() > 0)


@section
def socketserver_():
    import socketserver
    print(socketserver.TCPServer.__name__)


@section
def email_():
    import email
    import email.message
    import email.policy
    from email.mime.multipart import MIMEMultipart
    from email.mime.text import MIMEText
    raw = "From: a@x.org\nTo: b@y.org\nSubject: =?utf-8?q?h=C3=A9llo?=\nContent-Type: text/plain; charset=utf-8\n\nBody line\n"
    m = email.message_from_string(raw, policy=email.policy.default)
    print(m["From"], m["Subject"], m.get_content_type(), repr(m.get_content()))
    msg = email.message.EmailMessage()
    msg["Subject"] = "Test"
    msg["From"] = "me@example.com"
    msg.set_content("hello\n")
    print(msg.as_string().splitlines())
    mm = MIMEMultipart(boundary="BOUNDARY")
    mm.attach(MIMEText("part one", "plain"))
    print(mm.as_string().splitlines()[:8])
