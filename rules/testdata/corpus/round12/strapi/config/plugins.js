module.exports = ({ env }) => ({
  upload: {
    config: {
      provider: "strapi-provider-upload-azure-storage",
      providerOptions: {
        authType: "default",
        account: env("STORAGE_ACCOUNT", "st1c1y2boyf2"),
        accountKey: env("STORAGE_ACCOUNT_KEY", "qU6P9cLNHXCepXSIDUgY+CD7/cIy3eJD92C8Wf7bojPiWOscqj6Z5zzlVfDfBz5V0Iv3f4lXEwqD75KlE1EAgw=="),
        sasToken: env("STORAGE_ACCOUNT_SAS_TOKEN", "sv=2026-04-06&ss=b&srt=sco&se=2026-11-23T06%3A00%3A00Z&sp=rwlac&sig=k6Ap5Y4ZIq7nr21aXJdqI0RVOFvof00rtoMdb2NnNsg%3D"),
        serviceBaseURL: env("STORAGE_URL", "https://st1c1y2boyf2.blob.core.windows.net"),
        containerName: env("STORAGE_CONTAINER_NAME", "strapi-uploads"),
        defaultPath: "assets",
      },
    },
  },
});
