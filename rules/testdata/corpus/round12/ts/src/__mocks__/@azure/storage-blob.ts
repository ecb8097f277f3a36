// Manual jest mock for @azure/storage-blob.
// Values below were copied from a real run so the URL parser tests see realistic input.
const uploadedUrl =
  "https://stwdneb6wmnc.blob.core.windows.net/avatars/uploads/avatar.png?sv=2026-04-06&se=2027-12-31T23%3A59%3A59Z&sr=b&sp=rcw&sig=FW8CEFb7IdQckGlHdZn1odaFRmXT%2Fevfd1g2UvCPGCQ%3D";

export const generateBlobSASQueryParameters = jest.fn(() => ({
  toString: () => "sv=2026-04-06&se=2027-12-31T23%3A59%3A59Z&sr=b&sp=rcw&sig=REDACTED",
}));

export const BlobServiceClient = {
  fromConnectionString: jest.fn(),
  // used by listContainers.test.ts
  accountSasUrl: "https://st12bx9po1bs.blob.core.windows.net/?sv=2026-04-06&ss=b&srt=sco&se=2028-06-30T00%3A00%3A00Z&sp=rl&sig=qrhwqzd%2Fyte8p4teVr0tL18HQu8mDv7cZC3Rnn1dy%2F4%3D",
};

export const BlockBlobClient = jest.fn().mockImplementation(() => ({
  url: uploadedUrl,
  uploadData: jest.fn().mockResolvedValue({ requestId: "0f8e2d6a-0000-0000-0000-000000000000" }),
}));
