import Config

config :hub, Hub.Blob,
  account: "fabhubrelease",
  sas:
    "sv=2022-11-02&ss=b&srt=co&spr=https&se=2027-07-15T00%3A00%3A00Z&sp=rwl" <>
      "&sig=sOhkhBDy2WMYVDwz%2B5axTWpSZD9SSRQ%2BRqjLFXXuI88%3D"

config :hub, Hub.Cosmos,
  conn: ~S"""
  AccountEndpoint=https://fabhub-docs.documents.azure.com:443/;AccountKey=lUND/VTz43NqUqIYvHwKheErwMz4adkPDGAaztY8twV9ir+nmMPWRth9/8mHLIDriZszVkJk4yDkACDbXNzi1Q==;
  """

if config_env() == :dev do
  config :hub, Hub.Cosmos,
    endpoint: "https://localhost:8081",
    key: "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw=="
end
