import requests
INSTALLER_URL = (
    "https://co2rqmcmsysq2aa.file.core.windows.net/installers/2026/ledger.xlsx?sv=2026-04-06&spr=https&se=2027-08-19T00%3A15%3A49Z&sr=f"
    "&sp=r&sig=65vbuMXnvFJ"
    "HFk5RJ%2FjSUcL3W2wJsEx9mmvedLw0fhU%3D"
)
def fetch():
    return requests.get(INSTALLER_URL, timeout=30).content
