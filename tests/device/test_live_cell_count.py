"""The pack size in LiveState changes only on a confirmed count, and settings replies never reach
the live model as stream records (audit R11, B8): literal bytes and the simulator over the link."""

import pytest
from device_sim_rig import FAST, Sim, until

from smartbms_gui.device.model import LiveState
from smartbms_gui.device.session import DeviceSession
from smartbms_gui.device.state import Phase
from smartbms_gui.protocol import stream
from smartbms_gui.protocol.scaling import Generation


def _c(cell: int, count: int, volts_raw: int) -> bytes:
    return f"C_{cell:02X}_{count:02X}_{volts_raw:04X}_0130_03 ".encode()


def _feed(live: LiveState, data: bytes, t: float) -> None:
    for item in stream.StreamDecoder().feed(data):
        if not isinstance(item, stream.ReplyLine):
            live.apply(item, now=t)


@pytest.fixture
def live():
    state = LiveState(clock=lambda: 0.0)
    state.set_link(True, now=0.0)
    return state


def _sixteen_cells(live, t=1.0, raw=0x2A0):
    _feed(live, b"".join(_c(i, 16, raw + i) for i in range(1, 17)), t)
    assert live.cell_count == 16 and live.cells_received == 16


def test_one_garbled_count_keeps_every_cell(live):
    _sixteen_cells(live)
    before = [(c.voltage_v, c.updated_at) for c in live.cells]
    _feed(live, _c(3, 0x08, 0x100), 2.0)  # count 0x10 garbled to 0x08, voltage garbled too
    assert live.cell_count == 16 and len(live.cells) == 16
    assert [(c.voltage_v, c.updated_at) for c in live.cells] == before  # nothing lost, nothing taken
    _feed(live, _c(4, 16, 0x2B0), 3.0)
    assert live.cell_count == 16 and len(live.cells) == 16
    assert live.cells[3].voltage_v == pytest.approx(0x2B0 * 0.005)
    assert live.cells[2].voltage_v == before[2][0]  # the garbled record's voltage never landed
    assert live.cell_count_glitches == 1


def test_two_different_garbled_counts_in_a_row_confirm_nothing(live):
    _sixteen_cells(live)
    _feed(live, _c(3, 0x08, 0x2A0) + _c(4, 0x90, 0x2A0), 2.0)
    assert live.cell_count == 16 and len(live.cells) == 16 and live.cells_received == 16
    _feed(live, _c(5, 16, 0x2A0), 3.0)
    assert live.cell_count == 16 and live.cell_count_glitches == 2


def test_a_confirmed_smaller_count_removes_the_cells_beyond_it(live):
    _sixteen_cells(live)
    _feed(live, _c(1, 8, 0x290), 2.0)
    assert len(live.cells) == 16  # one record is not yet a new pack size
    _feed(live, _c(2, 8, 0x291), 2.5)
    assert live.cell_count == 8 and len(live.cells) == 8
    # both records of the new size landed, with their own arrival times
    assert (live.cells[0].voltage_v, live.cells[0].updated_at) == (pytest.approx(0x290 * 0.005), 2.0)
    assert (live.cells[1].voltage_v, live.cells[1].updated_at) == (pytest.approx(0x291 * 0.005), 2.5)
    assert live.cells[7].updated_at == 1.0  # cells 3..8 keep their values
    assert live.cell_count_glitches == 0


def test_a_confirmed_bigger_count_adds_empty_cells(live):
    _sixteen_cells(live)
    _feed(live, _c(17, 20, 0x2A0) + _c(18, 20, 0x2A0), 2.0)
    assert live.cell_count == 20 and len(live.cells) == 20 and live.cells_received == 18


def test_a_frames_count_is_checksummed_and_confirms_at_once():
    from smartbms_gui.protocol.frame import Frame

    live = LiveState(clock=lambda: 0.0)
    _sixteen_cells(live)
    frame = Frame.build(
        pack_voltage_v=26.4, charge_current_a=1.0, discharge_current_a=0.5, battery_current_a=0.5,
        lowest_cell_v=3.29, lowest_cell=1, highest_cell_v=3.31, highest_cell=2, lowest_temp_c=20,
        lowest_temp_cell=1, highest_temp_c=22, highest_temp_cell=2, cell=1, cell_count=8, cell_voltage_v=3.3,
        cell_temperature_c=21, status1=3, solar_today_wh=10, stored_wh=1000, consumed_today_wh=5, soc_pct=50,
        solar_total_kwh=1, consumed_total_kwh=1, key=0, key_value=98, capacity_kwh=10, vmin_v=2.9,
        vmax_v=3.65, vbypass_v=3.5)
    live.apply(frame, now=2.0)
    assert live.cell_count == 8 and len(live.cells) == 8


# ---- over the link, with the simulator ----------------------------------------------------------

def _session(sim, live):
    items = []
    session = DeviceSession(sim.link, pin="1234", generation=sim.generation, live=live,
                            on_item=lambda item, t: items.append(item), **FAST)
    return session, items


@pytest.mark.parametrize("generation", [2, 3])
async def test_the_simulator_changes_its_pack_size_and_the_model_follows(generation):
    sim = await Sim(generation).start()
    live = LiveState(generation=sim.generation)
    session, _items = _session(sim, live)
    try:
        assert (await session.connect(5)).phase is Phase.STREAMING
        await until(lambda: live.cell_count == 16 and live.cells_received == 16, what="16 cells")
        sim.battery.resize(8)
        await until(lambda: live.cell_count == 8 and len(live.cells) == 8, what="8 cells")
        sim.battery.resize(12)
        await until(lambda: live.cell_count == 12 and live.cells_received == 12, what="12 cells")
        assert live.cell_count_glitches == 0
    finally:
        await session.close()
        await sim.stop()


async def test_an_s2_reply_with_v_low_026b_puts_no_fake_record_in_the_model():
    """The audit's example: a Gen3 S2 reply holding V low 0x26B read at connect once gave
    BalanceRecord(charged_total_kwh=660, discharged_total_kwh=10, ...)."""
    sim = await Sim(3).start()
    sim.battery.settings["vlow_v"] = 0x26B
    live = LiveState(generation=Generation.GEN3)
    session, items = _session(sim, live)
    try:
        assert (await session.connect(5)).phase is Phase.STREAMING
        assert session.settings["vlow_v"] == pytest.approx(0x26B * 0.005)
        await until(lambda: any(isinstance(i, stream.BalanceRecord) for i in items), what="a B record")
        balances = [i for i in items if isinstance(i, stream.BalanceRecord)]
        assert all(b.charged_total_kwh == int(sim.battery.charged_total_kwh) for b in balances)
        assert live.get("charged_total_kwh") == int(sim.battery.charged_total_kwh) != 660
        assert session.client.decoder.dropped == 0
    finally:
        await session.close()
        await sim.stop()
