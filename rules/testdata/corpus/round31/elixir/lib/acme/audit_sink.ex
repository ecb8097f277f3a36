defmodule Acme.AuditSink do
  @base "https://dvxv36xuhjt.table.core.windows.net/Sessions"
  def url do
    @base <> "?" <> URI.encode_query(
      sv: "2019-02-02",
      spr: "https",
      st: "2029-02-20T07:45:32Z",
      se: "2029-08-13T07:45:32Z",
      sp: "ra",
      sig: "ZUUTkLJFguX5KaXybr26lroUd3nGm1CssCZv25k1V7Y=",
      tn: "Sessions"
    )
  end
end
