public static class Cfg
{
    public const string Storage = "?sv=2019-02-02&spr=https&se=2026-11-28T07%3A08%3A21Z&sip=10.0.0.1-10.0.0.255&sp=u&sig=7Arefvaj4pHUB0uXupJZQk90ZTbN%2FhE0AsTAJH0xVMg%3D&tn=audit2026";
    public static readonly string Other = @"SharedAccessKey=aD82fnq3zFwe8s7hmksxXUKzhl2oGqSTRUBisvkWjjo=;SharedAccessKeyName=RootManageSharedAccessKey;Endpoint=sb://fleet-f0zw.servicebus.windows.net/";
    // Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=${SB_KEY}
}
