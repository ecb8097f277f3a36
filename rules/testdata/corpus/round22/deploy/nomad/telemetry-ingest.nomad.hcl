job "telemetry-ingest" {
  datacenters = ["weu1"]
  type        = "service"

  group "ingest" {
    count = 3

    task "consumer" {
      driver = "docker"
      config {
        image = "wingtipcr.azurecr.io/telemetry/ingest:2.8.1"
      }

      template {
        destination = "secrets/ingest.env"
        env         = true
        data        = <<EOH
EVENTHUB_NAME=device-telemetry
EVENTHUB_CONNECTION=Endpoint=sb://wt-telemetry-ehns.servicebus.windows.net/;SharedAccessKeyName=ingest-listen;SharedAccessKey=GnzbIm9c7UoMdXvMqz4J+/aXV1CuGKC96+AEhG9xeRc=;EntityPath=device-telemetry
CHECKPOINT_STORAGE_KEY={{ with secret "kv/data/telemetry" }}{{ .Data.data.checkpoint_key }}{{ end }}
CHECKPOINT_ACCOUNT=wttelemetrychk
EOH
      }

      resources {
        cpu    = 500
        memory = 512
      }
    }
  }
}
