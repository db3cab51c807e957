"""Log files: where they go, rotation, the PIN mask and the ring of recent errors."""

import logging
import logging.handlers

import pytest

from smartbms_gui import logs

log = logging.getLogger("smartbms_gui.test")


def _file_text(path) -> str:
    for handler in logging.getLogger().handlers:
        handler.flush()
    return path.read_text(encoding="utf-8")


def test_default_folder_is_the_platform_user_log_folder():
    import platformdirs

    assert logs.log_dir() == logs.Path(platformdirs.user_log_dir("SmartBMS Desktop", appauthor=False))


def test_writes_a_rotating_file_in_the_given_folder(log_folder):
    log.info("cell 3 at %.3f V", 3.412)
    assert log_folder.name == "smartbms.log"
    assert "cell 3 at 3.412 V" in _file_text(log_folder)
    handler = next(
        h for h in logging.getLogger().handlers if isinstance(h, logging.handlers.RotatingFileHandler)
    )
    assert handler.baseFilename == str(log_folder)
    assert handler.maxBytes == logs.MAX_BYTES and handler.backupCount == logs.BACKUP_COUNT
    assert logs.log_file() == log_folder


def test_file_rotates_when_full(tmp_path, monkeypatch):
    monkeypatch.setattr(logs, "MAX_BYTES", 2000)
    path = logs.setup_logging("DEBUG", directory=tmp_path)
    try:
        for i in range(100):
            log.debug("line %03d %s", i, "x" * 50)
    finally:
        logs.shutdown_logging()
    assert (tmp_path / "smartbms.log.1").exists()
    assert path.stat().st_size <= 2000


def test_unknown_level_is_refused():
    with pytest.raises(logs.LoggingSetupError, match="DEBUG, INFO"):
        logs.setup_logging("CHATTY")


@pytest.mark.parametrize(
    "text, pin_part",
    [
        ("sent b'PW4711!\\r'", "4711"),
        ("tx 24 50 57 34 37 31 31 21 0d", "34 37 31 31"),
        ("tx 2450573437313121", "34373131"),
        ("pin=4711", "4711"),
        ("{'pin': '4711', 'cells': 16}", "4711"),
        ("new_pin=b'0815'", "0815"),
        ("PIN 4711 refused", "4711"),
        ('pin_code: "9876"', "9876"),
        ("S1 reply 0A_14_64_31323334_C5", "31323334"),
        ("tx b'34-F00!\\r' b'37-F01!\\r'", "34-F00"),
    ],
)
def test_mask_text_hides_every_pin_form(text, pin_part):
    masked = logs.mask_text(text)
    assert pin_part not in masked
    assert "****" in masked or "**" in masked


def test_mask_leaves_ordinary_text_alone():
    for text in ("spin=3 pinned=4", "wrong PIN: the device answered NA", "cell 12 at 3.405 V", "PW!"):
        assert logs.mask_text(text) == text


def test_pin_is_masked_in_messages_args_extras_and_tracebacks(log_folder, caplog):
    caplog.set_level(logging.DEBUG)
    log.debug("write %r", b"PW4711!\r")
    log.debug("login %(pin)s at %(port)s", {"pin": "4711", "port": "ttyUSB0"})
    log.info("changing PIN", extra={"pin": "4711", "new_pin": "2468"})
    try:
        raise RuntimeError("device refused PW4711!")
    except RuntimeError:
        log.exception("login failed")

    text = _file_text(log_folder)
    assert "write b'PW****!\\r'" in text
    assert "login **** at ttyUSB0" in text
    assert "4711" not in text and "2468" not in text
    assert "RuntimeError: device refused PW****!" in text
    # records seen by handlers added after setup (here pytest's capture) are masked when made
    for record in caplog.records:
        assert "4711" not in record.getMessage()
    extras = [r for r in caplog.records if r.getMessage() == "changing PIN"]
    assert extras  # the extra fields are masked by the handlers' filter
    filtered = logs.PinMaskFilter()
    filtered.filter(extras[0])
    assert extras[0].pin == "****" and extras[0].new_pin == "****"


def test_registered_secret_is_masked_as_a_whole_word(log_folder):
    logs.add_secret("4711")
    log.info("session for pack 4711 and 47110 mWh")
    log.info("read 0A_14_64_34373131_C5 and 3437313199")
    text = _file_text(log_folder)
    assert "pack **** and 47110 mWh" in text
    assert "read 0A_14_64_********_C5 and 3437313199" in text


def test_recent_errors_keep_only_the_last_warnings(log_folder):
    log.info("just info")
    for i in range(logs.RECENT_ERRORS_KEPT + 5):
        log.warning("link lost %d (PW1234!)", i)
    errors = logs.recent_errors()
    assert len(errors) == logs.RECENT_ERRORS_KEPT
    assert errors[-1].endswith(f"link lost {logs.RECENT_ERRORS_KEPT + 4} (PW****!)")
    assert not any("just info" in e for e in errors)
    assert not any("1234" in e for e in errors)


def test_setup_twice_replaces_its_handlers(log_folder, tmp_path):
    before = len(logging.getLogger().handlers)
    logs.setup_logging("INFO", directory=tmp_path / "again")
    assert len(logging.getLogger().handlers) == before
    assert logging.getLogger().level == logging.INFO


def test_uncaught_exceptions_are_logged_masked_and_still_reported(log_folder, monkeypatch):
    import sys
    import threading

    seen = []
    # the hook installed by setup_logging still hands over to the previous one (here: a recorder)
    monkeypatch.setattr(logs, "_previous_hooks", None)
    monkeypatch.setattr(sys, "excepthook", lambda *args: seen.append(args[0]))
    logs._install_exception_hooks()
    try:
        raise ValueError("bad reply to PW4711!")
    except ValueError:
        sys.excepthook(*sys.exc_info())
    thread = threading.Thread(target=lambda: 1 / 0, name="reader")
    thread.start()
    thread.join()
    logs._remove_exception_hooks()
    assert seen == [ValueError]
    errors = logs.recent_errors()
    assert any("uncaught ValueError: bad reply to PW****!" in e for e in errors)
    assert any("uncaught ZeroDivisionError in thread reader" in e for e in errors)
    assert "4711" not in _file_text(log_folder)
