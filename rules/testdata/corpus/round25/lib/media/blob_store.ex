defmodule Media.BlobStore do
  @moduledoc "Thin wrapper over Azurex for the media account."

  @account "exmediar2px"
  @access_key "OppXo9pfMCFBJtA9Wwv2swO08vOOFOP3+2QvOeZdLzPU/Dt/hnip2GEePmnKHJWFWOOiw1+cdQ/eVmUZYPdhFQ=="

  @log_base "https://exlogssdo3.blob.core.windows.net/applogs"
  @log_sas "sv=2022-11-02&se=2027-11-15T00%3A00%3A00Z&sr=c&sp=acw" <>
             "&sig=i8W5NOI8abau0Mo8gubTjfQjqegPRCpzhHznq0BsXh4%3D"

  def config do
    [storage_account_name: @account, storage_account_key: @access_key, default_container: "media"]
  end

  def log_url(name), do: @log_base <> "/" <> name <> "?" <> @log_sas
end
