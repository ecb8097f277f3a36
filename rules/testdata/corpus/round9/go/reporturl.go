package report

import "fmt"

// URL returns the download link for a report.
func URL(account, name string) string {
	return fmt.Sprintf("https://%s.blob.core.windows.net/reports/%s?sv=2026-04-06&se=2027-03-31T00%%3A00%%3A00Z&sr=c&sp=rl&sig=ZMtufhrs2pcspV8XHR3iiCYYULEYwzdSgPhRQQBq5NU%%3D", account, name)
}
