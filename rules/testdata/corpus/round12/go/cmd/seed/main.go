package main

import (
	"encoding/json"
	"log"
)

const connStr = "DefaultEndpointsProtocol=https;AccountName=stj1fe9jyhld;" +
	"AccountKey=uiyIcQYlwpVrQIe9k+OZpkpCeuuRrtOs62hKG" +
	"bj7r9OPkyr4+pL9Ohg2Uy3cd9F6v8JI7JqAFpWt3nPy/bkUIw==;EndpointSuffix=core.windows.net"

var simulators = `[
  {"name": "seed-sim-01", "connection": "HostName=hub-jbvquh5j02.azure-devices.net;DeviceId=seed-sim-01;SharedAccessKey=cITHMAu3JGuiwFKtJVKbTYg0GFs/bwukh6qZktppUxA="}
]`

func main() {
	var sims []map[string]string
	if err := json.Unmarshal([]byte(simulators), &sims); err != nil {
		log.Fatal(err)
	}
	if err := seed(connStr, sims); err != nil {
		log.Fatal(err)
	}
}
