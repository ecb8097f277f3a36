export const storage: string = "HostName=plant-fh5s.azure-devices.net;DeviceId=edge-gw;ModuleId=filter;SharedAccessKey=cJQNOlV1BdgfeK6L4exFQZySOL3SI1SK1VTosSi/l1M=";
export const other = `BlobEndpoint=https://prodobe1ex.blob.core.windows.net;SharedAccessSignature=sv=2018-03-28&ss=btq&srt=c&spr=https&se=2026-11-22T03%3A43%3A52Z&sp=lap&sig=B8u2Hv0r1VKrWOM%2B3R9W07YkWuAT%2Fgj6vZjELrRvSiM%3D;`;
// e.g. https://myaccount.blob.core.windows.net/c/x?sv=2022-11-02&se=2030-01-01&sr=b&sp=r&sig=<signature>
