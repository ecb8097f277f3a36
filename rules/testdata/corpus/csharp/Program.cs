var builder = WebApplication.CreateBuilder(args);
builder.Services.AddAzureClients(clients =>
{
    clients.AddServiceBusClient("Endpoint=sb://orders-7luy.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=Bwt1S84GYhs6yhXehPewnSoHYQWh52inrk/Ojg51NUA=;EntityPath=hub-01");
});
var http = new HttpClient();
http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization", "SharedAccessSignature sr=fleet-lh0w.azure-devices.net&sig=xFAlidbxFpuxOr%2BTsAm2iAhmAHBzpky%2FkBg0zeScCgc%3D&se=1797400856&skn=iothubowner");
var cs = builder.Configuration.GetConnectionString("Storage");
var sas = Environment.GetEnvironmentVariable("STORAGE_SAS");
app.Run();
