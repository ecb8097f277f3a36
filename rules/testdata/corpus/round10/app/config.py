from pydantic import Field, SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_prefix="APP_")

    report_template_url: str = "https://stdfzzqe8cqf.blob.core.windows.net/reports/weekly.xlsx?sv=2026-04-06&spr=https&se=2026-11-01T00%3A00%3A00Z&sr=b&sp=r&sig=cdCR%2BQChXXw7SUTtFbUkONGTwwT%2BQepArYv32z2Vhzo%3D"
    servicebus_connection: SecretStr = SecretStr(
        "Endpoint=sb://sb-i3xh3x9.servicebus.windows.net/;SharedAccessKeyName=worker;SharedAccessKey=58QjmEzqt52m/3iI4z0cP5WNJuio2ik/p+ej19sBpo4="
    )
    cosmos_key: SecretStr = Field(default=SecretStr(""), alias="COSMOS_KEY")
    storage_sas: str = Field(default="", description="SAS token, e.g. sv=2022-11-02&ss=b&srt=co&sp=rl&se=...&sig=...")


settings = Settings()
