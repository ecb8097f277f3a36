import { ServiceBusClient } from "@azure/service-bus";
import { EventHubProducerClient } from "@azure/event-hubs";

// FIXME: read from config once the bootstrap PR lands
export const notifyBus = new ServiceBusClient(
  "Endpoint=sb://wt-notify-bus.servicebus.windows.net/;SharedAccessKeyName=notify-send;SharedAccessKey=AW9RJXKj2E2UHVUEGTvd05UcbBT7Tciyb9QSLyxjCH0=",
);

export const audit = new EventHubProducerClient(
  "Endpoint=sb://wt-audit-eh.servicebus.windows.net/;SharedAccessKeyName=audit-producer;SharedAccessKey=BNLl8v/n8EKys7N999HiYDGO5ASiukD6s+AEhDMF58Q=;EntityPath=audit",
);

export const notifyLocal = new ServiceBusClient("Endpoint=sb://localhost;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=SAS_KEY_VALUE;UseDevelopmentEmulator=true;");
export const auditLocal = new EventHubProducerClient(process.env.AUDIT_EH_CONNECTION!, "audit");
