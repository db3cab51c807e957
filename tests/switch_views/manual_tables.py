"""The manual's option-switch tables, copied by hand, so the views are checked against the manual."""

# Not derived from protocol/switches.py. ON = True.
ON, OFF = True, False
MANUAL_VBYPASS = {(OFF, OFF, OFF): 3.4, (OFF, OFF, ON): 3.5, (OFF, ON, OFF): 3.6, (OFF, ON, ON): 3.7,
                  (ON, OFF, OFF): 4.0, (ON, OFF, ON): 4.1, (ON, ON, OFF): 4.2, (ON, ON, ON): 4.3}
MANUAL_SENSORS = {(OFF, OFF, OFF): 25, (OFF, OFF, ON): 50, (OFF, ON, OFF): 100, (OFF, ON, ON): 250,
                  (ON, OFF, OFF): 400, (ON, OFF, ON): 500, (ON, ON, OFF): 1000, (ON, ON, ON): 2000}
MANUAL_CELLS = [4, 8, 12, 16, 20, 24, 28, 32, 48, 64, 80, 96, 128, 156, 204, 255]  # switches 4-7 as binary


def manual_cells(row):
    return MANUAL_CELLS[row[3] * 8 + row[4] * 4 + row[5] * 2 + row[6]]
