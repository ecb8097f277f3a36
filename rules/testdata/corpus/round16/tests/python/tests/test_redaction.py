import pytest

from uploadsvc.logging.redact import redact, looks_like_storage_key

# Cases collected from real log lines (INC-2210). Inputs must stay verbatim so the regexes are
# exercised against what the SDK actually prints.
CASES = [
    pytest.param(
        "PUT https://stuploadsvcd7ligh.blob.core.windows.net/uploads/tmp/7d1e.bin?sv=2026-04-06&se=2027-08-01T00%3A00%3A00Z&sr=b&sp=rw&sig=gEYId8nRUQE%2FOrPLevNaPuxvSlH8OCiWcTsgrdCiRKg%3D 201",
        "PUT https://stuploadsvcd7ligh.blob.core.windows.net/uploads/tmp/7d1e.bin?sv=2026-04-06&se=2027-08-01T00%3A00%3A00Z&sr=b&sp=rw&sig=REDACTED 201",
        id="blob-put",
    ),
    pytest.param(
        "conn=DefaultEndpointsProtocol=https;AccountName=stuploadsvcd7ligh;AccountKey=****;EndpointSuffix=core.windows.net",
        "conn=DefaultEndpointsProtocol=https;AccountName=stuploadsvcd7ligh;AccountKey=****;EndpointSuffix=core.windows.net",
        id="already-masked",
    ),
    pytest.param(
        "GET https://stuploadsvcd7ligh.blob.core.windows.net/uploads/tmp/7d1e.bin?sv=2026-04-06&sr=b&sp=r&sig=%3Csignature%3E",
        "GET https://stuploadsvcd7ligh.blob.core.windows.net/uploads/tmp/7d1e.bin?sv=2026-04-06&sr=b&sp=r&sig=REDACTED",
        id="placeholder-is-still-redacted",
    ),
]


@pytest.mark.parametrize(("raw", "expected"), CASES)
def test_redact(raw, expected):
    assert redact(raw) == expected


@pytest.mark.parametrize(
    "candidate, expected",
    [
        # checksum deliberately broken: must NOT be treated as a storage key
        ("GMmaTlI5fuVj2B3P/LhR4CfMJWjd+r4P4r19/718TySJFG/xVn+SmEAidyyNA0KOv6gfLMk7i7fk+AStdKcdJA==", False),
        ("RbUw1WBdksZYBQ1eKdSAc0OndOJb9BUOZnTXRX2O97zt0WFnOZreOmbdXHn27GRCvmGA0xhDgFm/IV0Ciua32g==", False),
    ],
)
def test_looks_like_storage_key(candidate, expected):
    assert looks_like_storage_key(candidate) is expected
