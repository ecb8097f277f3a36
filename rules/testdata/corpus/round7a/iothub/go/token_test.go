package iot

import "testing"

var tokens = []struct{ name, token string }{
	{"with api-version", "SharedAccessSignature sr=fleet-en5sc.azure-devices.net%2Fdevices%2Fprobe-9%3Fapi-version%3D2021-04-12&sig=yN%2FOdVoWvejzyu4R5b5fWjruNPx3XGlpQEz264rqO00%3D&se=1795301008"},
	{"raw sr", "SharedAccessSignature sr=fleet-en5sc.azure-devices.net/devices/probe-9&sig=gnpR7Y%2FSUT77NQPnHckp4S%2B0QGfdZmWrqWsD8pkAXOs%3D&se=2466000536"},
}

func TestParse(t *testing.T) {
	for _, tc := range tokens {
		if _, err := Parse(tc.token); err != nil {
			t.Errorf("%s: %v", tc.name, err)
		}
	}
}
