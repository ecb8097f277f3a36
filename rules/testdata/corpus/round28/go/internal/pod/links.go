package pod

import "fmt"

func photoURL(name string) string {
	return fmt.Sprintf("https://%s.blob.core.windows.net/pod-photos/%s?sv=%s&se=%s&sr=%s&sp=%s&sig=%s",
		"stquillgo50f0e", name, "2026-04-06", "2028-04-12T08:00:00Z", "c", "r", "626b7WwLyqkdxTTnT0j7vu+uUjP7jasTlTXEKDlkMkQ=")
}
