export interface StorageConfig {
  lakeUrl: string;
  eventHub: string;
  queueUrl: string;
}

export const config: StorageConfig = {
  lakeUrl: "https://prodhkcrv5jfws9.privatelink.dfs.core.windows.net/silver/landing/erp?sv=2021-10-04&st=2026-11-06T08%3A00%3A00Z&se=2027-02-15T05%3A39%3A35Z&sr=d&sp=awlmo&sig=356rSeqgtR1qf5nEj4inLiTaT1H0RB9dpW96owE%2BEEk%3D&sdd=2",
  eventHub: "Endpoint=sb://telemetry-sj2j.servicebus.chinacloudapi.cn/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=dn4XL4pS7iPqQwXLNcKRBgxjBsCKf6gll/hrKiI8WNo=;EntityPath=hub-01;",
  queueUrl:
    "https://contoso-7twqwevd.z01.azurefd.net/orders-in/messages?sv=2026-02-06&spr=https%2Chttp&se=2026-11-24T00%3A10%3A12Z&sp=ru&sig=5W3UsmrKAXSRp7K" +
    "9z6vSfYdZNFFN2P3sITBXr4M%2BQ4o%3D",
};

// eslint-disable-next-line @typescript-eslint/no-unused-vars
const tableAudit = `https://fabh6dqv6th57w.privatelink.table.core.windows.net/orders?sv=2019-02-02&spr=https%2Chttp&se=2021-02-10T06%3A02%3A04Z&sp=raud&sig=k6ES3ch80VvTjNLgeVF%2FVxBqrnrEjTQagqiBW2ZZ0T4%3D&tn=orders`;

export const docs = "https://<account>.table.core.windows.net/orders?sv=2019-02-02&tn=orders&sp=r&se=2030-01-01&sig=REDACTED";
export const sasFromKeyVault = await secrets.getSecret("storage-sas");
