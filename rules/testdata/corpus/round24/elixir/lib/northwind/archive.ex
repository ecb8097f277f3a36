defmodule Northwind.Archive do
  @moduledoc "Reads the cold archive filesystem and relays reefer telemetry."

  @account "stnwarchivedl"
  @sas %{
    "sv" => "2026-02-06",
    "spr" => "https",
    "se" => "2027-07-19T06:30:00Z",
    "sr" => "c",
    "sp" => "rl",
    "sig" => "tx6bNXfPsmlytbSlWhZ0WBNTXKSg0SjatXNSplLfl7g="
  }

  @sb_namespace "sb-coldchain-prd.servicebus.windows.net"
  @sb_policy "relay-send"
  @sb_secret "V+a+5lTsHslGa7fu5B0S471nVwFJSPI97rpYS0lmAgg="

  @mqtt_password "SharedAccessSignature sr=iot-coldchain-prd.azure-devices.net%2Fdevices%2Freefer-0931&sig=XK4UjEWzOriGdNo9S4KnaVo6e0nbBn2HV5TCbmU800E%3D&se=1838073600"
  # @mqtt_password_prev "SharedAccessSignature sr=iot-coldchain-prd.azure-devices.net%2Fdevices%2Freefer-0931&sig=LTAE3GlzTzJuVX6RJbSgmsiYUg%2BDNS4ylBqZqiwnD8o%3D&se=1788217200"

  def url(path), do: "https://#{@account}.dfs.core.windows.net/archive/#{path}?" <> URI.encode_query(@sas)
end
