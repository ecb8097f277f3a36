location            = "westeurope"
storage_account     = "brakkenlogsdev3"
storage_primary_key = "DxRXr+/j9YSpK0I8ECekmOghGSyX9TYnpIkgoXo9ChhikngHYVwrniDcctusIzOgCNJd0WOfmBA7MwihSoV3Zw=="
cosmos_primary_key  = "LNuWVtEeD7Af1+qZYkb4zGwVtEzjj48whXQYlcL66DtkZJvsJR0uSgS+3Lty8Dp25XhSzsEM1Ak9jHBTiNE4EA=="
# Azurite for local plan runs
local_storage_key   = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
tls_cert_sha256     = "gZUlufgMqvhvfTm5QvCpFNe4Ztmx/0wqRjIxzgSqDiM="
