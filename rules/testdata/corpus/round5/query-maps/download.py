import requests

SAS = {"sv": "2026-02-06", "ss": "bq", "srt": "sc", "spr": "https", "se": "2026-11-23T20:36:47Z", "sp": "iy", "sig": "k+cZs8acOSqgjiGiBLSNUDfALX5I24XOiuq0apJ/QHo="}
resp = requests.get("https://prodr6ly4q0axek.blob.core.windows.net/exports/q3.csv", params=SAS, timeout=30)
