package config

import (
	"strings"
	"testing"
)

// A secret pasted into a config value comes back in the error masked.
func TestErrorMasksSecrets(t *testing.T) {
	const sig = "ijEaTz6v46XfZH4tBrBq2ztmyS8wgIN76UNWGs7lXRw"
	const key = "hAB1jciM+l8Qygk348RTDz8eBEcJfdTMaHavR88qOUTwaa1/99Z+uRQqc+93T1RbEXHEKvCe0w3CfUj4S34VpA=="
	for name, value := range map[string]string{
		"SAS URL":     "https://st4t67ig.blob.core.windows.net/?sv=2019-02-02&ss=btqf&srt=sco&se=2051-10-06T00%3A00%3A00Z&sp=rwdlacup&sig=" + sig + "%3D",
		"bare sig":    "sig=" + sig + "%3D",
		"bare key":    key,
		"conn string": "DefaultEndpointsProtocol=https;AccountName=st4t67ig;AccountKey=" + key + ";EndpointSuffix=core.windows.net",
	} {
		_, err := Parse(".sasguard.toml", []byte("[policy]\nlive = '"+value+"'\n"))
		if err == nil {
			t.Fatalf("%s: no error", name)
		}
		text := err.Error()
		if strings.Contains(text, sig[:12]) || strings.Contains(text, key[:12]) {
			t.Errorf("%s: the error carries the secret:\n%s", name, text)
		}
		if !strings.Contains(text, "unknown severity") {
			t.Errorf("%s: the error lost its message:\n%s", name, text)
		}
	}
}
