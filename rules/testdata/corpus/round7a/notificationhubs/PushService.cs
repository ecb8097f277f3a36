using Microsoft.Azure.NotificationHubs;

public class PushService
{
    // backend: full access (send, manage registrations)
    const string FullAccess = "Endpoint=sb://telemetry-bqt8.servicebus.windows.net/;SharedAccessKeyName=DefaultFullSharedAccessSignature;SharedAccessKey=m81YQXJbnrtjf+PxbttlnzjE5awT8+EvMOxsze4WqfE=";
    // shipped in the app for registration only
    const string ListenAccess = "Endpoint=sb://telemetry-bqt8.servicebus.windows.net/;SharedAccessKeyName=DefaultListenSharedAccessSignature;SharedAccessKey=s3XtrdeBif1Z3JoKhJDaHNvQyopXu1J+Bi435nppsUo=";

    readonly NotificationHubClient hub = NotificationHubClient.CreateClientFromConnectionString(FullAccess, "orders-push");
}
