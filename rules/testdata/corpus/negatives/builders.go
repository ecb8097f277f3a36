package sasutil

import (
	"fmt"
	"os"
	"time"

	"github.com/Azure/azure-sdk-for-go/sdk/storage/azblob/sas"
)

func Sign(cred *sas.SharedKeyCredential) (string, error) {
	q, err := sas.AccountSignatureValues{
		Protocol:      sas.ProtocolHTTPS,
		ExpiryTime:    time.Now().UTC().Add(time.Hour),
		Permissions:   (&sas.AccountPermissions{Read: true, List: true}).String(),
		ResourceTypes: (&sas.AccountResourceTypes{Container: true, Object: true}).String(),
	}.SignWithSharedKey(cred)
	if err != nil {
		return "", err
	}
	return fmt.Sprintf("https://%s.blob.core.windows.net/?%s", os.Getenv("ACCOUNT"), q.Encode()), nil
}

const format = "https://%s.blob.core.windows.net/%s?sv=%s&se=%s&sr=c&sp=rl&sig=%s"
const conn = "DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s"
