using System.Data.Common;

public static class ConnectionFactory
{
    public static string Storage()
    {
        var b = new DbConnectionStringBuilder();
        b.Add("DefaultEndpointsProtocol", "https");
        b.Add("AccountName", "st6tac7dqfzb");
        b.Add("AccountKey", "MHyAMxK/fVyMWrL76i5RfaOwp0TvVTKSGoOmMf9fyXlY0IAWRXwpiuXON5bK0MYC+F30OaM0Eo8SdwbmmwaPTQ==");
        return b.ConnectionString;
    }

    public static string Bus() =>
        Environment.GetEnvironmentVariable("SERVICEBUS_CONNECTION")
        ?? "Endpoint=sb://sbnm26czgvec.servicebus.windows.net/;SharedAccessKeyName=sender;SharedAccessKey=d5zqua+3wWTtSaFPK6wMCpgB5PPd9CfsVM8j61P2TFI=;EntityPath=orders";
}
