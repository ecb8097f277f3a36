import * as pulumi from "@pulumi/pulumi";
import * as azure from "@pulumi/azure-native";

const cfg = new pulumi.Config();
const rg = new azure.resources.ResourceGroup("rg-catalog", { location: "westeurope" });

// Cosmos account is owned by the data team; we only wire its key into the app.
const app = new azure.web.WebApp("catalog-api", {
  resourceGroupName: rg.name,
  siteConfig: {
    appSettings: [
      { name: "COSMOS_ENDPOINT", value: "https://hl-catalog-prod.documents.azure.com:443/" },
      { name: "COSMOS_KEY", value: pulumi.secret("GUEpq5MoIrb0tumEOha7G1v4CGfNAU/rz/RIgaW+1/wGIdEjQkJfGkdRFVb5H6wWXGKyXzcsC3z/YgI4MXYLVw==") },
      { name: "SEARCH_ADMIN_KEY", value: "mxt4Lj09/6gpy26jkj111BrVjnWbMpajvtLJWx+h/bAzSeC7zDFc" },
      { name: "SQL_PASSWORD", value: cfg.requireSecret("sqlPassword") },
    ],
  },
});

export const url = app.defaultHostName;
