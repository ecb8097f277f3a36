import { EventHubProducerClient } from "@azure/event-hubs";

const namespace = "evh-click-9fbv";
const policy = "web-send";
// key for the web-send policy (rotate quarterly)
const policyKey = "VYM8G+Yr4dtGJwb7CRNavx7UzfGzNbzG5SiVNKw5u8g=";

export const producer = new EventHubProducerClient(
  `Endpoint=sb://${namespace}.servicebus.windows.net/;` +
  `SharedAccessKeyName=${policy};SharedAccessKey=${policyKey}`,
  "clickstream",
);
