package store

import "testing"

func TestMain(m *testing.M) {
	t := "AccountEndpoint=https://cdbgox1ilizd.documents.azure.com:443/;" +
		"AccountKey=4JDyIoIifr6uOChSU92ezac+K/i4CMkLiK1e03nmrDYBaVReT0DtqqtpvpXW9jMJW5Y///J0PpxgnU+p7d5Njw==;"
	setEnv("COSMOS_CONN", t)
	setEnv("COSMOS_EMULATOR", "AccountEndpoint=https://localhost:8081/;AccountKey=C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==;")
	m.Run()
}
