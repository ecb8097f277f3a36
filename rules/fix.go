package rules

// fixesFor computes the fixes for f in content, preferred first. The engine
// calls it for every finding Scan returns.
// TODO(fix helper): placeholder, replaced by the real fixes.
func fixesFor(cfg *Config, path string, content []byte, f *Finding) []Fix { return nil }
