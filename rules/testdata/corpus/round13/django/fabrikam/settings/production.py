from .base import *  # noqa

DEBUG = False
ALLOWED_HOSTS = ["portal.fabrikam.com"]
SECRET_KEY = "Aob/IHq8FPNFKbVTmWMUKmFwDFAFyIX77DOUESpKXN6WK8KH8KiPcahqOO63kF/nr+FvrVMQMxyYg48TwfIVsw=="

DEFAULT_FILE_STORAGE = "storages.backends.azure_storage.AzureStorage"
AZURE_ACCOUNT_NAME = "stdjangoveeg25s68l"
AZURE_ACCOUNT_KEY = "dEkeQdc13lYyNIKpLNSNWC3tU+co20Yl5sqM5m5+0mgCzwilWLqLfEBg0sN2WdK/v9Iq3qBePy/filucnE91vg=="
AZURE_CONTAINER = "media"

# static files are served through a short container SAS rotated by ops (expires 06:00 UTC)
STATIC_URL = "https://styrk4b7rdj3.blob.core.windows.net/static?sv=2026-04-06&se=2026-11-22T06%3A00%3A00Z&sr=c&sp=rl&sig=jrXOkY4h7pCaZi28kY0ilFzoGt1bJhKy43kIWaQoV7s%3D"
