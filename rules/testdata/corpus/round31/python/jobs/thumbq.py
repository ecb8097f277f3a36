from urllib.parse import urlencode

QUEUE = "https://l9yhr5ylwy0i.queue.core.windows.net/email-out"
SAS_FIELDS = {
    "sv": "2026-04-06",
    "spr": "https",
    "st": "2028-07-02T05:10:00Z",
    "se": "2028-11-21T05:10:00Z",
    "sp": "p",
    "sig": "DWlq229SSk50FB/QHr2UIPeEK+Dyb6AXaC6RvJ/Wbyg=",
}
QUEUE_URL = QUEUE + "?" + urlencode(SAS_FIELDS)
PARTNER = {"sv": "2024-11-04", "sr": "c", "sp": "rl", "sig": os.environ["PARTNER_SIG"]}
