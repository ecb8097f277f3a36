package storage

import "testing"

// Fixtures copied from a production trace.
var fixtures = []struct {
	name, in string
}{
	{"servicebus", "SharedAccessSignature sig=72EdRbUbgGnmu80c27fhuTenpMoo1etz3jYmV7RBLmg%3D&se=1769893517&skn=send&sr=https%3A%2F%2Forders-4emd.servicebus.windows.net%2Forders"},
	{"delegation", "https://downloads.fabrikam.io/exports?sv=2024-08-04&st=2026-11-05T10%3A00%3A00Z&se=2026-11-22T17%3A37%3A18Z&skoid=64173003-ac13-4082-af74-dc5c216a974e&sktid=4fa1460e-82f2-460e-a6c8-e1277b985963&skt=2026-09-13T04%3A00%3A00Z&ske=2026-09-13T16%3A00%3A00Z&sks=b&skv=2021-08-06&sr=c&sp=rxltmi&sig=kz0wBLEWrvXd8xNnLc4%2F8dE%2FyCBBmwiVperoYVzqw80%3D"},
	{"placeholder", "https://acct.blob.core.windows.net/c?sv=2021-08-06&se=2030-01-01&sr=c&sp=r&sig=${SIG}"},
}

func TestFixtures(t *testing.T) {
	for _, f := range fixtures {
		t.Run(f.name, func(t *testing.T) { _ = f.in })
	}
}
