defmodule Lsf.Telemetry.Hub do
  @moduledoc "Publishes scanner telemetry to Event Hubs over HTTPS."
  @sas_token "SharedAccessSignature sr=https%3A%2F%2Fquay-telemetry.servicebus.windows.net%2Ftelemetry%2Fpublishers%2Fdev-7&sig=koMi1B0zUQoH4DHp2dhHyhoQ3Sv1AxzbDSILogxwS1o%3D&se=1840752000&skn=device-send"
  @expired_token "SharedAccessSignature sr=https%3A%2F%2Fquay-telemetry.servicebus.windows.net%2Ftelemetry&sig=WSvBN3KaMjrusv6O99PSn%2BhKoyFSbQ74p7x0C4v%2Fbgs%3D&se=1754006400&skn=device-send"
  @doc_example "SharedAccessSignature sr=https%3A%2F%2Fexample.servicebus.windows.net%2Fhub&sig=<signature>&se=1700000000&skn=send"

  def headers, do: [{"Authorization", @sas_token}, {"Content-Type", "application/atom+xml;type=entry;charset=utf-8"}]
end
