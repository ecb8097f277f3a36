import Config

config :telemetry_ingest, TelemetryIngest.EventHub,
  connection_string: ~s(Endpoint=sb://evhp8uk55p0bnxz1.servicebus.windows.net/;SharedAccessKeyName=elixir-producer;SharedAccessKey=Xj6fFNgG9NVgoQTQG9KrvpjHZed61PmxzajAo/8TauM=;EntityPath=telemetry),
  legacy_token: ~S|SharedAccessSignature sr=sb%3A%2F%2Fevholdo3161.servicebus.windows.net%2Ftelemetry&sig=BNp3M6fdzDjs5ex88HPtGJHOxb6khaJR51VnGm8F3cA%3D&se=1772386200&skn=send|,
  partition_count: 8

config :telemetry_ingest, TelemetryIngest.Repo,
  password: System.fetch_env!("DB_PASSWORD")
