defmodule Wingtip.NotifyQueue do
  @moduledoc "Enqueue notifications on the storage queue (SAS, add+process)."

  @base "https://wtexqueue05.queue.core.windows.net/notifications/messages"

  @sas URI.encode_query(
    [
      sv: "2021-12-02",
      spr: "https",
      se: "2027-09-09T00:00:00Z",
      sp: "ap",
      sig: "kHxhFa1ncCZKI9/b2Uw8yRcjVNs+JskzLV449rpNuto="
    ]
  )

  # example from the docs, for the README:
  @sas_example URI.encode_query(sv: "2021-12-02", se: "2027-09-09T00:00:00Z", sp: "ap", sig: "<signature>")

  def push(text) do
    body = "<QueueMessage><MessageText>#{Base.encode64(text)}</MessageText></QueueMessage>"
    Req.post!("#{@base}?#{@sas}", body: body, headers: [{"content-type", "application/xml"}])
  end
end
