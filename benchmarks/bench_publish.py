"""Publishing benchmark (issue 20): the CPU of `MqttPublisher` for eight 255-cell batteries at the
device's rate, and a broker restart with nothing lost and the order kept.

The broker runs in a process of its own (Mosquitto where installed, else amqtt from the test extras),
on a free local port; its CPU is not counted.

1. CPU. Eight `LiveState`s are fed the simulator's real stream (each pack of `sim/packs.py` with
   `--cells` cells; the messages made beforehand and decoded by `StreamDecoder` as the link does) at
   the device's rate, one message cycle per pack every `--rate` seconds (0.5 s: switch 1 on, the
   fastest the BMS sends). The same feed runs without a publisher, with one publishing every pack's
   state and cells at that rate (QoS 1, discovery on), and without again; `publishing_cpu_pct` is
   this process's CPU with the publisher less the mean of the two runs without it, in % of one core
   (`time.process_time`, so other processes on the machine do not count).
2. Broker restart. With the publisher running, the broker is killed (SIGKILL: no goodbye, retained
   messages gone) for `--outage` seconds and started again on the same port; a subscriber connects
   at once and the publisher comes back by its own backoff. Every state message made from the kill
   on must reach the new subscriber (`lost` = made − received, duplicates not counted twice), each
   pack's messages in the order they were made (`order_kept`).

Prints figures, then one JSON line: `packs`, `cells`, `rate_s`, `broker`, `publishing_cpu_pct`,
`feed_cpu_pct`, `messages_per_s`, `outage_s`, `made_during_outage`, `received`, `lost`, `duplicates`,
`order_kept`, `reconnect_after_s`, `drained_after_s`, `goal_cpu_met`, `goal_outage_met`.
Goals: publishing ≤ 2 % of one core; a 60 s broker restart: zero lost, order kept.
Usage: python benchmarks/bench_publish.py [--seconds 20] [--outage 60] [--packs 8] [--cells 255]
       [--broker auto|mosquitto|amqtt]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import sys
import time
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[1] / "tests" / "publish"),
                str(Path(__file__).resolve().parents[1] / "tests")]

from mqtt_brokers import AmqttBroker, MosquittoBroker, Subscriber  # noqa: E402

from smartbms_gui.device.model import LiveState  # noqa: E402
from smartbms_gui.device.publish import MqttPublisher, PublishConfig  # noqa: E402
from smartbms_gui.protocol.scaling import Generation  # noqa: E402
from smartbms_gui.protocol.stream import StreamDecoder  # noqa: E402
from smartbms_gui.sim.ascii_peer import AsciiPeer  # noqa: E402
from smartbms_gui.sim.battery import SimulatedBattery  # noqa: E402
from smartbms_gui.sim.packs import pack_serial, pack_variant  # noqa: E402

GOAL_CPU_PCT = 2.0


def make_feed(packs: int, cells: int, cycles: int) -> list[list[list]]:
    """Per pack, `cycles` message cycles of decoded records (the battery moving on 0.5 s each time)."""
    feed = []
    for index in range(packs):
        battery = SimulatedBattery(generation=Generation.GEN2, **pack_variant(index, cells=cells))
        peer = AsciiPeer(battery, Generation.GEN2)
        decoder = StreamDecoder(Generation.GEN2)
        pack_cycles = []
        for _ in range(cycles):
            battery.step(0.5)
            pack_cycles.append([r for r in decoder.feed(peer.stream_message()) if not _is_reply(r)])
        feed.append(pack_cycles)
    return feed


def _is_reply(item) -> bool:
    return type(item).__name__ == "ReplyLine"


async def run_feed(lives: list[LiveState], feed: list[list[list]], rate_s: float, seconds: float) -> None:
    loop = asyncio.get_running_loop()
    start = loop.time()
    n = 0
    while loop.time() - start < seconds:
        for live, cycles in zip(lives, feed):
            now = live.clock()
            for record in cycles[n % len(cycles)]:
                live.apply(record, now)
        n += 1
        await asyncio.sleep(max(0.0, start + n * rate_s - loop.time()))


def new_lives(packs: int) -> list[LiveState]:
    lives = [LiveState(generation=Generation.GEN2) for _ in range(packs)]
    for live in lives:
        live.set_link(True)
    return lives


async def cpu_of(coro) -> float:
    before = time.process_time()
    await coro
    return time.process_time() - before


async def main(args: argparse.Namespace) -> dict:
    use_mosquitto = args.broker == "mosquitto" or (args.broker == "auto" and shutil.which("mosquitto"))
    broker = MosquittoBroker() if use_mosquitto else AmqttBroker()
    broker.start()
    print(f"broker: {broker.name} on port {broker.port}")
    feed = make_feed(args.packs, args.cells, cycles=max(8, -(-args.cells // 8)))
    serials = [f"{pack_serial(i):05d}" for i in range(args.packs)]
    try:
        lives = new_lives(args.packs)
        await run_feed(lives, feed, args.rate, 2.0)  # warm-up: every cell known
        base_1 = await cpu_of(run_feed(lives, feed, args.rate, args.seconds))
        print(f"feed alone: {base_1 / args.seconds * 100:.2f} % of one core")

        config = PublishConfig(interval_s=args.rate, client_id="bench-publish").with_url(broker.url)
        publisher = MqttPublisher(config)
        for serial, live in zip(serials, lives):
            publisher.add_battery(serial, live)
        publisher.start()
        await publisher.wait_for(lambda s: s.connected, 15.0)
        await run_feed(lives, feed, args.rate, 2.0)  # discovery sent, steady state
        sent_before = publisher.status.sent
        with_publisher = await cpu_of(run_feed(lives, feed, args.rate, args.seconds))
        messages_per_s = (publisher.status.sent - sent_before) / args.seconds
        print(f"feed + publisher: {with_publisher / args.seconds * 100:.2f} % of one core "
              f"({messages_per_s:.1f} state messages/s, as many cells messages)")
        feeding = asyncio.ensure_future(run_feed(lives, feed, args.rate, 1e9))

        # ---- the broker restart
        made: dict[str, list[float]] = {s: [] for s in serials}
        original_push = publisher._outbox.push

        def push(item) -> None:
            made[item.topic.split("/")[1]].append(json.loads(item.payload)["time"])
            original_push(item)

        publisher._outbox.push = push  # type: ignore[method-assign]  # count what is made from the kill on
        broker.kill()
        killed = time.monotonic()
        print(f"broker killed; back in {args.outage:g} s")
        await asyncio.sleep(args.outage)
        await asyncio.to_thread(broker.restart)
        back = time.monotonic()
        async with Subscriber(broker.port, "smartbms/+/state") as sub:
            early = publisher.status.connected  # the publisher came back before the subscriber: would miss some
            await publisher.wait_for(lambda s: s.connected, args.outage + 60.0)
            reconnect_after = time.monotonic() - back
            await publisher.wait_for(lambda s: s.connected and s.queued == 0, 120.0)
            drained_after = time.monotonic() - back
            publisher._outbox.push = original_push  # type: ignore[method-assign]
            await asyncio.sleep(1.0)  # the last acknowledged ones reach the subscriber
        feeding.cancel()
        await asyncio.gather(feeding, return_exceptions=True)
        await publisher.close()
        base_2 = await cpu_of(run_feed(lives, feed, args.rate, args.seconds))
        print(f"feed alone again: {base_2 / args.seconds * 100:.2f} % of one core")
    finally:
        broker.stop_and_output()

    received: dict[str, list[float]] = {s: [] for s in serials}
    for message in sub.messages:
        received[message.topic.split("/")[1]].append(message.json()["time"])
    lost = duplicates = 0
    order_kept = True
    for serial in serials:
        want = made[serial]
        got = received[serial]
        unique = list(dict.fromkeys(got))
        duplicates += len(got) - len(unique)
        lost += len(set(want) - set(unique))
        in_order = [t for t in unique if t in set(want)]
        order_kept = order_kept and in_order == sorted(in_order) and in_order == [t for t in want if t in set(unique)]
    baseline = (base_1 + base_2) / 2
    publishing_pct = (with_publisher - baseline) / args.seconds * 100
    result = {
        "packs": args.packs, "cells": args.cells, "rate_s": args.rate, "broker": broker.name,
        "publishing_cpu_pct": round(publishing_pct, 2), "feed_cpu_pct": round(baseline / args.seconds * 100, 2),
        "messages_per_s": round(messages_per_s, 1), "outage_s": args.outage,
        "made_during_outage": sum(len(v) for v in made.values()), "received": sum(len(v) for v in received.values()),
        "lost": lost, "duplicates": duplicates, "order_kept": order_kept,
        "reconnect_after_s": round(reconnect_after, 2), "drained_after_s": round(drained_after, 2),
        "publisher_back_before_subscriber": early, "dropped": publisher.status.dropped,
        "outage_measured_s": round(back - killed, 1),
        "goal_cpu_met": publishing_pct <= GOAL_CPU_PCT, "goal_outage_met": lost == 0 and order_kept,
    }
    print(f"publishing: {publishing_pct:.2f} % of one core (goal ≤ {GOAL_CPU_PCT:g} %)")
    print(f"broker restart of {args.outage:g} s: {result['made_during_outage']} made, {lost} lost, "
          f"{duplicates} duplicates, order kept: {order_kept}; publisher back {reconnect_after:.1f} s and "
          f"queue sent {drained_after:.1f} s after the broker")
    return result


def parse_args(argv=None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--packs", type=int, default=8)
    parser.add_argument("--cells", type=int, default=255)
    parser.add_argument("--rate", type=float, default=0.5, help="the device's message interval (default 0.5 s)")
    parser.add_argument("--seconds", type=float, default=20.0, help="each CPU run (default 20 s)")
    parser.add_argument("--outage", type=float, default=60.0, help="how long the broker is away (default 60 s)")
    parser.add_argument("--broker", choices=("auto", "mosquitto", "amqtt"), default="auto",
                        help="auto: Mosquitto where installed, else amqtt")
    return parser.parse_args(argv)


if __name__ == "__main__":
    outcome = asyncio.run(main(parse_args()))
    print(json.dumps(outcome))
