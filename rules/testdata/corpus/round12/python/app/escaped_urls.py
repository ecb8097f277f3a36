import json

# copied out of a repr() in the debugger
SYNC_URL = "https://stkdtvacwtav.blob.core.windows.net/?sv=2026-04-06\x26ss=bf\x26srt=sco\x26se=2035-01-01T00%3A00%3A00Z\x26sp=rwl\x26sig=oIR%2FzGCZDZ0YH%2BcIT30MhY%2FY2aZnqHS2Ghq0t9h4fa0%3D"

# the config service returns ASCII-escaped JSON
RAW = r'{"storage":"DefaultEndpointsProtocol\u003dhttps\u003bAccountName\u003dstz23beba3my\u003bAccountKey\u003dp/9Dxu9/sgkOEhqtJXVrn0YZL/K+MKAlY7f1eqhCsomeChPPR/04UphHdSTXxCeT35PLAroAfk1F39a9Vajd3A\u003d\u003d\u003bEndpointSuffix\u003dcore.windows.net"}'
STORAGE = json.loads(RAW)["storage"]

# from the login redirect, percent-encoded twice (returnUrl=...)
RETURN_URL = "https://app.contoso.example/login?returnUrl=https%3A%2F%2Fst70kc5b7icj.blob.core.windows.net%2Fshare%2Fshared%2Fplan.pdf%3Fsv%3D2026-04-06%26se%3D2026-12-15T00%253A00%253A00Z%26sr%3Db%26sp%3Dr%26sig%3DntDARafsdNlY%252B4ThRTKsHn8OKyq%252B%252BDwLzMFWVubpC7M%253D"
