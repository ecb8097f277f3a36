public final class Cfg {
    public static final String STORAGE = "Endpoint=sb://telemetry-ynyd.servicebus.windows.net/;SharedAccessKeyName=app;SharedAccessKey=ySBhe9i4ZMIcyHaH2o6hFNR7jPEI2Brfh4q6T/MTRvg=;EntityPath=orders";
    static final String OTHER = "Endpoint=sb://orders-kju3.servicebus.usgovcloudapi.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=QRWjNpqhbNmMk+IkDyxG5ZKeIYuovw4E4aJ8bcBWb7M=";
    /* https://myaccount.blob.core.windows.net/c/x?sv=2022-11-02&se=2030-01-01&sr=b&sp=r&sig=<signature> */
}
