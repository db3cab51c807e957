"""The plot ring buffers: fixed memory, correct order across the wrap, peaks kept."""

import numpy as np

from smartbms_gui.views.plot_buffers import History, carry_rows, heat_image, peak_line, peak_lines


def test_ring_wraps_and_keeps_newest_in_order():
    h = History(1, base_s=1.0, span_s=100, levels=1, base_peaks=False)
    capacity = h.capacity
    nbytes = h.nbytes()
    for s in range(capacity * 3 + 7):
        h.add(1000.0 + s, [float(s)])
    assert len(h) == capacity
    assert h.nbytes() == nbytes  # nothing grew
    last = 1000.0 + capacity * 3 + 6
    w = h.window(last - 50, last)
    assert np.all(np.diff(w.times) > 0)
    assert w.times[-1] == last
    assert w.lo[-1, 0] == capacity * 3 + 6
    # the window straddles the physical end of the array at some point: values follow times
    np.testing.assert_array_equal(w.lo[:, 0], w.times - 1000.0)
    # the oldest kept sample is exactly capacity samples back
    full = h.window(0, last + 1, max_points=10**6)
    assert len(full) == capacity
    assert full.times[0] == last - capacity + 1


def test_same_bucket_overwrites_and_peaks_survive_coarse_levels():
    h = History(1, base_s=1.0, span_s=3600, factor=4, levels=3)
    for k in range(400):
        t = 5000.0 + k * 0.5  # two samples per base bucket
        h.add(t, [10.0 if k != 137 else 99.0])  # one spike
    assert len(h) == 200
    coarse = h.window(5000, 5200, max_points=20)  # forces the 16 s level
    assert coarse.res == 16.0
    x, y = peak_line(coarse)
    assert np.nanmax(y) == 99.0 and np.nanmin(y) == 10.0
    fine = h.window(5000, 5200, max_points=1000)
    assert fine.res == 1.0 and np.nanmax(peak_line(fine)[1]) == 99.0


def test_gap_breaks_the_line():
    h = History(1, base_s=1.0, span_s=3600, levels=2, gap_s=10)
    for s in range(5):
        h.add(100.0 + s, [1.0])
    for s in range(5):
        h.add(200.0 + s, [2.0])
    w = h.window(90, 210)
    assert np.isnan(w.lo[:, 0]).sum() == 1  # exactly one break between the runs
    assert np.all(np.diff(w.times) > 0)


def test_update_carries_other_cells_forward():
    h = History(4, base_s=1.0, span_s=600, levels=2, base_peaks=False, dtype=np.float16)
    h.update(10.0, 0, 3.30)
    h.update(11.0, 1, 3.31)
    h.update(12.0, 2, 3.32)
    h.update(12.5, 0, 3.25)
    row = h.latest()
    np.testing.assert_allclose(row[:3], [3.25, 3.31, 3.32], atol=2e-3)
    assert np.isnan(row[3])
    w = h.window(0, 20, max_points=3)
    assert w.res == 4.0
    # the 8..12 s bucket saw cell 0 at 3.30 and 3.25: both kept
    assert np.isclose(np.nanmin(w.lo[:, 0]), 3.25, atol=2e-3)
    assert np.isclose(np.nanmax(w.hi[:, 0]), 3.30, atol=2e-3)


def test_clock_going_back_is_rejected_not_misordered():
    h = History(1, base_s=1.0, span_s=600, levels=1)
    h.add(100.0, [1])
    h.add(50.0, [2])
    assert h.rejected == 1 and len(h) == 1


def test_multi_cell_line_and_heat_map_shapes():
    h = History(3, base_s=1.0, span_s=600, levels=2, base_peaks=False)
    for s in range(30):
        h.add(float(s), [3.3, 3.2 + 0.001 * s, np.nan])
    w = h.window(0, 29)
    x, y = peak_lines(w, [0, 1])
    assert len(x) == len(y) == 2 * (len(w) + 1)
    assert np.isnan(y[len(w)]) and np.isnan(y[-1])
    img = heat_image(h.window(0, 29, max_points=5))
    assert img.shape[1] == 3 and np.all(np.isnan(img[:, 2]))


def _compare(a, b):
    for la, lb in zip(a.levels, b.levels):
        assert la.count == lb.count, la.res
        ta, loa, hia = la.take(0, la.count)
        tb, lob, hib = lb.take(0, lb.count)
        np.testing.assert_allclose(ta, tb)
        np.testing.assert_array_equal(loa, lob)
        if la.peaks:
            np.testing.assert_array_equal(hia, hib)


def test_bulk_extend_equals_row_by_row_including_gaps_and_wrap():
    rng = np.random.default_rng(1)
    t = np.cumsum(rng.uniform(0.2, 1.5, 3000)) + 10_000
    t[1500:] += 500  # a disconnect
    rows = rng.normal(3.3, 0.05, (3000, 2)).astype(np.float32)
    a = History(2, span_s=900, factor=4, levels=3, gap_s=30)
    b = History(2, span_s=900, factor=4, levels=3, gap_s=30)
    for ti, r in zip(t, rows):
        a.add(ti, r)
    b.extend(t[:1000], rows[:1000])
    b.extend(t[1000:], rows[1000:])
    _compare(a, b)


def test_carry_rows_then_extend_equals_update_one_by_one():
    rng = np.random.default_rng(2)
    n = 4000
    t = np.cumsum(rng.uniform(0.05, 0.3, n)) + 50_000
    t[2500:] += 120
    cols = rng.integers(0, 16, n)
    vals = rng.normal(3.3, 0.02, n).astype(np.float32)
    a = History(16, span_s=3600, factor=8, levels=3, base_peaks=False, dtype=np.float32, gap_s=30)
    b = History(16, span_s=3600, factor=8, levels=3, base_peaks=False, dtype=np.float32, gap_s=30)
    for ti, c, v in zip(t, cols, vals):
        a.update(ti, int(c), v)
    for part in (slice(0, 1234), slice(1234, n)):
        times, rows = carry_rows(b, t[part], cols[part], vals[part])
        b.extend(times, rows)
    base_a, base_b = a.levels[0], b.levels[0]
    ta, la, _ = base_a.take(0, base_a.count)
    tb, lb, _ = base_b.take(0, base_b.count)
    np.testing.assert_allclose(ta, tb)
    np.testing.assert_array_equal(la, lb)
    # coarse levels: same envelope (row-by-row also folds intermediate values within a second)
    wa, wb = a.window(t[0], t[-1], 50), b.window(t[0], t[-1], 50)
    assert len(wa) == len(wb)
    assert np.all((wb.lo >= wa.lo) | np.isnan(wa.lo))
    assert np.all((wb.hi <= wa.hi) | np.isnan(wa.hi))


def test_heat_grid_puts_rows_at_their_times_and_holds_them_only_so_long():
    from smartbms_gui.views.plot_buffers import heat_grid

    h = History(2, base_s=1.0, span_s=600, levels=1, base_peaks=False, gap_s=300)
    for t, a in ((100.2, 1.0), (100.9, 2.0), (101.5, 3.0), (104.5, 4.0), (130.5, 5.0)):  # uneven
        h.add(t, [a, 0.0])
    h.add_break(131.0)
    h.add(150.5, [6.0, 0.0])
    t0, image = heat_grid(h.window(100, 151), 100, 151, 1.0, max_age=10.0)
    assert t0 == 100.0 and image.shape == (51, 2)  # one column a second, up to the newest row
    col = image[:, 0]
    assert col[0] == 2.0  # the newest value of that second (rows hold the latest value)
    assert col[1] == 3.0 and col[2] == 3.0 and col[3] == 3.0  # held until the next row
    assert col[4] == 4.0 and col[14] == 4.0  # held 10 s …
    assert np.isnan(col[15:30]).all()  # … then blank: the link was silent
    assert col[30] == 5.0 and np.isnan(col[31:50]).all()  # not carried into the break
    assert col[50] == 6.0
    # coarse columns (4 s): the column holding the break is blank even though it holds data too
    t0, image = heat_grid(h.window(100, 151), 100, 151, 4.0, max_age=10.0)
    assert image[3, 0] == 4.0 and np.isnan(image[4, 0])  # held 10 s, then blank
    assert np.isnan(image[7, 0])  # 128–132 s holds a value (130.5 s) and the break (131 s)
    assert image[12, 0] == 6.0


def test_heat_grid_keeps_a_short_peak_inside_a_coarse_column():
    from smartbms_gui.views.plot_buffers import heat_grid

    h = History(3, base_s=1.0, span_s=3600, levels=2, factor=8, base_peaks=False, gap_s=300)
    for s in range(300):
        h.add(1000.0 + s, [3.30, 3.30, 3.75 if 150 <= s < 153 else 3.30])
    window = h.window(1000, 1300, 40)  # the 8 s level
    assert window.res == 8.0
    t0, image = heat_grid(window, 1000, 1300, 8.0, max_age=16.0)
    hot = np.flatnonzero(image[:, 2] > 3.6)
    # 1150–1153 s falls in the 8 s buckets 1144–1152 and 1152–1160: those two columns, no others
    assert list(t0 + hot * 8) == [1144.0, 1152.0]
    assert not (image[:, :2] > 3.6).any()
