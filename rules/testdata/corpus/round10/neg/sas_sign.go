package sas

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"net/url"
	"time"
)

// Token signs a Service Bus / Event Hubs SAS token the documented way.
func Token(uri, keyName, key string, ttl time.Duration) string {
	sr := url.QueryEscape(uri)
	se := time.Now().Add(ttl).Unix()
	mac := hmac.New(sha256.New, []byte(key))
	fmt.Fprintf(mac, "%s\n%d", sr, se)
	sig := base64.StdEncoding.EncodeToString(mac.Sum(nil))
	return fmt.Sprintf("SharedAccessSignature sr=%s&sig=%s&se=%d&skn=%s", sr, url.QueryEscape(sig), se, keyName)
}

const exampleConn = "Endpoint=sb://<namespace>.servicebus.windows.net/;SharedAccessKeyName=<policy>;SharedAccessKey=<key>"
