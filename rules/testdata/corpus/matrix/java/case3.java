public final class Cfg {
    public static final String STORAGE = "SharedAccessSignature sr=fleet-uvth.azure-devices.net%2Fdevices%2Fsensor-01&sig=l6K9eS3XnCTozdDY4GFBaCX9fUUkHmIVipEw%2BpQKAyU%3D&se=1795243004&skn=iothubowner";
    static final String OTHER = "https://contosogbti.table.core.windows.net/audit2026?sv=2019-02-02&spr=https&st=2026-11-21T02%3A00%3A00Z&se=2026-11-24T10%3A01%3A20Z&sp=rad&sig=B6Am%2BF%2BcsiTIUfp9Q1tiS03Y7lnYOW6RsbAZg2qpKeE%3D&tn=audit2026";
    /* https://myaccount.blob.core.windows.net/c?sv=2022-11-02&se=2030-01-01&sr=c&sp=r&sig=XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX%3D */
}
