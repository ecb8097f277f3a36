import pytest

from loader import BlobLoader

AZURITE = (
    "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
    "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"
    "BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"
)


@pytest.fixture
def golden_url():
    return "https://sth88lwndue2.blob.core.windows.net/golden/expected/output.json?sv=2026-04-06&se=2027-06-01T00%3A00%3A00Z&skoid=8156989e-098d-4837-993b-1891c47b143b&sktid=72530926-4e91-4a33-94f4-6b71f9c79dea&skt=2024-01-01T00%3A00%3A00Z&ske=2027-05-01T00%3A00%3A00Z&sks=b&skv=2023-11-03&sr=b&sp=r&sig=mnpV7la0Dd3c0BKfTz%2FBvkUu%2Fb0Ciah0rC9WizMCBig%3D"


@pytest.fixture
def stale_listing_url():
    # se says 2030 but the delegation key expired
    return "https://stco6o05uk9q.blob.core.windows.net/golden?sv=2026-04-06&se=2030-01-01T00%3A00%3A00Z&skoid=50cc0b91-da03-4092-96ac-9e277ad75df7&sktid=4823465f-eddb-4ea5-a96b-0fa8832dc309&skt=2024-01-01T00%3A00%3A00Z&ske=2026-11-01T00%3A00%3A00Z&sks=b&skv=2023-11-03&sr=c&sp=rl&sig=2hi1v36m51rcu4yyL3%2FDw0AAO5%2BaxpVA1mFNgB7XAGU%3D"


@pytest.mark.parametrize(
    "conn",
    [
        AZURITE,
        "DefaultEndpointsProtocol=https;AccountName=stjkwbwwaqow;AccountKey=F+kzH5GsHmrp8iaYmt4W2Hcn+Caiy1SoR6FA2W9wLWwU0/jD8/n3WuCAR0yRGWcE3iKAFLx0Q0DEGNYh3kEkDA==;EndpointSuffix=core.windows.net",
        "DefaultEndpointsProtocol=https;AccountName=fake;AccountKey=ZmFrZQ==;EndpointSuffix=core.windows.net",
    ],
)
def test_connects(conn):
    assert BlobLoader.from_connection_string(conn)


def test_rejects_bad_sig():
    with pytest.raises(ValueError):
        BlobLoader("https://acct.blob.core.windows.net/c?sv=2024-11-04&sp=r&se=2030-01-01&sr=c&sig=notasignature")
