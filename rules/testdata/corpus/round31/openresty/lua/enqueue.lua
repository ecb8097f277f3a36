local q = {
  "sv=" .. ngx.escape_uri("2026-04-06"),
  "spr=" .. ngx.escape_uri("https"),
  "st=" .. ngx.escape_uri("2027-03-28T23:15:06Z"),
  "se=" .. ngx.escape_uri("2027-09-08T23:15:06Z"),
  "sip=" .. ngx.escape_uri("20.190.10.1-20.177.10.254"),
  "sp=" .. ngx.escape_uri("r"),
  "sig=" .. ngx.escape_uri("7eZmSEClwkww/5EpxlN49h0AgQjIqv5SxeJWNEPsYF4="),
}
local QUEUE_URL = "https://mn6abfxpc.queue.core.windows.net/orders-in/messages?" .. table.concat(q, "&")
