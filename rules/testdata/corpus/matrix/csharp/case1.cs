public static class Cfg
{
    public const string Storage = "https://logs0wvvb.blob.core.windows.net/uploads/index.html?sv=2020-02-10&se=2026-12-20T21%3A14%3A26Z&sr=b&sp=adxme&sig=%2F4Pd%2Fox24I%2BBmMPKOPQ660tVVifNfE0hoQsEv%2FvSjtk%3D";
    public static readonly string Other = @"SharedAccessKey=z2lDcy8BlLkaehFYdC/JlbEiCV8h1z42kjlMKv7re44=;SharedAccessKeyName=send;EntityPath=telemetry;Endpoint=sb://billing-nkaq.servicebus.windows.net/";
    // Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=${SB_KEY}
}
