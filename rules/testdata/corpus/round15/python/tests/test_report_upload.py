from unittest import mock

import pytest

from reports.upload import publish, parse_key


@mock.patch("reports.upload.BlobClient")
def test_publish_returns_download_link(blob_client):
    blob_client.from_connection_string.return_value.url = (
        "https://pymockox8u3f.blob.core.windows.net/uploads/reports/q3.pdf?sv=2026-04-06&spr=https&se=2027-07-15T08%3A00%3A00Z&sr=b&sp=r&sig=X2H9%2FOVz2sTVDFLGK05GMg2LkE5JSC7Ihw2jXJjFd%2FM%3D"
    )
    assert publish("q3.pdf").startswith("https://")


@pytest.mark.parametrize(
    "raw,ok",
    [
        ("DUSc54QIpjW9aacv0BOnm2KpbGcU4C4t+w65uFyHsIn29zOMPkxLPIgsvW31smVTxmoJw9Ws8IQ0+AStvp1UHA==", True),
        ("Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==", True),
        ("not-a-key", False),
    ],
)
def test_parse_key(raw, ok):
    assert (parse_key(raw) is not None) == ok
