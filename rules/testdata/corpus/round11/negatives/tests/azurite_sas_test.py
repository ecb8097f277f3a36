import pytest
from azure.storage.blob import ContainerClient

AZURITE = "http://127.0.0.1:10000/devstoreaccount1"
CONTAINER_SAS_URL = f"{AZURITE}/uploads?sv=2026-04-06&se=2030-01-01T00%3A00%3A00Z&sr=c&sp=racwdl&sig=W%2FBLSZP0HIy2YxROZmaaXypSPpikjXDz1qGBbBCpDyg%3D"
ACCOUNT_SAS = "sv=2026-04-06&ss=btqf&srt=sco&se=2031-01-01T00%3A00%3A00Z&sp=rwdlacup&sig=N1OhzWtRXqIQoNsyQuYqkLuNHEWD%2FJP9qK%2F3B0mNsIM%3D"
DOCKER_URL = "http://azurite:10000/devstoreaccount1/uploads?sv=2026-04-06&se=2030-01-01T00%3A00%3A00Z&sr=c&sp=racwdl&sig=W%2FBLSZP0HIy2YxROZmaaXypSPpikjXDz1qGBbBCpDyg%3D"


@pytest.fixture
def container():
    return ContainerClient.from_container_url(CONTAINER_SAS_URL)


def test_roundtrip(container):
    container.upload_blob("x.txt", b"x", overwrite=True)
    assert container.download_blob("x.txt").readall() == b"x"
