import "reflect-metadata";
import { container, instancePerContainerCachedFactory } from "tsyringe";
import { BlobServiceClient } from "@azure/storage-blob";
import { QueueClient } from "@azure/storage-queue";

export const BLOB = Symbol("BlobServiceClient");
export const THUMB_QUEUE = Symbol("ThumbnailQueue");

container.register<BlobServiceClient>(BLOB, {
  useValue: BlobServiceClient.fromConnectionString(
    process.env.STORAGE_CONNECTION_STRING ??
      "DefaultEndpointsProtocol=https;AccountName=stq47m7ltd0c;AccountKey=X/vz5ns9YTJv+rKbh8rvPfvMAQ0e15uH2vx4fqpJcmjpzjup+9JKFRz3lVTF6UzOku8j3djxSHjG6t5f2RF3rQ==;EndpointSuffix=core.windows.net",
  ),
});

container.register<QueueClient>(THUMB_QUEUE, {
  useFactory: instancePerContainerCachedFactory(
    () => new QueueClient("https://stdkvdo09v6o.queue.core.windows.net/thumbnails?sv=2026-04-06&se=2027-03-31T00%3A00%3A00Z&sp=raup&sig=CwPp5nW9cOY68xKNuFUhrKa01tAITjOc%2Fh8fJ%2Fr825Y%3D"),
  ),
});

export { container };
