public final class Cfg {
    public static final String STORAGE = "SharedAccessSignature=sv=2026-04-06&ss=tf&srt=sc&spr=https%2Chttp&se=2026-12-15T15%3A51%3A15Z&sp=racp&sig=YpX8RkDdRnXRU9V3PnOjXHjIzcPKSoLxsdx5sD8bhMM%3D;DefaultEndpointsProtocol=https;AccountName=contoso1msg;EndpointSuffix=core.windows.net";
    static final String OTHER = "HostName=plant-fnkn.azure-devices.net;DeviceId=edge-gw;ModuleId=filter;SharedAccessKey=iEgiBdEfllCKxuitP6K73o8cHU56sLgPtkbAOB4RqfM=;";
    /* https://myaccount.blob.core.windows.net/?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2030-01-01&sig=REDACTED */
}
