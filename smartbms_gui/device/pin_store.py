"""Optional "remember PIN": kept in the operating system's keyring (Keychain, Credential Manager,
Secret Service), never in a file: file-based keyring backends (keyrings.alt) count as no keyring.
Every function degrades to "not remembered" when no keyring backend exists (a headless Linux box,
a locked keychain) instead of failing the connection.
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)

SERVICE = "SmartBMS Desktop"


def _keyring():
    try:
        import keyring
        import keyring.errors
    except ImportError:  # keyring not installed: nothing to remember with
        return None
    return keyring


def _writes_a_plain_file(backend) -> bool:
    """keyrings.alt's backends keep secrets in a file of their own (plain text, or encrypted with a
    key stored beside it): not what "kept in the operating system's keyring" promises."""
    return type(backend).__module__.startswith("keyrings.alt")


def _usable(kr) -> bool:
    try:
        from keyring.backends import chainer, fail

        backend = kr.get_keyring()
        if isinstance(backend, fail.Keyring) or type(backend).__module__ == "keyring.backends.null":
            return False
        inner = backend.backends if isinstance(backend, chainer.ChainerBackend) else [backend]
        return bool(inner) and not any(_writes_a_plain_file(b) for b in inner)
    except Exception:  # noqa: BLE001 - an exotic backend that cannot even be inspected
        return False


def _account(device_id: str) -> str:
    return f"pin:{device_id}"


def remember_pin(device_id: str, pin: str) -> bool:
    """Store the PIN for this battery (its BLE address or serial); False if no keyring is available."""
    kr = _keyring()
    if kr is None or not _usable(kr):
        return False
    try:
        kr.set_password(SERVICE, _account(device_id), pin)
        return True
    except Exception as exc:  # noqa: BLE001 - keyring.errors.KeyringError and backend-specific errors
        log.info("could not store the PIN in the keyring: %s", type(exc).__name__)
        return False


def recall_pin(device_id: str) -> str | None:
    kr = _keyring()
    if kr is None or not _usable(kr):
        return None
    try:
        return kr.get_password(SERVICE, _account(device_id))
    except Exception as exc:  # noqa: BLE001 - reported, never fatal
        log.info("could not read the keyring: %s", type(exc).__name__)
        return None


def forget_pin(device_id: str) -> bool:
    kr = _keyring()
    if kr is None or not _usable(kr):
        return False
    try:
        kr.delete_password(SERVICE, _account(device_id))
        return True
    except Exception as exc:  # noqa: BLE001 - not stored, or no backend
        log.info("could not remove the PIN from the keyring: %s", type(exc).__name__)
        return False


def keyring_available() -> bool:
    kr = _keyring()
    return kr is not None and _usable(kr)
