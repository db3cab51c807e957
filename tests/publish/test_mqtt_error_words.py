"""The broker's errors in words the window translates: `describe_error` gives a `Message` for what it
knows (refusals, a refused or timed-out connection, TLS), and the status bar shows it in the user's
language."""

from __future__ import annotations

import pytest
from aiomqtt import MqttError
from aiomqtt.exceptions import MqttConnectError

from smartbms_gui import qt_env

qt_env.prepare()

from PySide6.QtCore import QCoreApplication, QObject, QTranslator, Signal  # noqa: E402

from smartbms_gui.device.publish.publisher import (  # noqa: E402
    ConnectionLost,
    PublisherPhase,
    PublisherStatus,
    describe_error,
)
from smartbms_gui.messages import Message  # noqa: E402


@pytest.mark.parametrize(("raised", "template"), [
    (MqttConnectError(5), "refused: {reason}"),
    (MqttConnectError(4), "refused: {reason}"),
    (MqttError("[Errno 111] Connection refused"), "connection refused: no broker answers at that address and port"),
    (MqttError("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get local issuer "
               "certificate (_ssl.c:1006)"), "the broker's certificate was not accepted ({detail})"),
    (MqttError("[SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1006)"),
     "the secure connection (TLS) failed ({detail})"),
    (MqttError("[Errno -2] Name or service not known"), "the broker's host name was not found"),
    (MqttError("timed out"), "no answer from the broker (timed out)"),
    (MqttError("[Errno 113] No route to host"), "the network cannot reach the broker"),
    (ConnectionLost(Message("the connection to the broker was lost")), "the connection to the broker was lost"),
])
def test_known_errors_are_messages(raised, template):
    words = describe_error(raised)
    assert isinstance(words, Message) and words.template == template


def test_the_english_stays_for_the_command_line():
    assert describe_error(MqttConnectError(5)) == "refused: not authorised"
    assert describe_error(MqttConnectError(4)) == "refused: wrong user name or password"
    assert describe_error(MqttError("[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: unable to get "
                                    "local issuer certificate (_ssl.c:1006)")) == (
        "the broker's certificate was not accepted (unable to get local issuer certificate)")
    unknown = describe_error(MqttError("something new"))
    assert unknown == "something new" and not isinstance(unknown, Message)  # shown as it is


class _Dutch(QTranslator):
    WORDS = {"refused: {reason}": "geweigerd: {reason}", "not authorised": "niet gemachtigd"}

    def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ARG002
        return self.WORDS.get(source) if context == "Messages" else None  # None: not translated here


class _Controller(QObject):
    statusChanged = Signal(object)
    status = None


def test_the_status_bar_shows_the_error_in_the_users_language(qtbot):
    from smartbms_gui.views.publishing import PublishingIndicator

    translator = _Dutch()
    QCoreApplication.installTranslator(translator)
    try:
        indicator = PublishingIndicator(_Controller())
        qtbot.addWidget(indicator)
        indicator.show_status(PublisherStatus(phase=PublisherPhase.FAILED, broker="mqtt://x",
                                              last_error=describe_error(MqttConnectError(5))))
        assert "geweigerd: niet gemachtigd" in indicator.toolTip()
        assert "Publishing to mqtt://x" in indicator.toolTip()  # the rest as it was (untranslated here)
    finally:
        QCoreApplication.removeTranslator(translator)
