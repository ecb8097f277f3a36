import pytest
import requests

from app.uploads import Uploader

AZURITE_CONN = (
    "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;"
    "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"
    "BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"
)


@pytest.fixture
def invoice_url():
    # copied from staging so the smoke test can hit a real blob
    return "https://st7zf0xfj259.blob.core.windows.net/uploads/fixtures/invoice-0042.pdf?sv=2026-04-06&se=2027-06-30T00%3A00%3A00Z&sr=b&sp=rw&sig=RuP6Tjr5MCtBLpamkW82jWjje5ji0Vog71DNOHvgDm4%3D"


@pytest.fixture
def legacy_url():
    return "https://stp3xg1lip5f.blob.core.windows.net/uploads/fixtures/old.csv?sv=2021-08-06&se=2025-06-30T00%3A00%3A00Z&sr=b&sp=r&sig=5F5Q3STXJ2E3C1kHr6I56Y%2Bci3UYaaSGRoIRrJ2Lfdw%3D"


@pytest.mark.integration
def test_download_invoice(invoice_url):
    r = requests.get(invoice_url, timeout=10)
    assert r.status_code == 200


def test_local_roundtrip():
    up = Uploader.from_connection_string(AZURITE_CONN)
    assert up.container("uploads").exists() in (True, False)
