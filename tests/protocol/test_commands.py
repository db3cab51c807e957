import pytest

from smartbms_gui.protocol import commands as c
from smartbms_gui.protocol.errors import ProtocolError


def test_builders_make_the_documented_bytes():
    assert c.wake_up() == [b"$", b"\x05\r"]
    assert c.login("1234") == b"PW1234!\r"
    assert c.read("S1") == b"S1@\r"
    assert c.read("SRY1") == b"SRY1@\r"
    assert c.read("HD") == b"HD@\r"
    assert c.write_byte(0x010, 0x1F) == b"1F-010!\r"
    assert c.start_stream() == b"E!\r" and c.stop_stream() == b"D!\r"


def test_word_write_sends_high_byte_first():
    assert c.write_word(0x040, 0x0230) == [b"02-040!\r", b"30-041!\r"]


@pytest.mark.parametrize("bad", ["123", "12345", "12a4", ""])
def test_login_needs_four_digits(bad):
    with pytest.raises(ValueError):
        c.login(bad)


def test_write_limits():
    with pytest.raises(ValueError):
        c.write_byte(0x1000, 1)
    with pytest.raises(ValueError):
        c.write_byte(0x10, 256)
    with pytest.raises(ValueError):
        c.write_word(0x10, 0x10000)
    with pytest.raises(ValueError):
        c.read("S9")


@pytest.mark.parametrize("line, expected", [
    ("PW1234!", c.Command("login", pin="1234")),
    ("S2@", c.Command("read", record="S2")),
    ("L7@", c.Command("read", record="L7")),
    ("1F-010!", c.Command("write", address=0x10, value=0x1F)),
    ("E!", c.Command("start")),
    ("D!", c.Command("stop")),
    ("\x05", c.Command("wake")),
])
def test_parse_command(line, expected):
    assert c.parse_command(line) == expected


def test_builders_and_parser_agree():
    for address, value in [(0x010, 0), (0x362, 255), (0x08B, 1)]:
        assert c.parse_command(c.write_byte(address, value).decode()[:-1]) == c.Command(
            "write", address=address, value=value)


@pytest.mark.parametrize("bad", ["XYZ", "S9@", "1G-010!", "PW12!", "1F-0100!"])
def test_parse_command_refuses_malformed(bad):
    with pytest.raises(ProtocolError):
        c.parse_command(bad)


def test_login_command_repr_hides_pin():
    assert "4711" not in repr(c.parse_command("PW4711!"))
