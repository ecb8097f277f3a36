using Microsoft.Azure.Devices;

// registry manager for the provisioning tool
var registry = RegistryManager.CreateFromConnectionString(
    @"HostName=plant-w6pia.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=HbNknakBx4WQYxglfLecDK1sz8TF44DjpkHzerZa4YA=");

// REST fallback when the SDK is not available
using var http = new HttpClient();
http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization",
    "SharedAccessSignature sr=plant-w6pia.azure-devices.net&sig=V%2FxKv5ZNog0U5OSCdua3Q8yyVd%2B%2FbEk0x%2B5w4X9biVA%3D&se=1796257910&skn=iothubowner");
var twin = await http.GetStringAsync("https://plant-w6pia.azure-devices.net/twins/pump-3?api-version=2021-04-12");
