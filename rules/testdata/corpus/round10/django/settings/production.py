from .base import *  # noqa

DEBUG = False
SECRET_KEY = "django-insecure-^k3v!p9_w2x%q8r@h7m$1z4t6y0b5n"
ALLOWED_HOSTS = ["shop.contoso.example"]

STORAGES = {
    "default": {"BACKEND": "storages.backends.azure_storage.AzureStorage"},
    "staticfiles": {"BACKEND": "storages.backends.azure_storage.AzureStorage"},
}
AZURE_ACCOUNT_NAME = "sta5oz3vyxuk"
AZURE_ACCOUNT_KEY = "mI3iRcDVKZMCr5yNgMpixHGzj9hKbc8aZz/dSL0ttg5CBi7xxpIdln4rFxGABZbCgXiNfKzUdzqM3oI2lybndQ=="
AZURE_CONTAINER = "media"
AZURE_URL_EXPIRATION_SECS = 3600

EMAIL_QUEUE_CONNECTION = (
    "Endpoint=sb://sb-4605zyj.servicebus.windows.net/;SharedAccessKeyName=django-send;SharedAccessKey=PSip6haUT3kBIZJTxPzw658mGDVfC6kwq5vHaNuMHA4=;EntityPath=emails"
)

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": "rediss://:@cache-shop.redis.cache.windows.net:6380/0",
        "KEY_PREFIX": "shop-prod",
    }
}
