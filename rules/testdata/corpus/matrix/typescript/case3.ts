export const storage: string = "SharedAccessSignature sr=https%3A%2F%2Ftelemetry-abk9.servicebus.windows.net%2F&sig=XrZRpR9KYaZvX1jajlgBVU%2BpiVGpKlueq7qyHjoHWUA%3D&se=1825286141&skn=listen";
export const other = `SharedAccessSignature sr=fleet-veto.azure-devices.net&sig=kjFMq4h38sxpHwu0LAbgqjqwj2atRoKUTlBtoTTQfPo%3D&se=1820866628&skn=iothubowner`;
// e.g. https://myaccount.blob.core.windows.net/c/x?sv=2022-11-02&se=2030-01-01&sr=b&sp=r&sig=<signature>
