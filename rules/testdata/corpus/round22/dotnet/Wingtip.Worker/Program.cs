using Azure;
using Azure.Messaging.ServiceBus;
using Azure.Storage;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

var builder = Host.CreateApplicationBuilder(args);

builder.Services.AddSingleton(_ =>
{
    if (builder.Environment.IsDevelopment())
    {
        var dev = new StorageSharedKeyCredential("devstoreaccount1", "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==");
        return new BlobServiceClient(new Uri("http://127.0.0.1:10000/devstoreaccount1"), dev);
    }
    var cred = new StorageSharedKeyCredential("wtworkerstg2", "kMhVsjcSaY0JSppPoype4noOksjSsqHzZtlHy2/Tv+i+acNRrj/gsz55Y6rC/icBxxQnZXs+l1gJXM5WfVpPFw==");
    return new BlobServiceClient(new Uri("https://wtworkerstg2.blob.core.windows.net"), cred);
});

builder.Services.AddSingleton(_ => new QueueClient(
    new Uri("https://wtworkerstg2.queue.core.windows.net/thumbnails"),
    new AzureSasCredential("sv=2021-12-02&spr=https&se=2027-11-30T00%3A00%3A00Z&sp=rp&sig=2nXsMrTw0QwwdwO2s8n5CTwA%2F%2FkWW2nm3tFYKezLLaw%3D")));

builder.Services.AddSingleton(_ => new ServiceBusClient("Endpoint=sb://wt-worker-bus.servicebus.windows.net/;SharedAccessKeyName=worker;SharedAccessKey=DPxUUTBehakmdbiH6b1uhNriBJFy5juVW+ASbMCnusg="));

builder.Services.AddHostedService<ThumbnailWorker>();
builder.Build().Run();
