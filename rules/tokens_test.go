package rules

import (
	"encoding/json"
	"os"
	"testing"
	"time"
)

// sample is one entry of testdata/sas-tokens.json: a real-format token minted
// with the Azure SDK for an account that does not exist, with its facts.
type sample struct {
	ID    string         `json:"id"`
	Kind  string         `json:"kind"`
	Note  string         `json:"note"`
	Text  string         `json:"text"`
	Facts map[string]any `json:"facts"`
}

type sampleFile struct {
	ReferenceTime time.Time `json:"reference_time"`
	Samples       []sample  `json:"samples"`
}

func loadSamples(t testing.TB) sampleFile {
	t.Helper()
	data, err := os.ReadFile("testdata/sas-tokens.json")
	if err != nil {
		t.Fatal(err)
	}
	var f sampleFile
	if err := json.Unmarshal(data, &f); err != nil {
		t.Fatal(err)
	}
	return f
}

func sampleByID(t testing.TB, id string) sample {
	t.Helper()
	for _, s := range loadSamples(t).Samples {
		if s.ID == id {
			return s
		}
	}
	t.Fatalf("no sample %s", id)
	return sample{}
}

// testEngine is an engine with the default config and the samples' clock.
func testEngine(t testing.TB, cfg *Config) *Engine {
	t.Helper()
	now := loadSamples(t).ReferenceTime
	return NewEngine(cfg, Options{Now: func() time.Time { return now }})
}
