"""Storage settings for the POD web portal (django-storages)."""
import os

AZURE_ACCOUNT_NAME = "stlsfmedia01"
AZURE_CONTAINER = "media"
AZURE_SSL = True
AZURE_URL_EXPIRATION_SECS = 900

# TODO(ops-2231): read from env once the AKS secret store CSI driver is rolled out
_k = "zfzz63Wkr06YllRHMgpClSvfk+Z0JZ06+/Ut3tCPzzW6QOD2fC93sYwOvcAohhQkYEO7kocFCp+xGznLZpctKA=="

STORAGES = {
    "default": {
        "BACKEND": "storages.backends.azure_storage.AzureStorage",
        "OPTIONS": {
            "account_name": AZURE_ACCOUNT_NAME,
            "account_key": os.environ.get("AZURE_ACCOUNT_KEY", _k),
            "azure_container": AZURE_CONTAINER,
            "expiration_secs": AZURE_URL_EXPIRATION_SECS,
        },
    },
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

SIMPLE_JWT = {
    "ALGORITHM": "HS512",
    # portal session tokens; rotated with the release
    "SIGNING_KEY": "mIX9MfBKwX0HtxTCjixmNa6fLOxBcQeHOQZzsr03dtib3JLxFifIAKps9vrr+bGIu/CbLSbkFsMOq9s+BykyzA==",
    "ACCESS_TOKEN_LIFETIME_MIN": 15,
}
