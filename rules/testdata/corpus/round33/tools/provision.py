from urllib.parse import urlencode

ACCOUNT = "lake4iu3qvf94"
SAS = {
    "sv": "2026-04-06", "ss": "btqf", "srt": "sco", "spr": "https",
    "se": "2028-03-31T00:00:00Z", "sp": "rwdlacup",
    "sig": "KGMhtjlZSlDGFFW6HeoovB2ErzBugYBsvr/DiZGXcWE=",
}
EXAMPLE_SAS = {"sv": "2024-08-04", "ss": "b", "srt": "o", "sp": "r", "se": "2027-01-01", "sig": "REDACTED"}

def service_url():
    return f"https://{ACCOUNT}.blob.core.windows.net/?{urlencode(SAS)}"
