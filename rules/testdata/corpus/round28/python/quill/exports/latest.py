import requests

LATEST_URL = (
    "https://stquillpid29fc4.blob.core.windows.net/exports/daily/latest.csv.gz"
    "?sv=2026-04-06&se=2028-04-18T01%3A00%3A00Z&sr=b&sp=r"
    "&sig=Khq5KVJ6SJNO%2FBZK7tZGfmvjoQwcjKL4t%2F7Kq%2BTU%2Bu4%3D"
)


def fetch():
    return requests.get(LATEST_URL, timeout=30).content
