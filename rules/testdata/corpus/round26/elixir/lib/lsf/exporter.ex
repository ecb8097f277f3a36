defmodule Lsf.Notify.Outbox do
  @moduledoc "Enqueues outgoing e-mails on the storage queue read by the mailer."

  @queue_url "https://stlsfnotify.queue.core.windows.net/email-outbox/messages"

  @sas %{
    "sv" => "2026-04-06",
    "se" => "2027-12-31T23:00:00Z",
    "sp" => "ap",
    "sig" => "ZGHr2bnLTr6KaJKgQ97uHdUqb5Jar3X9UKtEOpaHujo="
  }

  def enqueue(payload) when is_map(payload) do
    body = "<QueueMessage><MessageText>#{Base.encode64(Jason.encode!(payload))}</MessageText></QueueMessage>"
    Req.post!(@queue_url <> "?" <> URI.encode_query(@sas), body: body, headers: [{"x-ms-version", "2021-08-06"}])
  end
end
