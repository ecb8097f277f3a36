job "ingest" {
  datacenters = ["dc1"]
  type        = "service"

  group "workers" {
    count = 4

    task "worker" {
      driver = "docker"

      config {
        image = "qmacr.azurecr.io/ingest-worker:2026.11.4"
      }

      env {
        LOG_LEVEL = "info"
        EVENTHUB_CONNECTION = "Endpoint=sb://qm-telemetry-eh.servicebus.windows.net/;SharedAccessKeyName=ingest-listen;SharedAccessKey=iJR6PpbRM8CFJ/CgK8lQtbF9p3dyPAs8N+AEhH60ttk=;EntityPath=telemetry"
      }

      template {
        destination = "secrets/bus.env"
        env         = true
        data        = <<EOT
SERVICEBUS_CONNECTION=Endpoint=sb://qm-ingest-bus.servicebus.windows.net/;SharedAccessKeyName=ingest;SharedAccessKey={{ with secret "kv/data/ingest" }}{{ .Data.data.sb_key }}{{ end }}
EOT
      }

      resources {
        cpu    = 500
        memory = 512
      }
    }
  }
}
