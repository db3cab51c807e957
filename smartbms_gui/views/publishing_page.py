"""File → Preferences → Publishing: the MQTT broker, the login, what to publish and how often, a
connection test, on/off (issue 20; the publisher itself is `device/publish/`, run by `publishing.py`).

The password is typed here and kept in the operating system's keyring, never in the preferences
file; where there is no keyring it is kept in memory until the app closes (the page says so).
"""

from __future__ import annotations

import asyncio
import dataclasses

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from smartbms_gui.device import pin_store
from smartbms_gui.device.publish.config import (
    DEFAULT_PREFIX,
    MIN_INTERVAL_S,
    BrokerUrlError,
    PublishConfig,
    recall_password,
    store_password,
)
from smartbms_gui.views import theme
from smartbms_gui.views.kept_tasks import keep_task
from smartbms_gui.views.publishing import config_from, keep_for_this_run, password_for, with_config
from smartbms_gui.views.status_items import kind_style
from smartbms_gui.views.translator import translate_message


def _words(exc: BaseException) -> str:
    """The reason of a BrokerUrlError or ConnectionCheckFailed in the user's language (it carries a Message)."""
    return translate_message(exc.args[0]) if exc.args else str(exc)


class PublishingPage(QWidget):
    """The Publishing tab (see the module text). `commit()` checks and keeps the password;
    `extra(prefs.extra)` gives the preferences' `extra` with these settings."""

    def __init__(self, prefs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        config = config_from(prefs)
        self._initial = config
        self._tasks: set[asyncio.Future] = set()
        form = QFormLayout(self)

        self.enabled = QCheckBox(self.tr("Publish the live values over MQTT"), self)
        self.enabled.setChecked(config.enabled)
        self.enabled.setToolTip(self.tr(
            "Sends the connected battery's values to an MQTT broker (for Home Assistant and dashboards) "
            "while the app runs"))
        form.addRow(self.tr("Publishing:"), self.enabled)

        self.broker = QLineEdit(config.url, self)
        self.broker.setPlaceholderText(self.tr("mqtt://homeassistant.local"))  # an example address
        self.broker.setToolTip(self.tr("mqtt://HOST[:PORT] (port 1883 unless given) or mqtts://HOST[:PORT] "
                                       "(encrypted, the certificate is checked; port 8883)"))
        form.addRow(self.tr("&Broker:"), self.broker)

        self.protocol = QComboBox(self)
        self.protocol.addItem(self.tr("MQTT 3.1.1"), "3.1.1")
        self.protocol.addItem(self.tr("MQTT 5"), "5")
        self.protocol.setCurrentIndex(max(0, self.protocol.findData(config.protocol)))
        self.protocol.setToolTip(self.tr("The protocol version the broker speaks; 3.1.1 works with every broker"))
        form.addRow(self.tr("Version:"), self.protocol)

        ca_row = QHBoxLayout()
        self.ca_file = QLineEdit(config.ca_file, self)
        self.ca_file.setPlaceholderText(self.tr("the system's certificates"))
        self.ca_file.setToolTip(self.tr("mqtts:// only: the certificate authority that signed the broker's "
                                        "certificate, when it is not one the system knows"))
        self.ca_browse = QPushButton(self.tr("Choose…"), self)
        self.ca_browse.setToolTip(self.tr("Choose the CA certificate file (PEM)"))
        self.ca_browse.clicked.connect(self._choose_ca)
        ca_row.addWidget(self.ca_file, 1)
        ca_row.addWidget(self.ca_browse)
        form.addRow(self.tr("CA certificate:"), ca_row)

        self.username = QLineEdit(config.username, self)
        self.username.setPlaceholderText(self.tr("none"))
        self.username.setToolTip(self.tr("The broker's user name; empty when the broker needs no login"))
        form.addRow(self.tr("&User name:"), self.username)

        self.password = QLineEdit(self)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setToolTip(self.tr("Kept in this computer's keyring, never in the preferences file"))
        form.addRow(self.tr("Pass&word:"), self.password)
        self.keyring_note = QLabel(self)
        self.keyring_note.setWordWrap(True)
        form.addRow("", self.keyring_note)
        self._show_password_state(config)

        self.client_id = QLineEdit(config.client_id, self)
        self.client_id.setPlaceholderText(self.tr("automatic"))
        self.client_id.setToolTip(self.tr(
            "The MQTT client id; when empty: smartbms-, this computer's name and the process number"))
        form.addRow(self.tr("Client id:"), self.client_id)

        self.prefix = QLineEdit(config.prefix, self)
        self.prefix.setPlaceholderText(DEFAULT_PREFIX)
        self.prefix.setToolTip(self.tr("The topics start with this: PREFIX/SERIAL/state, …/cells, "
                                       "…/availability"))
        form.addRow(self.tr("Topic prefix:"), self.prefix)

        self.interval = QDoubleSpinBox(self)
        self.interval.setDecimals(1)
        self.interval.setRange(MIN_INTERVAL_S, 3600.0)
        self.interval.setSingleStep(1.0)
        self.interval.setSuffix(" s")
        self.interval.setValue(config.interval_s)
        self.interval.setToolTip(self.tr("A state message this often; a warning light or relay that changes "
                                         "is sent at once"))
        form.addRow(self.tr("Send every:"), self.interval)

        self.queue_minutes = QSpinBox(self)
        self.queue_minutes.setRange(0, 24 * 60)
        self.queue_minutes.setSuffix(self.tr(" min"))
        self.queue_minutes.setSpecialValueText(self.tr("nothing"))
        self.queue_minutes.setValue(round(config.queue_limit_s / 60))
        self.queue_minutes.setToolTip(self.tr(
            "While the broker is away, the state messages of this long are kept and sent in order when it is "
            "back; older ones are dropped (and counted)"))
        form.addRow(self.tr("Keep while away:"), self.queue_minutes)

        self.discovery = QCheckBox(self.tr("Home Assistant discovery (the battery appears with no YAML)"), self)
        self.discovery.setChecked(config.discovery)
        self.cells = QCheckBox(self.tr("Every cell's voltage and temperature (the …/cells topic)"), self)
        self.cells.setChecked(config.cells)
        form.addRow(self.tr("Publish:"), self.discovery)
        form.addRow("", self.cells)

        test_row = QHBoxLayout()
        self.test_button = QPushButton(self.tr("&Test connection"), self)
        self.test_button.setToolTip(self.tr("Connect to the broker once with these settings and say how it went"))
        self.test_button.clicked.connect(self.test_connection)
        self.test_icon = QLabel(self)
        self.test_result = QLabel(self)
        self.test_result.setWordWrap(True)
        test_row.addWidget(self.test_button)
        test_row.addWidget(self.test_icon)
        test_row.addWidget(self.test_result, 1)
        form.addRow("", test_row)

    # ------------------------------------------------------------------ values

    def config(self) -> PublishConfig:
        """The settings as typed (BrokerUrlError when the broker or a value cannot be used)."""
        base = PublishConfig(protocol=self.protocol.currentData(), ca_file=self.ca_file.text().strip(),
                             username=self.username.text().strip(), client_id=self.client_id.text().strip(),
                             prefix=self.prefix.text().strip() or DEFAULT_PREFIX, interval_s=self.interval.value(),
                             queue_limit_s=self.queue_minutes.value() * 60.0, discovery=self.discovery.isChecked(),
                             cells=self.cells.isChecked(), enabled=self.enabled.isChecked(),
                             keepalive_s=self._initial.keepalive_s, discovery_prefix=self._initial.discovery_prefix)
        url = self.broker.text().strip()
        config = base.with_url(url) if url else base
        if url or config.enabled:
            config.checked()
        return config

    def commit(self) -> bool:
        """Before the dialog closes: True when the settings can be used (the password is then kept);
        else the reason is shown and the broker field has the focus."""
        try:
            config = self.config()
        except BrokerUrlError as exc:
            self._show_result("error", _words(exc))
            self.broker.setFocus()
            return False
        password = self.password.text()
        if password and config.username and not store_password(config, password):
            keep_for_this_run(config, password)
        self._committed = config
        return True

    def extra(self, extra: dict) -> dict:
        """The preferences' `extra` with the committed settings (unchanged when none were committed)."""
        config = getattr(self, "_committed", None)
        if config is None:
            return dict(extra)
        return with_config(extra, dataclasses.replace(config))

    # ------------------------------------------------------------------ test connection

    def test_connection(self) -> None:
        from smartbms_gui.device.publish.publisher import ConnectionCheckFailed, check_connection

        try:
            config = dataclasses.replace(self.config(), enabled=True)
            if not config.host:
                raise BrokerUrlError(self.tr("Type the broker's address first, e.g. mqtt://homeassistant.local"))
        except BrokerUrlError as exc:
            self._show_result("error", _words(exc))
            return
        password = self.password.text() or password_for(config)
        self.test_button.setEnabled(False)
        self._show_result("note", self.tr("Connecting to {0}…").format(config.url))

        async def run() -> None:
            try:
                await check_connection(config, password)
            except ConnectionCheckFailed as exc:
                self._show_result("error", self.tr("Failed: {0}").format(_words(exc)))
            else:
                self._show_result("ok", self.tr("Connected: {0} accepted a test message.").format(config.url))
            finally:
                self.test_button.setEnabled(True)

        keep_task(self._tasks, run(), lambda exc: self._show_result("error", str(exc)))

    def _show_result(self, kind: str, text: str) -> None:
        self.test_result.setText(text)
        style = kind_style(kind)
        if style is not None and style.icon:
            height = self.test_result.fontMetrics().height()
            self.test_icon.setPixmap(theme.status_pixmap(style.icon, style.colour, height,
                                                         self.devicePixelRatioF()))
            self.test_icon.setVisible(True)
        else:
            self.test_icon.setVisible(False)

    # ------------------------------------------------------------------ helpers

    def _show_password_state(self, config: PublishConfig) -> None:
        if not pin_store.keyring_available():
            self.keyring_note.setText(self.tr("No keyring on this computer: a password typed here is kept "
                                              "only until the app closes."))
        else:
            self.keyring_note.setText("")
            self.keyring_note.setVisible(False)
        if config.username and recall_password(config):
            self.password.setPlaceholderText(self.tr("kept in the keyring"))

    def _choose_ca(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("CA certificate"), self.ca_file.text(),
                                              self.tr("Certificates (*.pem *.crt);;All files (*)"))
        if path:
            self.ca_file.setText(path)
