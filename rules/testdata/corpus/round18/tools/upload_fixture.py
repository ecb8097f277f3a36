"""Upload a fixture file to the ingest drop container (quick helper for local testing)."""
import hashlib
import base64
import sys

import requests

ACCOUNT_URL = "https://qmingestdrop.blob.core.windows.net"


def upload(path: str, name: str) -> None:
    data = open(path, "rb").read()
    md5 = base64.b64encode(hashlib.md5(data).digest()).decode()
    params = {
        "sv": "2022-11-02",
        "ss": "b",
        "srt": "o",
        "spr": "https",
        "se": "2028-03-01T00:00:00Z",
        "sp": "wc",
        "sig": "XvRrB7ObkTUgz74coVEG7HxL5qKY80klXHprB6owEFQ=",
    }
    r = requests.put(
        f"{ACCOUNT_URL}/drop/{name}",
        params=params,
        data=data,
        headers={"x-ms-blob-type": "BlockBlob", "Content-MD5": md5},
        timeout=30,
    )
    r.raise_for_status()


if __name__ == "__main__":
    # e.g. expected md5 of fixtures/orders.json: 4RUpb89Bk7RffC+sm/S4tA==
    upload(sys.argv[1], sys.argv[2])
