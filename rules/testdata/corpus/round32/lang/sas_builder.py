"""Build the partner download URL without hitting the SDK (legacy Lambda port)."""
from urllib.parse import urlencode

ACCOUNT = "brakkenlogsst"
CONTAINER = "ingest"

_SAS_FIELDS = {
    "sv": "2026-04-06",
    "se": "2027-10-01T08:30:00Z",
    "sr": "sv=2026-04-06&spr=https&st=2026-11-01T00%3A00%3A00Z&se=2027-10-01T08%3A30%3A00Z&sip=20.41.8.0-20.41.8.255&sr=b&sp=rw".split("sr=")[1].split("&")[0],
    "sp": "r",
    "sig": "oMKrVjEsxcUPYUCJtI3Up5L2OGARStkl8vCWM6SS93g=",
}

# unsigned template used in tests (no signature on purpose)
_TEST_FIELDS = {"sv": "2026-04-06", "se": "2030-01-01T00:00:00Z", "sr": "c", "sp": "r"}


def partner_url(blob: str) -> str:
    return f"https://{ACCOUNT}.blob.core.windows.net/{CONTAINER}/{blob}?" + urlencode(_SAS_FIELDS)
