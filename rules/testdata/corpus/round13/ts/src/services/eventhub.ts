import { EventHubProducerClient } from "@azure/event-hubs";

const EH_CONNECTION =
  process.env.EH_CONNECTION ??
  "Endpoint=sb://evh-orders-hh05z10afh.servicebus.windows.net/;SharedAccessKeyName=producer;SharedAccessKey=Z+wot0a8bZnrIm/XfR680qnVy7p3MoIumxtYkyudB3Y=;EntityPath=orders";

export const producer = new EventHubProducerClient(EH_CONNECTION);

// REST fallback when AMQP is blocked by the customer's proxy
export async function notify(body: unknown): Promise<void> {
  await fetch("https://sb-notify-bmyidj9nw5.servicebus.windows.net/notifications/messages", {
    method: "POST",
    headers: {
      Authorization: "SharedAccessSignature sr=https%3A%2F%2Fsb-notify-bmyidj9nw5.servicebus.windows.net%2Fnotifications&sig=1egcXrw8Shr%2FkvC3Ar%2Fyyw0NMO%2B1CoOIFeDwvdy046M%3D&se=1814313600&skn=send",
      "Content-Type": "application/json",
    },
    body: JSON.stringify(body),
  });
}
