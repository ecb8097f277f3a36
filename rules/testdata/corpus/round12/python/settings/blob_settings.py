from dataclasses import dataclass, field


@dataclass(frozen=True)
class BlobSettings:
    account_url: str = "https://sth996fpoodp.blob.core.windows.net"
    container: str = "reports"
    sas_token: str = field(default="?sv=2026-04-06&se=2027-06-01T12%3A00%3A00Z&skoid=ffdd8c55-ab99-4ae2-88e6-e92eecc3ab72&sktid=16f1d974-45a9-448c-b7f4-b6bb999cea48&skt=2024-01-01T00%3A00%3A00Z&ske=2027-06-01T12%3A00%3A00Z&sks=b&skv=2023-11-03&sr=b&sp=r&sig=SHBY1RQ9WsytH640xz7bUD9NL8QaWswuFYRMGennm9E%3D", repr=False)
    account_key: str = field(default="0RJDMm4ERmijUTaYIot49Fp3jN+w21DrdA4jdH0UgZTOfRnIDH51m7ynhbbYnW/niYEkzML4S3ADqsW+tTpiJg==", repr=False)
    # session cookies, not storage
    signing_secret: str = field(default="k5Nr9r9om9AMChADlmJnqKGtlzmRn/sIOALiVVIHtDEPFIFGmd77/oi8I8W6CgAfUkrB8PCK+zsR/XnxAABl7w==", repr=False)


@dataclass(frozen=True)
class BusSettings:
    connection: str = "Endpoint=sb://sb-23qi980ntz.servicebus.windows.net/;SharedAccessKeyName=listen;SharedAccessKey=AXTwweJSJj+IncIr3+cZAMH7EQs3bN1i7bSa4qWRoac=;EntityPath=audit"
    topic: str = "audit"
