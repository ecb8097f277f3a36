import os

LANDING_URL = (
    "https://stnwvendorland.dfs.core.windows.net/raw/vendor/acme"
    "?sv=2026-02-06&se=2027-07-19T06%3A30%3A00Z&sr=d"
    "&sp=racwl"
    "&sig=WdrGQCc5wNLW3QwS7h3Sk%2BBCiISeXe1K%2FVRzgNfNOXM%3D&sdd=2"
)

STAGING_LANDING_URL = (
    "https://stnwvendorlandstg.dfs.core.windows.net/raw/vendor/acme"
    "?sv=2026-02-06&se=2027-01-31T00%3A00%3A00Z&sr=d&sdd=2"
    "&sp=racwl"
    "&sig=" + os.environ.get("LANDING_STG_SIG", "")
)
