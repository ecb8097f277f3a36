config :app, :storage,
  connection_string: "DefaultEndpointsProtocol=http;AccountName=backup5ekg9h70bigr;AccountKey=OiXuzsSAtHvMqKDOwKMyN6xwG7vNOMBbxFvKZiSRFF6XA4+UdIc1NzKTQdHbeHEOHQbKPKKAvqOS1yo+VtGZzA==;EndpointSuffix=core.windows.net"
config :app, :sas, System.get_env("SAS")
