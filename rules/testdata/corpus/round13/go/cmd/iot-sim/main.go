package main

import (
	"flag"
	"log"
)

var (
	connStr = flag.String("conn",
		"HostName=iothub-fleet-ylkgbfolhx.azure-devices.net;DeviceId=sim-0001;SharedAccessKey=KCviw+eSerXoAGNpSuTeRPdjF8slMxFWp1sL2VqgC78=",
		"device connection string")
	mqttPassword = "SharedAccessSignature sr=iothub-fleet-ylkgbfolhx.azure-devices.net%2Fdevices%2Fsim-0007&sig=DkKrab%2Ba5ocNkAibACLCzphawji1zWGRZJBwm%2FTpvFs%3D&se=1838159999"
)

func main() {
	flag.Parse()
	log.Printf("connecting sim-0001 (%d chars)", len(*connStr))
	_ = mqttPassword
}
