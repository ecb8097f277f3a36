"""Build download links for partner exports on the Azure Files share."""
import os
from urllib.parse import quote

SHARE_URL = "https://wtexportsfs3.file.core.windows.net/partner-exports"

# share-level SAS (read/list), one field per tuple so diffs stay readable
_SAS_PARTS = [
    ("sv", "2022-11-02"),
    ("spr", "https"),
    ("st", "2026-11-18T00:00:00Z"),
    ("se", "2027-11-18T00:00:00Z"),
    ("sr", "s"),
    ("sp", "rl"),
    ("sig", "1Ogh5a3WKwYhHY0Z5GxIRvJ0eu1xaujgzWpUeP2+zxI="),
]
_SAS = "&".join(f"{k}={quote(v, safe='')}" for k, v in _SAS_PARTS)

# staging: same shape, signature injected by the deploy
_STAGING_PARTS = [
    ("sv", "2022-11-02"),
    ("sr", "s"),
    ("sp", "rl"),
    ("se", "2027-11-18T00:00:00Z"),
    ("sig", os.environ.get("STAGING_EXPORTS_SIG", "")),
]


def link(path: str) -> str:
    return f"{SHARE_URL}/{quote(path)}?{_SAS}"
