"""A pack that was live and lost its link shows one state on its card through the whole outage:
"Reconnecting", never "Connecting…" or "Live" between the attempts (the window's connection bar does
the same). The states are the ones a DeviceSession gives during an outage."""

from __future__ import annotations

from smartbms_gui.device.site import PackEntry, PackLink
from smartbms_gui.device.state import ConnectionState, Phase
from smartbms_gui.messages import Message
from smartbms_gui.views.site_pack_card import SitePackCard


def test_an_outage_is_one_state_on_the_card(qtbot):
    card = SitePackCard(PackEntry("k1", "Pack 1", PackLink("serial", "/dev/ttyUSB0")))
    qtbot.addWidget(card)
    reason = Message("no data for {seconds}", seconds="5 s")
    seen = []
    for state in (
        ConnectionState(Phase.CONNECTING, "serial"),
        ConnectionState(Phase.STREAMING, "serial"),
        ConnectionState(Phase.RECONNECTING, "serial", retry_in_s=1, attempt=1, reason=reason),
        ConnectionState(Phase.CONNECTING, "serial"),
        ConnectionState(Phase.RECONNECTING, "serial", retry_in_s=2, attempt=2, reason=reason),
        ConnectionState(Phase.CONNECTING, "serial"),
    ):
        card.show_pack(None, state)
        seen.append(card.state_text())
    during = seen[2:]
    assert seen[0].startswith("Connecting"), seen  # a first connection may say so
    assert all(text.startswith("Reconnecting") for text in during), during
    assert all("no data for 5 s" in text for text in during), during
    assert "Reconnecting now (try 2)" in seen[-1], seen
    card.show_pack(None, ConnectionState(Phase.STREAMING, "serial"))
    assert card.state_text().startswith("Live")
    # After the user disconnects, a new connection is a first one again.
    card.show_pack(None, ConnectionState(Phase.DISCONNECTED))
    card.show_pack(None, ConnectionState(Phase.CONNECTING, "serial"))
    assert card.state_text().startswith("Connecting"), card.state_text()


def test_a_long_failure_reason_is_shown_whole_on_a_narrow_card(qtbot):
    """A failure's reason is a sentence: on a card as narrow as four side by side at 1366 px it wraps
    onto several lines, and every line is shown."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    host = QWidget()
    qtbot.addWidget(host)
    card = SitePackCard(PackEntry("k1", "Pack 1", PackLink("serial", "/dev/ttyUSB0")), host)
    QVBoxLayout(host).addWidget(card)
    host.resize(270, 500)
    reason = ("The serial port /dev/ttyUSB0 could not be opened: permission denied. Add yourself to the "
              "dialout group and log in again")
    card.show_pack(None, ConnectionState(Phase.FAILED, "serial", reason=reason))
    host.show()
    label = card.state_mark.label
    qtbot.waitUntil(lambda: label.width() > 0)
    line = label.fontMetrics().height()
    assert label.heightForWidth(label.width()) > 3 * line  # it does wrap
    qtbot.waitUntil(lambda: label.height() >= label.heightForWidth(label.width()))
