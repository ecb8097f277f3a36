import Config

config :archiver, :blob,
  account: "stexarchivelfcvhk",
  container: "archive",
  sas: "sv=2026-04-06&spr=https&se=2029-06-30T00%3A00%3A00Z&sr=c&sp=racwl" <>
       "&sig=eDBcirwYdoojHfDnuFYD2qJ7iqZSBBtHskm7gZPsCqs%3D"

config :archiver, :sample_sas, "sv=2022-11-02&sr=c&sp=r&sig=REPLACE_ME"
