"""Publishing the live data over MQTT (issue 20), with Home Assistant discovery. No Qt.

- `config.py`: `PublishConfig` (broker URL, protocol, TLS, user, client id, prefix, rate, queue
  limit, discovery) and the password kept in the operating system's keyring.
- `payloads.py`: pure: the topics, the state and cells JSON from a `LiveState`, the Home Assistant
  discovery messages (and the empty ones that remove a battery's entities).
- `outbox.py`: the state messages waiting for the broker, in order, up to the limit in seconds.
- `publisher.py`: `MqttPublisher` on aiomqtt: connects with backoff, sends the queue in order with
  QoS 1 (a message leaves the queue only once the broker acknowledged it), the availability topic
  with its last will, and the publisher's state for the window and the command line.

docs/publishing.md describes the topics and payloads for the people who use them.
"""

from smartbms_gui.device.publish.config import BrokerUrlError, PublishConfig, parse_broker_url
from smartbms_gui.device.publish.publisher import MqttPublisher, PublisherPhase, PublisherStatus

__all__ = ["BrokerUrlError", "MqttPublisher", "PublishConfig", "PublisherPhase", "PublisherStatus",
           "parse_broker_url"]
