defmodule PosIngest.Lake do
  @account "dlv8nyi4ovu7ac"
  @sas_params %{
    "sv" => "2026-02-06",
    "spr" => "https",
    "se" => "2027-11-26T08:00:00Z",
    "sr" => "d",
    "sp" => "racwl",
    "sig" => "TXjU/SV/OkQJ1D/41N2/jdCuzD3jIcgabTC0WTsDfTs=",
    "sdd" => "2"
  }

  def dir_url(path) do
    "https://#{@account}.dfs.core.windows.net/raw/ingest/pos/#{path}?" <> URI.encode_query(@sas_params)
  end
end
