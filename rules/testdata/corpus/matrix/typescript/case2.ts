export const storage: string = "SharedAccessKey=Dm3rT/MWlKpMHOjE+oGUya9TZS031rpOVEsMMV6HU1E=;Endpoint=sb://notify-bb30.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;";
export const other = `SharedAccessSignature skn=send&sr=https%3A%2F%2Fingest-8a96.servicebus.windows.net%2F&se=1609720623&sig=BG9DIqP1eciC4fv64sM2Z6GDk0Oylzo7wWFPr4u0Oyw%3D`;
// e.g. https://myaccount.blob.core.windows.net/c/x?sv=2022-11-02&se=2030-01-01&sr=b&sp=r&sig=<signature>
