package com.contoso.edge;

import com.microsoft.azure.sdk.iot.device.IotHubClientProtocol;
import com.microsoft.azure.sdk.iot.device.ModuleClient;

public class ModuleSample {
    private static final String CONNECTION_STRING =
        "HostName=plant-lfytr.azure-devices.net;DeviceId=edge-gw;ModuleId=opcpublisher;SharedAccessKey=EwqR4ZuIVojKmLFCX06xoV99CZaxny7ON4LtF3+DSwA=";

    public static void main(String[] args) throws Exception {
        ModuleClient client = new ModuleClient(CONNECTION_STRING, IotHubClientProtocol.AMQPS);
        client.open(false);
    }
}
