package rules

import (
	"time"
)

// Severity grades a finding. Error blocks a commit; warning and info do not
// unless the policy says so.
type Severity int

const (
	SeverityNone Severity = iota // not reported (placeholders, tolerated tokens)
	SeverityInfo
	SeverityWarning
	SeverityError
)

// Pos is a human position: 1-based line, 1-based column counted in bytes.
type Pos struct {
	Line int `json:"line"`
	Col  int `json:"column"`
}

// Span is a half-open byte range [Start, End) in the scanned content.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Finding is one secret found in one piece of content.
type Finding struct {
	Rule     string   `json:"rule"`     // rule id, e.g. "azure-account-sas" or a custom rule's id
	Kind     string   `json:"kind"`     // one of the Kind constants, or a custom rule's id
	Severity Severity `json:"severity"` // after policy, allowlist and suppressions
	Message  string   `json:"message"`  // plain words: what it grants, to what, until when, how to revoke
	Expired  bool     `json:"expired"`  // past its effective expiry: it grants nothing, but still names the account

	Span       Span `json:"-"` // the whole token as it appears in the content (URL, query or connection string)
	SecretSpan Span `json:"-"` // the secret inside it (signature or key), as it appears
	Start      Pos  `json:"-"` // Span.Start as line:col
	End        Pos  `json:"-"` // Span.End as line:col

	Redacted    string `json:"redacted"`    // the token as found with its secret masked
	Fingerprint string `json:"fingerprint"` // stable id keyed by the secret's content, not its position
	Facts       Facts  `json:"facts"`

	// Notes explain why an allowlist entry or inline suppression did not apply,
	// or which policy rule set the severity.
	Notes []string `json:"notes,omitempty"`

	// Snippet is the source line around the token, with the secret masked and
	// clipped to a readable width, for compiler-style output.
	Snippet Snippet `json:"-"`

	// Fixes are the edits that resolve this finding, preferred first.
	Fixes []Fix `json:"fixes,omitempty"`
}

// Snippet is a masked, clipped source line and where the token sits in it.
type Snippet struct {
	Text     string // masked line text, possibly clipped (clipping marked with "…")
	StartCol int    // 0-based byte offset of the token's start in Text
	EndCol   int    // 0-based byte offset of the token's end in Text (clipped to len(Text))
}

// Facts are what the token says about itself. Pointers are null in JSON when
// the token does not say (docs/contract.md lists the contract fields).
type Facts struct {
	Type            FactsType  `json:"type"` // one of the Facts* constants (kinds.go), or a custom rule id
	Account         string     `json:"account"`
	Host            *string    `json:"host"`
	Permissions     *string    `json:"permissions"` // sp as written; "*" for a key that grants everything; null under a stored policy
	Expiry          *time.Time `json:"expiry"`
	EffectiveExpiry *time.Time `json:"effective_expiry"`
	Start           *time.Time `json:"start"`
	HTTPSOnly       *bool      `json:"https_only"`
	IPRestricted    bool       `json:"ip_restricted"`
	IPRange         *string    `json:"ip_range"`
	StoredPolicy    bool       `json:"stored_policy"`
	PolicyID        *string    `json:"policy_id"`
	Services        *string    `json:"services"`
	ResourceTypes   *string    `json:"resource_types"`
	SignedResource  *string    `json:"signed_resource"`
	Version         *string    `json:"version"`
	KeyExpiry       *time.Time `json:"key_expiry"`
	KeyName         *string    `json:"key_name,omitempty"`
	Resource        *string    `json:"resource,omitempty"`
	// What binds a storage SAS to its caller, narrowing what it grants:
	// sduoid (the Entra user who alone may use it, with their own token),
	// skdutid (that user's tenant), srh and srq (request headers and query
	// parameters whose signed values each request must carry).
	DelegatedUser       *string `json:"delegated_user,omitempty"`
	DelegatedUserTenant *string `json:"delegated_user_tenant,omitempty"`
	RequestHeaders      *string `json:"request_headers,omitempty"`
	RequestQuery        *string `json:"request_query,omitempty"`
	WriteClass          *bool   `json:"write_class"`
	Destructive         *bool   `json:"destructive"`
	Emulator            bool    `json:"emulator"`
}

// FixKind names a kind of fix; the LSP and `sasguard fix` offer the same ones.
type FixKind string

const (
	FixEnv      FixKind = "env"      // replace the literal with an environment reference
	FixDotenv   FixKind = "dotenv"   // FixEnv, plus the secret written to the workspace's .env
	FixRedact   FixKind = "redact"   // mask the secret, keep the token's shape
	FixSuppress FixKind = "suppress" // add a sasguard:ignore comment with a reason
)

// Fix is a set of edits on the scanned content.
type Fix struct {
	Kind    FixKind `json:"kind"`
	Title   string  `json:"title"`
	Edits   []Edit  `json:"edits"`
	EnvName string  `json:"env_name,omitempty"` // FixEnv, FixDotenv: the variable the code now reads

	// EnvValue is what FixDotenv writes to .env under EnvName: the secret the
	// user still needs. It never leaves the process: not in JSON, not in LSP
	// data, not in logs.
	EnvValue string `json:"-"`
}

// Edit replaces the bytes [Start, End) of the content with NewText.
type Edit struct {
	Start   int    `json:"start"`
	End     int    `json:"end"`
	NewText string `json:"new_text"`
}
