"""The battery's state as the protocol's record objects (SI values), ready for the protocol encoders.

Both personalities use this: the ASCII peer encodes the records with `encode_stream_record`, the
frame peer builds `Frame`s from the same values. No conversion to raw units happens here.
"""

from __future__ import annotations

from smartbms_gui.protocol.frame import Frame, encode_key_values
from smartbms_gui.protocol.scaling import Generation, cell_voltage_raw
from smartbms_gui.protocol.stream import (
    BalanceRecord,
    CellExtremesRecord,
    CellRecord,
    EnergyRecord,
    HealthRecord,
    PackRecord,
    TemperatureRecord,
    TotalsRecord,
)
from smartbms_gui.sim.battery import SimulatedBattery


def firmware_raw(battery: SimulatedBattery) -> int:
    """V@ field 0. [?] The encoding is not published: major and minor as nibbles, patch as a byte
    (3.3.11 → 0x330B)."""
    major, minor, patch = battery.firmware
    return (major & 0xF) << 12 | (minor & 0xF) << 8 | (patch & 0xFF)


def version_record_raw(battery: SimulatedBattery) -> tuple[int | None, ...]:
    """V@: firmware, two fields nobody has decoded (sent as X), status1, V bypass."""
    return (firmware_raw(battery), None, None, battery.status1, cell_voltage_raw(battery.vbypass_v))


def pack_records(battery: SimulatedBattery, generation: Generation) -> list:
    """The U V T E M H B records of one message cycle."""
    b = battery
    ve = b.voltage_extremes()
    te = b.temperature_extremes()
    hh, mm = b.clock_hh_mm
    return [
        PackRecord(b.pack_voltage_v, b.solar_current_a, b.battery_current_a, b.load_current_a),
        CellExtremesRecord(ve.lowest, ve.lowest_cell, ve.highest, ve.highest_cell, b.vbypass_v),
        TemperatureRecord(te.lowest, te.lowest_cell, te.highest, te.highest_cell, b.newest_log_slot),
        EnergyRecord(round(b.solar_today_wh), round(b.stored_wh), round(b.consumed_today_wh),
                     round(b.soc_pct)),
        TotalsRecord(int(b.solar_total_kwh), int(b.consumed_total_kwh), f"{hh:02d}:{mm:02d}"),
        HealthRecord(float(round(b.soh_pct)), round(b.measured_capacity_wh),
                     round(b.measured_charge_capacity_wh), float(round(b.efficiency_pct)),
                     round(b.charge_cycles, 2), round(b.discharge_cycles, 2)),
        BalanceRecord(int(b.charged_total_kwh), int(b.discharged_total_kwh),
                      round(b.charged_today_wh / 1000.0, 3), round(b.discharged_today_wh / 1000.0, 3)),
    ]


def cell_record(battery: SimulatedBattery, cell: int, generation: Generation) -> CellRecord:
    """C record of one cell (1-based); status2 only on Gen3 [?]."""
    i = cell - 1
    status2 = battery.status2 if generation == Generation.GEN3 else None
    return CellRecord(cell, battery.cell_count, float(battery.cell_voltages_v[i]),
                      float(battery.cell_temperatures_c[i]), battery.status1, status2)


# frame key/value pairs (docs/protocol.md §4): key -> value byte, laid out by the protocol layer
def frame_key_value(battery: SimulatedBattery, key: int) -> int:
    b = battery
    return encode_key_values(
        soh_pct=b.soh_pct, efficiency_pct=b.efficiency_pct, vlow_v=b.setting("vlow_v"),
        vnominal_v=b.setting("vnominal_v"), firmware=b.firmware, charge_cycles=b.charge_cycles,
        charged_kwh=b.charged_total_kwh, discharged_kwh=b.discharged_total_kwh, status2=b.status2,
        vfull_v=b.vbypass_v,  # [?] "V full": the voltage the SoC resets at, i.e. V bypass
    )[key]


FRAME_KEYS = tuple(range(19))


def frame(battery: SimulatedBattery, cell: int, key: int) -> Frame:
    """The 58-byte frame reporting `cell` and the key/value pair `key`, from SI values."""
    b = battery
    ve = b.voltage_extremes()
    te = b.temperature_extremes()
    i = cell - 1
    if b.current_sensors == 2:
        charge, discharge = b.solar_current_a, b.load_current_a
    else:
        charge, discharge = b.battery_current_a, None  # one sensor on J1 [?]
    return Frame.build(
        pack_voltage_v=b.pack_voltage_v,
        charge_current_a=charge,
        discharge_current_a=discharge,
        battery_current_a=b.battery_current_a,
        lowest_cell_v=ve.lowest, lowest_cell=ve.lowest_cell,
        highest_cell_v=ve.highest, highest_cell=ve.highest_cell,
        lowest_temp_c=te.lowest, lowest_temp_cell=te.lowest_cell,
        highest_temp_c=te.highest, highest_temp_cell=te.highest_cell,
        cell=cell, cell_count=b.cell_count,
        cell_voltage_v=float(b.cell_voltages_v[i]), cell_temperature_c=float(b.cell_temperatures_c[i]),
        status1=b.status1,
        solar_today_wh=b.solar_today_wh, stored_wh=b.stored_wh, consumed_today_wh=b.consumed_today_wh,
        soc_pct=b.soc_pct,
        solar_total_kwh=b.solar_total_kwh, consumed_total_kwh=b.consumed_total_kwh,
        key=key, key_value=frame_key_value(b, key),
        capacity_kwh=b.capacity_wh / 1000.0,
        vmin_v=b.setting("vmin_v"), vmax_v=b.setting("vmax_v"), vbypass_v=b.vbypass_v,
    )
