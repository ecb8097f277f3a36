package iot

import "testing"

var tokens = []struct{ name, token string }{
	{"with api-version", "SharedAccessSignature sr=cold-chain-igi01.azure-devices.net%2Fdevices%2Fprobe-9%3Fapi-version%3D2021-04-12&sig=pGsjkWV8s8iW6otyRobTAJXi7JJAeih6YmpwQ%2B31Lxc%3D&se=1793447346"},
	{"raw sr", "SharedAccessSignature sr=cold-chain-igi01.azure-devices.net/devices/probe-9&sig=Evt2ryC9OvWk2HWLweed2tK%2FC7h%2B70Ro1ZDiJzXj8gw%3D&se=1805380756"},
}

func TestParse(t *testing.T) {
	for _, tc := range tokens {
		if _, err := Parse(tc.token); err != nil {
			t.Errorf("%s: %v", tc.name, err)
		}
	}
}
