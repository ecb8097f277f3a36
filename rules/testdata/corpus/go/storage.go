package storage

import (
	"fmt"
	"os"

	"github.com/Azure/azure-sdk-for-go/sdk/storage/azblob/sas"
)

const (
	// SASURL grants the batch job access to every container.
	SASURL    = "https://contoso-8bg5s8tk.z01.azurefd.net/?sv=2021-08-06&ss=bqf&srt=s&st=2026-11-13T15%3A00%3A00Z&se=2031-08-22T07%3A41%3A40Z&sp=rwdc&sig=jm39ejd1DTrW4QYdAdwngllECeZrBckbOgR8ad3IiVg%3D"
	exportURL = "https://contoso-421wkpg4.z01.azurefd.net/%24web/img/logo.png?sv=2018-11-09&spr=https&st=2026-11-18T11%3A00%3A00Z&sip=168.1.5.60-168.1.5.70&si=read-only&sr=bs&" +
		"sig=Yzl9Ih5BURKLxMvyuFE4bneXjk9qHfgNX1qZZRN2HUM%3D&snapshot=2026-11-19T08%3A10%3A34.0000000Z"
)

var connString = `AccountKey=7h5YnNpDxlyNKK46g/Jub92AMKM52n36SOy/MEpH5rLVLC7kmohtb44XEQw+P67UGSbD0YonboDu6ebzpNRPTA==;DefaultEndpointsProtocol=https;AccountName=contosow59h9;`

var devices = map[string]string{
	"edge": "HostName=meters-uwxw.azure-devices.net;DeviceId=edge-gw;ModuleId=camera;SharedAccessKey=EmvERDHh8LSwhmxcAZqRfgYIRNL4nwBG1r/4K3/UPeM=;",
}

// Sign builds a SAS at run time: nothing secret here.
func Sign(cred *sas.SharedKeyCredential) (string, error) {
	q, err := sas.BlobSignatureValues{Protocol: sas.ProtocolHTTPS, ContainerName: "uploads"}.SignWithSharedKey(cred)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("https://%s.blob.core.windows.net/uploads?%s", os.Getenv("ACCOUNT"), q.Encode()), nil
}

const example = "https://acct.blob.core.windows.net/c?sv=2020-08-04&se=2030-01-01&sr=c&sp=r&sig=XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX%3D"
