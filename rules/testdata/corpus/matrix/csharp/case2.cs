public static class Cfg
{
    public const string Storage = "SharedAccessSignature sr=https%3A%2F%2Ftelemetry-paex.servicebus.windows.net%2F&sig=8Zr02xQsnLwccplw%2Fg4kk6M4FYG3t0LEzyZ5VICkoy4%3D&se=1795315489&skn=RootManageSharedAccessKey";
    public static readonly string Other = @"DefaultEndpointsProtocol=http;AccountName=media97964wjnc;AccountKey=/dS2Xd9HqqL4EV3HzumjIQIHDRB46tmoPLZWtRSwelyKXhWRBT8McrHTO7RVGghwGzSJ31AOhL27w7WS2JrJ5g==;EndpointSuffix=core.usgovcloudapi.net";
    // https://myaccount.blob.core.windows.net/?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2030-01-01&sig=REDACTED
}
