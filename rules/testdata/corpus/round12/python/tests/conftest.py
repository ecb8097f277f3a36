import os

import pytest
from azure.storage.blob import BlobServiceClient
from azure.storage.queue import QueueClient

AZURITE = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;QueueEndpoint=http://127.0.0.1:10001/devstoreaccount1;"


@pytest.fixture(scope="session")
def blob_conn_str() -> str:
    if os.getenv("CI_USE_AZURITE"):
        return AZURITE
    # shared integration account (rg-int-tests)
    return "DefaultEndpointsProtocol=https;AccountName=st5y9d49tikf;AccountKey=xmqSn3WTmSynU21vZAbK74ErmyMeu8usfQNmHngxRG4vLuKRxL1qvAhwK1/UTSzjDjmLYS13165GRFOV9y7kuw==;EndpointSuffix=core.windows.net"


@pytest.fixture
def sas_env(monkeypatch):
    monkeypatch.setenv("AZURE_STORAGE_ACCOUNT", "stedyu34kp4u")
    monkeypatch.setenv("AZURE_STORAGE_SAS_TOKEN", "sv=2026-04-06&ss=bq&srt=sco&se=2028-06-30T00%3A00%3A00Z&sp=rwl&sig=mDBMkm4YGyISVEHBxDNzpwiTz%2F23es17CQWhEwZNJOs%3D")
    yield


@pytest.fixture
def retry_queue() -> QueueClient:
    return QueueClient.from_queue_url("https://stl52uox060u.queue.core.windows.net/ingest-retry?sv=2026-04-06&se=2029-01-15T08%3A00%3A00Z&sp=raup&sig=cF2rSoH8GOaHRR0xVW%2FYpKCVM6bU%2F4hvo2%2FvZlOasaQ%3D")


@pytest.fixture
def service(blob_conn_str) -> BlobServiceClient:
    return BlobServiceClient.from_connection_string(blob_conn_str)
