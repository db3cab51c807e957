"""The decoder's fast per-letter parsers must give exactly what the generic field-table parser gives:
same records (bit-identical floats), same drops, same errors, same ignored cells."""

from hypothesis import given, settings
from hypothesis import strategies as st

from smartbms_gui.protocol import stream as s
from smartbms_gui.protocol.scaling import Generation

# Field texts near every edge the fast path decides on: plain hex, X, signs, 0x prefixes, empty,
# values around the plausibility bounds (cell 0, cell > count, 6.5 V, -60/150 °C, 255, 100 %).
EDGE_FIELDS = ["0", "00", "01", "10", "FF", "100", "0514", "0515", "0000", "X", "XX", "-0", "-1", "+0010",
               "-0040", "+FFFF", "0x1F", "0X1F", "", "G", "1_", "0109", "0040", "0045", "0046", "0064",
               "0065", "3B9ACA00", "3B9ACA01", "9C40", "00FF", "0100", "13:45", "0C:1E", "17:3B", "18:00"]
field = st.one_of(st.sampled_from(EDGE_FIELDS),
                  st.integers(0, 0xFFFF).map(lambda v: format(v, "04X")),
                  st.text("0123456789ABCDEFX+-", max_size=6))
# Valid records to start from, so that most tokens differ from a good one in one or two fields.
TEMPLATES = {
    "C": ["01", "10", "02A0", "0130", "03", "00"], "U": ["2A30", "+0020", "+0010", "-0004"],
    "V": ["0294", "03", "02A8", "01", "02BC"], "T": ["0115", "02", "014F", "07", "05"],
    "E": ["0FA0", "1388", "07D0", "50"], "M": ["04D2", "0929", "0C:1E"],
    "H": ["5F", "1388", "1450", "5E", "2710", "2648"], "B": ["0064", "005A", "0BB8", "07D0"],
}


@st.composite
def token(draw):
    letter = draw(st.sampled_from(sorted(TEMPLATES)))
    fields = list(TEMPLATES[letter])
    if draw(st.booleans()):
        fields = fields[:draw(st.integers(0, len(fields)))]  # optional fields left off (or too few)
    for _ in range(draw(st.integers(0, 2))):
        if fields:
            fields[draw(st.integers(0, len(fields) - 1))] = draw(field)
    if draw(st.integers(0, 9)) == 0:
        fields.append(draw(field))  # one too many
    return (letter + "_" + "_".join(fields)).encode()


token = token()
# Replies between the records: a read's echo opens the window in which checksummed tokens are
# replies (the fast path then stands aside), an answer closes it; C_01_10_02A0_0130_9C is a
# record whose status happens to equal the settings checksum.
reply_or_token = st.one_of(token, st.sampled_from([b"S2@", b"OK", b"0019_01F4_0013_31323334_FF",
                                                   b"C_01_10_02A0_0130_9C"]))


def _decode(tokens, generation, fast):
    decoder = s.StreamDecoder(generation)
    if not fast:
        decoder._fast = {}  # the generic path only (private switch, for this comparison)
    items = decoder.feed(b" ".join(tokens) + b" ")
    error = decoder.last_error
    return items, decoder.records, decoder.dropped, decoder.ignored_cells, (type(error), str(error))


@settings(max_examples=400)
@given(st.lists(reply_or_token, min_size=1, max_size=6), st.sampled_from([Generation.GEN2, Generation.GEN3]))
def test_fast_path_equals_the_generic_parser(tokens, generation):
    fast = _decode(tokens, generation, fast=True)
    slow = _decode(tokens, generation, fast=False)
    assert fast == slow
    # bit-identical values, not just equal within float tolerance
    assert [repr(i) for i in fast[0]] == [repr(i) for i in slow[0]]


def test_fast_path_really_takes_the_frequent_letters():
    decoder = s.StreamDecoder()
    calls = []
    for key, parse in list(decoder._fast.items()):
        decoder._fast[key] = lambda token, parse=parse: calls.append(token) or parse(token)
    decoder.feed(b"C_01_10_02A0_0130_03 U_2A30_X_+0010_-0004 V_0294_03_02A8_01_02BC T_0115_02_014F_07 "
                 b"E_0FA0_1388_07D0_50 M_04D2_0929_0C:1E ")
    assert [t[:1] for t in calls] == [b"C", b"U", b"V", b"T", b"E"]
    assert decoder.records == 6


BIG_EDGES = ["01BE", "01BF", "FFFF", "FFFFFF", "00FE", "0101", "1C", "1D", "0E", "0F", "050A", "0F00"]


def test_every_field_of_every_template_at_every_edge():
    """Deterministic sweep: each field of each letter replaced by each edge value, both generations."""
    tokens = []
    for letter, template in TEMPLATES.items():
        for n in range(len(template) + 1):
            fields = template[:n]
            tokens.append((letter + "_" + "_".join(fields)).encode())
            for i in range(len(fields)):
                for edge in EDGE_FIELDS + BIG_EDGES:
                    changed = list(fields)
                    changed[i] = edge
                    tokens.append((letter + "_" + "_".join(changed)).encode())
    for generation in (Generation.GEN2, Generation.GEN3):
        for t in tokens:
            assert _decode([t], generation, fast=True) == _decode([t], generation, fast=False), t
