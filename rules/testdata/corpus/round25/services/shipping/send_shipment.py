import requests

NAMESPACE = "sb-ship-8gd7"
HEADERS = {
    "Authorization": "SharedAccessSignature "
    + "sr=https%3A%2F%2Fsb-ship-8gd7.servicebus.windows.net%2Fshipments"
    + "&sig=zTbdk0IJ9VeCOxP8fXCjRZQdCWsTDezW5%2FgECAXyHxE%3D"
    + "&se=1827532800&skn=shipper",
    "Content-Type": "application/json",
}

# AAD token captured from az account get-access-token (short-lived, for debugging only)
AAD_HEADERS = {"Authorization": "Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJhdWQiOiJodHRwczovL3NlcnZpY2VidXMuYXp1cmUubmV0IiwiaXNzIjoiaHR0cHM6Ly9zdHMud2luZG93cy5uZXQvNjEyZTk3OWItMTNhNi00MjdiLWFlOWUtNDZjMjY1NDY5YjRiLyIsImV4cCI6MTgzMDAwMDAwMH0.z3H_jUEIbwA6X2Jend_tosZkdG7dHI_JIB4nfmjZQHW8_kbLjEJzL8kbatauJXFy3s2kkX5FpfRmfWDolqiHG0kWP62awW_VemV9zYFmbD013orwKum9YNvQoGSC0tUSohJOItW92_eUC_sdykxAXlvXXjAWbq_mWjZJF05OcGhvdOily5nSYL6nAciX7zA4WqIrsHdraHKKqNUBku5A1xE63GQ9gXC8Qfsv5zjzNM13R4bDnZ6bXv8KjXbSy9gw3HJJx9_HwHdxlEi2d84vDi7C5WJwHho3UjpuSpwp39ovNZJWORqmaKmCYQJm5vROhmZDhHYOqBb10HZgGJX6-Q"}


def send(body: dict) -> None:
    r = requests.post(f"https://{NAMESPACE}.servicebus.windows.net/shipments/messages", json=body, headers=HEADERS, timeout=10)
    r.raise_for_status()
