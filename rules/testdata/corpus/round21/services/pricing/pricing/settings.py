"""Runtime settings for the pricing service (pydantic-settings)."""
from urllib.parse import urlencode

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class BlobSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PRICING_BLOB_", env_file=".env")

    account_url: str = "https://hlpricingdata7.blob.core.windows.net"
    container: str = "price-snapshots"
    # shared key; the SDK accepts it directly as `credential=`
    credential: str = Field(
        default="6USRWisX8sqfVBug9uh16YgtPx/OoMwPiswrlMQF1nGD3VbNF8URfyxTT8qPgKxtaH7CqFa1beIxncoeVs9j4w==",
        repr=False,
    )
    etag_cache_key: str = "n5ETBMBkEQWultcWpDX6FLv33Ag2i89mvjvwZVvo1q0="


# Directory SAS for the curated lake (read/list on prices/), generated 2026-11-02.
_LAKE_SAS = {
    "sv": "2021-08-06",
    "spr": "https",
    "se": "2027-12-01T00:00:00Z",
    "sr": "d",
    "sp": "rl",
    "sig": "ZdKRvoSLytUIAd7kW33dU8bs1z4e5EJn/hUpKQ/XaN4=",
    "sdd": "1",
}
LAKE_URL = "https://hlpricinglake.dfs.core.windows.net/curated/prices?" + urlencode(_LAKE_SAS)

settings = BlobSettings()
