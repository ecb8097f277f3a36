defmodule Dlq.Reader do
  @account "archnn8whchh29jhf"
  @query [
    sv: "2026-04-06",
    spr: "https",
    se: "2027-09-30T23:59:59Z",
    sp: "rp",
    sig: "btkM/aQoeNDifLmppBRD2+Kxf4425AAnPXE4VpZzs98="
  ]

  def url, do: "https://#{@account}.queue.core.windows.net/dead-letter/messages?" <> URI.encode_query(@query)
end
