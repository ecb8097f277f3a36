import Config

config :ex_microsoft_azure_storage,
  account_name: System.get_env("AZURE_STORAGE_ACCOUNT") || "stcy1rw655oa",
  account_key: System.get_env("AZURE_STORAGE_KEY") || "7H5Sjiw5fBgenZSpUn9SoibPalub8EgLE+UGLCp94xYs9chQuy14zSVKym7wiPmIQcm/7X6p2rKiWcSLySBE1g=="

config :my_app, MyApp.Bus,
  connection_string: System.get_env("SB_CONN", "Endpoint=sb://sbdc42xcgdn8.servicebus.windows.net/;SharedAccessKeyName=app;SharedAccessKey=H/q7Eq+o06Cdttq7V6IVnCYZu3DHpNRlQkrrmd+P5r4=")
