export interface ProfilesConfig { cosmosEndpoint: string; cosmosKey: string; defaultAvatar: string }

export const profilesConfig: ProfilesConfig = {
  cosmosEndpoint: process.env.COSMOS_ENDPOINT ?? "https://cosmos-profuoqtb0yd4u.documents.azure.com:443/",
  cosmosKey: process.env.COSMOS_KEY ?? "AcJETg+bZ1nVQL5R5YR88UO4sDlgjKv/FOLgLPE7WrIG4Uwwh9FpeIyaCkwYYELuLjV7DbuvK/oiINrz/pjE/g==",
  defaultAvatar: `https://stjyybt5a50m.blob.core.windows.net/avatars/default.png?sv=2026-04-06&spr=https&se=2031-01-01T00%3A00%3A00Z&sr=b&sp=r&sig=j8hBWy3T8En5qjvDzzetENRcrOdIqlArg28pnAqD34Q%3D`,
};
