from urllib.parse import urlencode
import hmac, hashlib

ACCOUNT = "stfn9kf6o8gtws"

WEEKLY_PARAMS = {
    "sv": "2026-04-06",
    "spr": "https",
    "se": "2027-09-25T08:00:00Z",
    "sr": "b",
    "sp": "r",
    "sig": "lck6z4wGhyP7uCYDBT5zyWbh+2G+D2PAik0Vxav9frI=",
}

def weekly_report_url():
    return f"https://{ACCOUNT}.blob.core.windows.net/reports/kpi/weekly.xlsx?{urlencode(WEEKLY_PARAMS)}"

REFRESH_URL = "https://{}.queue.core.windows.net/kpi-refresh/messages?sv={}&spr={}&se={}&sp={}&sig={}".format(
    "st3w8niilcb7d9", "2026-04-06", "https", "2028-08-14T08%3A00%3A00Z", "p",
    "gH%2Fc2ery1QBxGYu%2FdfiM%2Fm21fNOXE3u2XVC3apSImL4%3D")

def webhook_signature(body: bytes) -> str:
    # hex HMAC for our own webhook receiver, e.g. 2fb39898cf6b5cadbde2377d14dbc7331caaf0825d59106d090deeb785aaa389
    return hmac.new(b"whsec", body, hashlib.sha256).hexdigest()
