defmodule Notify.QueueClient do
  @account "exqueuei3b176"
  @queue "notifications"

  @sas %{
    "sv" => "2026-04-06",
    "se" => "2028-11-15T08:00:00Z",
    "sp" => "raup",
    "sig" => "8j+5JHxLT/8bz2PhxX4ByyAlaho2sOiSoEcjvJSvy3I="
  }

  def url do
    "https://#{@account}.queue.core.windows.net/#{@queue}/messages?" <> URI.encode_query(@sas)
  end

  def key_from_env, do: System.fetch_env!("NOTIFY_QUEUE_SAS")
end
