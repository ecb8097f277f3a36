export const storage: string = "?sv=2016-05-31&spr=https&st=2026-11-21T21%3A25%3A20Z&sip=203.0.113.7&si=workers&sig=vbXVXU4tzhXCXugC1cz52r70C4wqOkL%2BuziAwk0lcGE%3D";
export const other = `SharedAccessSignature sig=F2uUNT93I0SaB5zNbIupd0IFtUUxX63ciud85pfR16Y%3D&se=1809580882&skn=listen&sr=https%3A%2F%2Ffleet-90e2.servicebus.windows.net%2Fevents%2Fpartitions%2F0`;
// e.g. https://myaccount.blob.core.windows.net/c/x?sv=2022-11-02&se=2030-01-01&sr=b&sp=r&sig=<signature>
