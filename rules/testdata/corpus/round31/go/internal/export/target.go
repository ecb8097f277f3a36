package export

import "fmt"
func targetURL() string {
	return fmt.Sprintf("%[1]s%[2]s?sv=%[3]s&se=%[4]s&sr=%[5]s&sp=%[6]s&sig=%[7]s&spr=https&st=2028-10-15T13%3A36%3A30Z&sip=20.25.10.1-20.150.10.254",
		"https://sj956pcpyqd9uk.blob.core.windows.net", "/telemetry", "2026-04-06", "2029-01-11T13%3A36%3A30Z", "c", "rt", "DCYPbPey3C%2Ft1VNcaYhi2wvMxpWD%2FY4dN6qhHuQmPMA%3D")
}
func partnerURL(sig string) string {
	return fmt.Sprintf("https://%s.blob.core.windows.net/p?sv=2024-11-04&sr=c&sp=r&sig=%s", "acct", sig)
}
