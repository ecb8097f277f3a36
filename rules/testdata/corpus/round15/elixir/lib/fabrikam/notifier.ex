defmodule Fabrikam.Notifier do
  @moduledoc "Pushes outbox messages to Service Bus over REST."

  @endpoint "https://fab-notify-sb.servicebus.windows.net/push-outbox/messages"
  @token ~s(SharedAccessSignature sr=https%3A%2F%2Ffab-notify-sb.servicebus.windows.net%2Fpush-outbox&sig=fleI%2Fj%2Bf5IW8D58u%2BWDzmaQ9fD75zUr7Lm55wTbdTEg%3D&se=1840752000&skn=notifier)

  def push(payload) do
    Req.post!(@endpoint,
      json: payload,
      headers: [{"authorization", @token}, {"content-type", "application/json"}]
    )
  end

  def token_for(resource, sig, expiry),
    do: "SharedAccessSignature sr=#{URI.encode_www_form(resource)}&sig=#{sig}&se=#{expiry}&skn=notifier"
end
