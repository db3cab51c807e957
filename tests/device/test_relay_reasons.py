"""Each relay state with its reason from the status bits and the manual's algorithm; a full pack is
not a fault, a lit light is. Unit cases, then the simulated battery's own relay algorithm end to end."""

import pytest
from device_sim_rig import FAST, Sim, until

from smartbms_gui.device.model import LiveState
from smartbms_gui.device.relay_reasons import RelayFacts, Severity, charge_reason, load_reason
from smartbms_gui.device.session import DeviceSession
from smartbms_gui.device.state import Phase
from smartbms_gui.protocol.status import Status2, WarningLight, status1_for_lights


def facts(*, charge=True, load=True, lights=(), status2=0, **values):
    status1 = status1_for_lights({light: True for light in lights}, charge_allowed=charge, load_allowed=load)
    defaults = dict(soc_pct=60.0, lowest_cell_v=3.30, highest_cell_v=3.32, vmin_v=2.9, vmax_v=3.65,
                    vbypass_v=3.50, charge_restart_pct=90.0, discharge_restart_pct=20.0, critical_mode=False)
    return RelayFacts(status1=status1, status2=status2, **{**defaults, **values})


def test_both_on_say_so():
    assert charge_reason(facts()).severity is Severity.ON
    assert charge_reason(facts()).text == "On: charging allowed"
    assert load_reason(facts()).text == "On: discharging allowed"


def test_a_full_pack_is_not_a_fault_and_says_when_charging_resumes():
    reason = charge_reason(facts(charge=False, soc_pct=100.0, lowest_cell_v=3.52, highest_cell_v=3.55))
    assert reason.allowed is False and reason.severity is Severity.NORMAL and not reason.is_fault
    assert reason.text == ("Off: pack full, all cells at V bypass 3.50 V; back on below charge restart 90 % "
                           "(now 100 %).")
    settled = charge_reason(facts(charge=False, soc_pct=96.0, lowest_cell_v=3.38))  # cells relaxed
    assert settled.severity is Severity.NORMAL
    assert settled.text == "Off: the pack was full; back on below charge restart 90 % (now 96 %)."


@pytest.mark.parametrize("light, words", [
    (WarningLight.E, "stopped reporting (E light)"),
    (WarningLight.TH, "above T max (Th light)"),
    (WarningLight.TL, "below T min for charging (Tl light)"),
    (WarningLight.VH, "at or above V max 3.65 V (Vh light)"),
])
def test_a_lit_light_is_the_charge_relays_fault(light, words):
    reason = charge_reason(facts(charge=False, lights=(light,)))
    assert reason.is_fault and words in reason.text


def test_the_load_relay_after_an_empty_pack():
    empty = load_reason(facts(load=False, lights=(WarningLight.VL,), soc_pct=3.0, lowest_cell_v=2.85))
    assert empty.is_fault and "at or below V min 2.90 V (Vl light)" in empty.text
    assert "discharge restart 20 %" in empty.text
    waiting = load_reason(facts(load=False, soc_pct=12.0))
    assert waiting.severity is Severity.WAITING and not waiting.is_fault
    assert waiting.text == "Off: the pack was emptied; back on when the SoC reaches discharge restart 20 % (now 12 %)."


def test_gen3_cold_for_charging_only_opens_the_charge_relay():
    reason = charge_reason(facts(charge=False, status2=int(Status2.TMIN_CHARGE)))
    assert reason.is_fault and "T min for charging" in reason.text
    assert load_reason(facts(status2=int(Status2.TMIN_CHARGE))).severity is Severity.ON


def test_critical_mode_off_without_a_light_is_not_called_normal():
    assert charge_reason(facts(charge=False, critical_mode=True, lowest_cell_v=3.55)).is_fault


def test_nothing_reported_yet():
    assert charge_reason(RelayFacts(status1=None)).severity is Severity.UNKNOWN


async def test_the_simulated_battery_full_then_cold_end_to_end():
    sim = await Sim(2).start()
    live = LiveState(generation=sim.generation)
    session = DeviceSession(sim.link, pin="1234", generation=sim.generation, live=live, **FAST)
    try:
        assert (await session.connect(5)).phase is Phase.STREAMING
        battery = sim.battery
        vbypass = battery.vbypass_v
        battery.override_cells(voltages_v=[vbypass + 0.02] * battery.cell_count)  # all cells at V bypass
        await until(lambda: live.charge_allowed is False and live.get("lowest_cell_v") is not None
                    and live.get("lowest_cell_v") >= vbypass, what="the charge relay off, pack full")
        reason = charge_reason(RelayFacts.from_live(live))
        assert reason.severity is Severity.NORMAL and reason.text.startswith("Off: pack full")
        assert load_reason(RelayFacts.from_live(live)).severity is Severity.ON
        battery.override_cells(temperatures_c=[70.0] * battery.cell_count)  # now too hot: a fault
        await until(lambda: live.lights[WarningLight.TH], what="the Th light")
        assert charge_reason(RelayFacts.from_live(live)).is_fault
        await until(lambda: live.load_allowed is False, what="the load relay off")
        assert "Th light" in load_reason(RelayFacts.from_live(live)).text
    finally:
        await session.close()
        await sim.stop()
