using Azure.Identity;
using Microsoft.Extensions.Azure;
using Microsoft.Extensions.DependencyInjection;

namespace Contoso.Api.Extensions;

public static class ServiceCollectionExtensions
{
    public static IServiceCollection AddContosoAzure(this IServiceCollection services, bool useManagedIdentity)
    {
        services.AddAzureClients(builder =>
        {
            if (useManagedIdentity)
            {
                builder.AddBlobServiceClient(new Uri("https://stcontosoprod.blob.core.windows.net"));
                builder.UseCredential(new DefaultAzureCredential());
                return;
            }

            builder.AddBlobServiceClient("DefaultEndpointsProtocol=https;AccountName=stkdku8m2rvp;AccountKey=hHSDaBecFCllmfbVqGeZYaCYYMR+ijASsaKp2q1Ncpw9w7muYhxNrDvw7nXAfVrsHPvaK38tMZRsNMWxoFzDgQ==;EndpointSuffix=core.windows.net");
            builder.AddServiceBusClient("Endpoint=sb://sb-nskf2cvkt1.servicebus.windows.net/;SharedAccessKeyName=app;SharedAccessKey=RZXRuiKEaJHyXD3bjZ/mM3bniJEgH1ghRMRSe3z/G2k=")
                   .WithName("orders");
        });
        return services;
    }
}
