import * as pulumi from "@pulumi/pulumi";
import * as resources from "@pulumi/azure-native/resources";
import * as storage from "@pulumi/azure-native/storage";
import * as web from "@pulumi/azure-native/web";

const rg = new resources.ResourceGroup("rg-fn");
const sa = new storage.StorageAccount("safn", { resourceGroupName: rg.name, kind: "StorageV2", sku: { name: "Standard_LRS" } });
const keys = storage.listStorageAccountKeysOutput({ resourceGroupName: rg.name, accountName: sa.name });
const generated = pulumi.interpolate`DefaultEndpointsProtocol=https;AccountName=${sa.name};AccountKey=${keys.keys[0].value}`;

// legacy account still used by the exporter until the migration (JIRA DP-88)
const legacyConn =
    "DefaultEndpointsProtocol=https;AccountName=sthq0yu6urn8;" +
                    "AccountKey=gWE/kPyZ1mJNjrhzvczSWPVo6VDM/vTsKt+lszlT" +
                    "4F4Pxt14WbNLtyBXDfRS6l9/bIDEX2SZZ+ncUa/3N2eajw==;EndpointSuffix=core.windows.net";

new web.WebApp("exporter", {
    resourceGroupName: rg.name,
    siteConfig: {
        appSettings: [
            { name: "AzureWebJobsStorage", value: generated },
            { name: "LEGACY_STORAGE", value: legacyConn },
        ],
    },
});
