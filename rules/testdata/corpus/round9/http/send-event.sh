#!/bin/sh
# HTTPie: send a test event
http POST "https://evht4grydexqh.servicebus.windows.net/telemetry/messages?timeout=60&api-version=2014-01" \
  Authorization:'SharedAccessSignature sr=https%3A%2F%2Fevht4grydexqh.servicebus.windows.net%2Ftelemetry&sig=Gyjh%2Byn1pO8cNvmyEtHMw7OidwbT4DpXEYnWC47dK80%3D&se=1795302000&skn=send' \
  Content-Type:'application/atom+xml;type=entry;charset=utf-8' \
  temperature:=21.5
# long-lived one (do not use)
http POST https://evht4grydexqh.servicebus.windows.net/telemetry/messages "Authorization: SharedAccessSignature sr=evht4grydexqh.servicebus.windows.net%2Ftelemetry&sig=7aBlHp2ZVhsl3tEaw8MnP31U03YZY0eRH0JRA9zBYWE%3D&se=2580163200&skn=send" temperature:=22
