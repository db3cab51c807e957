"""The PIN stays out of recordings, logs and files."""

import keyring
from memory_keyring import MemoryKeyring

from smartbms_gui.device import pin_store
from smartbms_gui.device.pin_mask import PinMask


def feed_in_pieces(mask, data, size):
    out = b"".join(mask.feed(data[i:i + size]) for i in range(0, len(data), size))
    return out + mask.flush()


def test_mask_hides_login_echo_and_s1_hex_even_when_cut_across_notifications():
    data = b"PW4821!\rOK\rS1@\r0096_00E6_0026_34383231_0D\rU_2A30_X_+0010_-0004 C_1_16_0290_0150_03\r"
    for size in (1, 2, 3, 5, 7, 20):
        out = feed_in_pieces(PinMask("4821"), data, size)
        assert b"4821" not in out and b"34383231" not in out
        assert out == data.replace(b"PW4821", b"PW****").replace(b"34383231", b"********")


def test_mask_leaves_other_bytes_alone_and_in_order():
    data = b"U_3483_X_+0010_-0004 V_0290_01_0292_02_02BC\r" * 3
    assert feed_in_pieces(PinMask("4821"), data, 20) == data


def test_remember_pin_uses_the_keyring_and_degrades_without_one():
    previous = keyring.get_keyring()
    try:
        from keyring.backends import fail

        keyring.set_keyring(fail.Keyring())
        assert not pin_store.keyring_available()
        assert pin_store.remember_pin("AA:BB", "4821") is False
        assert pin_store.recall_pin("AA:BB") is None
        assert pin_store.forget_pin("AA:BB") is False

        memory = MemoryKeyring()
        keyring.set_keyring(memory)
        assert pin_store.remember_pin("AA:BB", "4821") is True
        assert pin_store.recall_pin("AA:BB") == "4821"
        assert ("SmartBMS Desktop", "pin:AA:BB") in memory.store
        assert pin_store.forget_pin("AA:BB") is True
        assert pin_store.recall_pin("AA:BB") is None
    finally:
        keyring.set_keyring(previous)


def test_mask_hides_a_new_pin_being_written_and_read_back_in_any_fragmentation():
    # A PIN change to 2468 on the simulator: four byte writes to the PIN's addresses are echoed,
    # then S1 is read back with the new PIN, all before the session knows the new PIN.
    data = (b"32-F00!\rOK\r34-F01!\rOK\r36-F02!\rOK\r38-F03!\rOK\r"
            b"S1@\r0096_00E6_0026_32343638_0D\rPW2468!\rOK\rU_2A30_X_+0010_-0004 ")
    for size in (1, 2, 3, 4, 5, 7, 11, 20):
        out = feed_in_pieces(PinMask("1234"), data, size)
        assert b"2468" not in out and b"32343638" not in out
        for digit_hex in (b"32-F00", b"34-F01", b"36-F02", b"38-F03"):
            assert digit_hex not in out
        assert b"**-F00!" in out and b"**-F03!" in out and b"PW****!" in out
        assert out.endswith(b"U_2A30_X_+0010_-0004 ")


def test_mask_keeps_writes_to_other_addresses():
    data = b"02-040!\rOK\r30-041!\rOK\r"
    assert feed_in_pieces(PinMask("1234"), data, 3) == data
