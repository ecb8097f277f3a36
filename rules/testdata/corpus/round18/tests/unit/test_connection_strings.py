import pytest

from quill.storage.connstr import parse_connection_string, ConnectionStringError


@pytest.mark.parametrize(
    "raw, expected_account",
    [
        pytest.param(
            "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;",
            "devstoreaccount1",
            id="azurite",
        ),
        pytest.param(
            # copied from the portal while debugging the prod import, TODO replace with a fake
            "DefaultEndpointsProtocol=https;AccountName=prdinvoicestg;AccountKey=qWwVP/2mXNUUNS9dqLP1EHCIqK2oz+h8zGk4JPWwXQ4OvGZkTJdB9AK8QdxlC/2FcBOzI3P1kdBdyxMDv3Kfbg==;EndpointSuffix=core.windows.net",
            "prdinvoicestg",
            id="prod-shape",
        ),
        pytest.param(
            "DefaultEndpointsProtocol=https;AccountName=myaccount;AccountKey=<account-key>;EndpointSuffix=core.windows.net",
            "myaccount",
            id="docs-placeholder",
        ),
        pytest.param("UseDevelopmentStorage=true", "devstoreaccount1", id="shorthand"),
    ],
)
def test_parse_account(raw, expected_account):
    assert parse_connection_string(raw).account_name == expected_account


def test_rejects_service_bus():
    with pytest.raises(ConnectionStringError):
        parse_connection_string(
            "Endpoint=sb://quill-orders-prod.servicebus.windows.net/;SharedAccessKeyName=orders-listen;SharedAccessKey=p2mIumYIub871lKP1o84qUzWX3FMBcAlaRC345fm6OI=;EntityPath=orders"
        )


def test_checksum_is_not_a_key():
    # sha512 of fixtures/invoice.pdf, same length as an account key
    digest = "ohYQj2L7DKAAX06G0A0LlJE3kC0kdb4cg4SLcRdqRBFe/LifssIo6RUhC8jSjX0wSEhknTDgUOqd1l1UxUCM/Q=="
    with pytest.raises(ConnectionStringError):
        parse_connection_string(f"AccountName=x;AccountKey={digest}")
