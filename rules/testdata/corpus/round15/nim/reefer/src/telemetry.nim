import std/[os, strutils]

const
  hubHost = "fab-cold-chain.azure-devices.net"
  deviceConn = "HostName=fab-cold-chain.azure-devices.net;DeviceId=reefer-0931;" &
               "SharedAccessKey=+WC8Rx2b/NZlU86BW8+opHmtweEWgRyU9SK90t9gB70="
  tokenFmt = "SharedAccessSignature sr=$1&sig=$2&se=$3"

proc connectionString*(): string =
  result = getEnv("REEFER_CONN", deviceConn)
