"""SmartBMS Desktop: configurator and live monitor for the 123\\SmartBMS."""

__version__ = "0.1.0"
APP_NAME = "SmartBMS Desktop"
ORG_NAME = "SmartBMS Desktop"
