""""Copy diagnostics" tells a support person how the link is doing: decoded and dropped records,
the last decoding problem, reconnects and the recording (real bytes from the simulator)."""


from device_sim_rig import until

from smartbms_gui import diagnostics
from smartbms_gui.device.state import Phase
from smartbms_gui.views.device_bridge import DeviceBridge


def test_diagnostics_show_the_link_and_what_the_decoder_dropped(qloop, tmp_path):
    bridge = DeviceBridge(wake_wait_s=0.02, keepalive_s=0.2, recordings_folder=tmp_path)

    async def scenario():
        assert "Connection:\n  not connected" in diagnostics.collect_diagnostics()
        await bridge.connect_simulator(cells=8)
        assert (await bridge.wait_streaming(10)).phase is Phase.STREAMING
        bridge.battery.faults.inject("garbled_bytes")
        decoder = bridge.session.client.decoder
        await until(lambda: decoder.dropped > 0 and decoder.records > 20, timeout=20, what="dropped records")
        text = diagnostics.collect_diagnostics()
        await bridge.disconnect()
        return text, decoder

    text, decoder = qloop.run_until_complete(scenario())
    section = text[text.index("Connection:"):]
    assert "Live" in section and "Gen2" in section
    assert "connections: 1, dropped links: 0" in section
    assert "stream records: " in section and " dropped " in section
    assert "last decoding problem: " in section
    assert f"recording (recording): {tmp_path}" in section
    assert "1234" not in text  # the simulator's PIN is masked like everywhere else


def test_a_closed_bridge_leaves_no_section(qapp):
    bridge = DeviceBridge()
    assert "Connection:" in diagnostics.collect_diagnostics()
    del bridge
    import gc

    gc.collect()
    assert "Connection:" not in diagnostics.collect_diagnostics()
