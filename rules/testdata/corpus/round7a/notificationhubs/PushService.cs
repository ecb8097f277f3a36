using Microsoft.Azure.NotificationHubs;

public class PushService
{
    // backend: full access (send, manage registrations)
    const string FullAccess = "Endpoint=sb://notify-ihwp.servicebus.windows.net/;SharedAccessKeyName=DefaultFullSharedAccessSignature;SharedAccessKey=Dwj4NgCIiD9Wj4p72sf0GMjNtHhd+Dk7U0Bd/qYpzCY=";
    // shipped in the app for registration only
    const string ListenAccess = "Endpoint=sb://notify-ihwp.servicebus.windows.net/;SharedAccessKeyName=DefaultListenSharedAccessSignature;SharedAccessKey=71e6B2AA/W4uWMMIlY+83tkrtfGzwbBwQvTXXXko4Gg=";

    readonly NotificationHubClient hub = NotificationHubClient.CreateClientFromConnectionString(FullAccess, "orders-push");
}
