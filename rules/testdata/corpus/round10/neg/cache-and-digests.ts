// Values that look like keys but are not credentials.
export const fixtures = {
  payloadDigest: "/yIw4O7kT8EPKWWaQ/3iOfapaP+aHK2lG3Iz5rJTEr+t2Nd2GJ7TkUX4mQQCavkMIo2sFIZmyJMMFNfVpilgGw==",
  thumbprintSha512: "d0ktvvEu/6VUaVoyfopb8M8HQjhsre7YQoXQKfdlI9w0ccMBkkd5ZfzZrQCCPnB7+HsQTn8cancVXKQwJL8J0Q==",
  etag: "\"0x8DD33F930F95E96\"",
  contentMD5: "vEXtPmz1E6rSMkeyrwBEpA==",
  partitionKey: "tenant-4411|2026-11",
  rowKey: "fa24becb-93a4-4cf3-828b-f0d26214bc31",
  redisCacheKey: "orders:v3:cc88fa3a6e213b8d091040b8001e251b",
  nonce: "o+W7ovvCZZRJ8ra0VH1l+2+e3m7xRYzWe2NexO5+mcX07I7dhWKNr5VK18FC+U1P+mkusHuRDB7hnN3IG/PvOw==",
  idempotencyKey: "67ee27f1-6329-43dc-9c84-639b54f7f10d",
};

export const emulator = {
  azurite: "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==",
  cosmos: "C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==",
};
