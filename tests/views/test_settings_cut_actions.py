"""The part under a setting whose write was cut half-way (views/settings_cut_actions.py), for the results
the device layer gives (device/client.py WriteResult): read back or not, the old value known or not."""

from __future__ import annotations

from smartbms_gui.device import write_outcome
from smartbms_gui.device.client import WriteResult
from smartbms_gui.device.errors import RequestTimeout
from smartbms_gui.protocol import params
from smartbms_gui.views.settings_cut_actions import CutActions

VMAX = params.parameter("vmax_v")


def cut(state, *, value=None, before=3.8):
    return WriteResult("vmax_v", 4.2, False, value=value, error=RequestTimeout("cut", setting="vmax_v"),
                       verified=value is not None, halts_batch=True, cut=state, before=before)


def test_not_read_back_offers_both_actions_and_says_the_value_is_not_known(qtbot):
    actions = CutActions(VMAX)
    qtbot.addWidget(actions)
    actions.show_result(cut(write_outcome.UNKNOWN), "the whole story")
    assert not actions.isHidden()
    assert actions.held_label.text().startswith("Written halfway: the battery could not be read back")
    assert "(3.800 V)" in actions.held_label.text() and "(4.200 V)" in actions.held_label.text()
    assert actions.held_label.toolTip() == "the whole story"
    actions.set_enabled(True)
    assert actions.write_again_button.isEnabled() and actions.restore_button.isEnabled()
    with qtbot.waitSignal(actions.write_value) as restore:
        actions.restore_button.click()
    assert restore.args == ["vmax_v", 3.8]
    with qtbot.waitSignal(actions.write_value) as again:
        actions.write_again_button.click()
    assert again.args == ["vmax_v", 4.2]


def test_without_the_old_value_there_is_nothing_to_restore(qtbot):
    actions = CutActions(VMAX)
    qtbot.addWidget(actions)
    actions.set_enabled(True)
    actions.show_result(cut(write_outcome.NEITHER, value=5.08, before=None))
    assert actions.held_label.text().startswith("Written halfway: the battery now holds 5.080 V, not the new "
                                                "value 4.200 V.")
    assert actions.restore_button.text() == "Restore old value" and not actions.restore_button.isEnabled()
    assert actions.write_again_button.isEnabled()


def test_old_new_or_a_whole_write_shows_nothing_and_a_link_that_cannot_write_disables_the_actions(qtbot):
    actions = CutActions(VMAX)
    qtbot.addWidget(actions)
    for state in (write_outcome.OLD, write_outcome.NEW, None):
        actions.show_result(cut(state, value=3.8))
        assert actions.isHidden() and actions.result is None
    actions.show_result(cut(write_outcome.NEITHER, value=5.08))
    actions.set_enabled(False)
    assert not actions.write_again_button.isEnabled() and not actions.restore_button.isEnabled()
