package rules

// Small helpers the detection files share.

import (
	"strings"
	"time"
)

func lastIndexFold(s, sub string) int {
	n := len(sub)
	for i := len(s) - n; i >= 0; i-- {
		if strings.EqualFold(s[i:i+n], sub) {
			return i
		}
	}
	return -1
}

// maskIn replaces s[a:b], the secret as written, with the first four
// characters of the decoded secret and "****": enough to tell tokens apart,
// useless to an attacker.
func maskIn(s string, a, b int, decoded string) string {
	return s[:a] + maskSecret(decoded) + s[b:]
}

func maskSecret(secret string) string {
	keep := min(4, len(secret)/4)
	return secret[:keep] + "****"
}

func indexFold(s, sub string) int {
	n := len(sub)
	for i := 0; i+n <= len(s); i++ {
		if strings.EqualFold(s[i:i+n], sub) {
			return i
		}
	}
	return -1
}

// containsFold reports whether b holds lower, an ASCII lowercase word, in any
// case, without the copy bytes.ToLower makes.
func containsFold(b []byte, lower string) bool {
	for i := 0; i+len(lower) <= len(b); i++ {
		if b[i]|0x20 != lower[0] {
			continue
		}
		j := 1
		for j < len(lower) && b[i+j]|0x20 == lower[j] {
			j++
		}
		if j == len(lower) {
			return true
		}
	}
	return false
}

func strPtr(s string) *string { return &s }

func boolPtr(b bool) *bool { return &b }

func nonEmpty(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func timePtr(t time.Time, ok bool) *time.Time {
	if !ok {
		return nil
	}
	return &t
}

func earliest(a, b *time.Time) *time.Time {
	switch {
	case a == nil:
		return b
	case b == nil:
		return a
	case b.Before(*a):
		return b
	}
	return a
}

// equalFold reports whether b is lower (ASCII lowercase letters) in any case.
func equalFold(b []byte, lower string) bool {
	if len(b) != len(lower) {
		return false
	}
	for i := range b {
		if b[i]|0x20 != lower[i] {
			return false
		}
	}
	return true
}
