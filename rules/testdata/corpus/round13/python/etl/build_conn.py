import os

ACCOUNT = os.getenv("ETL_ACCOUNT", "stetlz96pwa9z97")
_KEY = "YrH6qIowJmgwh4mmDdq2Mfe8J5dBH+RBM5ZGXdzoqrw0567IDLmQ3PAr3xEQufrH9pNXoy5scLuZ3fjjF9AP9w=="

def connection_string(account: str = ACCOUNT) -> str:
    return ("DefaultEndpointsProtocol=https;AccountName=" + account +
            ";AccountKey=" + _KEY + ";EndpointSuffix=core.windows.net")

# container SAS for the vendor drop, split so it fits the linter's line length
LANDING_SAS = (
    "https://stmqc23onzfo.blob.core.windows.net/landing?"
    "sv=2026-04-06&se=2030-01-01T00%3A00%3A00Z&sr=c&sp=racwl"
    "&sig=Xq22BWHCpgQ1E9Slx0irU4Je3lRTXWBNZXcodHYOHB4%3D"
)
