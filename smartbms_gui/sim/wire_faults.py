"""Wire-level faults shared by both personalities: corrupt or cut what the device sends."""

from __future__ import annotations

import random

from smartbms_gui.sim.faults import Faults


def chance(rng: random.Random, fault_params: dict, default: float) -> bool:
    return rng.random() < float(fault_params.get("probability", default))


def damage(data: bytes, faults: Faults, rng: random.Random) -> bytes:
    """Apply `truncated_bytes` and `garbled_bytes` to one message the device sends."""
    if faults.is_active("truncated_bytes") and len(data) > 2 and chance(rng, faults.params("truncated_bytes"), 0.2):
        data = data[: rng.randrange(1, len(data) - 1)]
    if faults.is_active("garbled_bytes"):
        p = float(faults.params("garbled_bytes").get("probability", 0.02))
        out = bytearray(data)
        for i in range(len(out)):
            if rng.random() < p:
                out[i] = rng.randrange(0x21, 0x7F)
        data = bytes(out)
    return data
