""""Remember PIN" only uses a real OS keyring: a keyring that keeps the secret in a file of its own
(keyrings.alt, plain text or with its key beside it) counts as no keyring, also inside a chain."""

import keyring
import pytest
from keyring.backends import chainer, fail
from memory_keyring import MemoryKeyring

from smartbms_gui.device import pin_store


class _PlaintextFile(MemoryKeyring):
    """Stands for keyrings.alt.file.PlaintextKeyring (the check goes by the defining module)."""

    __module__ = "keyrings.alt.file"


@pytest.fixture
def restore_keyring():
    previous = keyring.get_keyring()
    yield
    keyring.set_keyring(previous)


def test_a_file_based_keyring_is_not_used(restore_keyring):
    plaintext = _PlaintextFile()
    keyring.set_keyring(plaintext)
    assert not pin_store.keyring_available()
    assert pin_store.remember_pin("AA:BB", "4821") is False
    assert plaintext.store == {}  # nothing reached the file backend


def test_a_chain_with_a_file_based_keyring_is_not_used(restore_keyring, monkeypatch):
    memory, plaintext = MemoryKeyring(), _PlaintextFile()
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [memory, plaintext])
    keyring.set_keyring(chainer.ChainerBackend())
    assert pin_store.remember_pin("AA:BB", "4821") is False
    assert memory.store == {} and plaintext.store == {}


def test_a_real_keyring_and_a_clean_chain_are_used(restore_keyring, monkeypatch):
    memory = MemoryKeyring()
    keyring.set_keyring(memory)
    assert pin_store.remember_pin("AA:BB", "4821") is True
    assert pin_store.recall_pin("AA:BB") == "4821"
    monkeypatch.setattr(chainer.ChainerBackend, "backends", [memory])
    keyring.set_keyring(chainer.ChainerBackend())
    assert pin_store.keyring_available()
    keyring.set_keyring(fail.Keyring())
    assert not pin_store.keyring_available()
