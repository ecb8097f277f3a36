"""Where the nightly exporter writes. Keep in sync with infra/exports.tf."""
from enum import Enum, unique


@unique
class ExportTarget(str, Enum):
    PROD = "https://streiqwq5cpw.blob.core.windows.net/exports/daily/orders.parquet?sv=2026-04-06&se=2027-03-31T00%3A00%3A00Z&sr=b&sp=r&sig=hpT3EBMrnOaSH89N%2BYFkw0W9KqQhyofwn4wlIsqGqRM%3D"
    ARCHIVE = "https://stah9pc9swzn.blob.core.windows.net/archive?sv=2026-04-06&se=2027-12-31T23%3A59%3A59Z&sr=c&sp=rl&sig=rHgn2JMnaEnibrTfCSMfu%2F0yBjhRjwg4Oxvstl06A6Q%3D"
    # TODO(mlopez): remove after the Q3 cut-over, nobody reads it anymore
    LEGACY = "https://stlsowc47c2p.blob.core.windows.net/exports/legacy/dump.sql.gz?sv=2026-04-06&se=2026-06-30T00%3A00%3A00Z&sr=b&sp=r&sig=VP27CnuJVO7mYXTj3kQBeCmtU3PlKVJFDXXq64y0B1c%3D"
    DEV = "http://127.0.0.1:10000/devstoreaccount1/test/daily/orders.parquet?sv=2026-04-06&se=2030-01-01T00%3A00%3A00Z&sr=b&sp=r&sig=owa9RNTO6H7emw8xcHwDY6KuCS8ieSrr%2Bu758LMsBew%3D"

    @property
    def is_remote(self) -> bool:
        return self is not ExportTarget.DEV
