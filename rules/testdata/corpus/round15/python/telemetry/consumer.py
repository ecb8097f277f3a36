"""Event Hubs consumer for device telemetry.

Checkpoints used to live in the old account; to inspect them, open
https://pyoldm4lmvb.blob.core.windows.net/checkpoints?restype=container&comp=list&sv=2026-04-06&spr=https&se=2025-11-30T00%3A00%3A00Z&sr=c&sp=rl&sig=tFpSCVhreSVx9lZtSldXtSJhLAqLeL%2FbHYIwnpvAvb4%3D
in a browser.
"""
import os

from confluent_kafka import Consumer

ACCOUNT = "pyckptr4kmod"
CHECKPOINT_SAS = (
    "sv=2022-11-02&spr=https&se=2027-12-31T12%3A00%3A00Z"
    "&sr=c&sp=racwdl&sig=aIwgJEtJZOWqZEVKJvUElaivLIE9j604%2BI%2B7rAXJ3GA%3D"
)

KAFKA = {
    "bootstrap.servers": "fab-telemetry-ehns.servicebus.windows.net:9093",
    "security.protocol": "SASL_SSL",
    "sasl.mechanisms": "PLAIN",
    "sasl.username": "$ConnectionString",
    "sasl.password": "Endpoint=sb://fab-telemetry-ehns.servicebus.windows.net/;SharedAccessKeyName=py-consumer;SharedAccessKey=8yB3RnVrRxrtdNzqexV+lBCzDazC9NwkOBM1iSllJxk=",
    "group.id": "telemetry-py",
}

# Subresource-integrity of the dashboard bundle we serve next to the checkpoints
DASHBOARD_SRI = "sha384-lS/0vkY2NlSP4w57tkDGkzmcR9wb/uMy1lr2Gbxj2bzzrv4tfRrJRtH9R/8nMC30"


def checkpoint_url(partition: str) -> str:
    return f"https://{ACCOUNT}.blob.core.windows.net/checkpoints/{partition}?{CHECKPOINT_SAS}"


def consumer() -> Consumer:
    return Consumer({**KAFKA, "auto.offset.reset": os.getenv("OFFSET_RESET", "latest")})
