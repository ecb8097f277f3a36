package report

// ruleDoc describes a built-in rule for SARIF consumers (GitHub code
// scanning shows shortDescription in the alert list and help on the alert).
type ruleDoc struct {
	ID    string
	Short string
	Help  string
}

// builtinRules are the engine's rule ids, in the order SARIF lists them.
var builtinRules = []ruleDoc{
	{
		ID:    "azure-account-sas",
		Short: "Azure Storage account SAS in source",
		Help: "An account SAS (ss= and srt=) grants access across every container, share, queue or table of the services it names. " +
			"It cannot be bound to a stored access policy, so the only way to revoke it is to rotate the account key that signed it. " +
			"Rotate the key, then move the token out of the code: read it from an environment variable or a secret store (`sasguard fix --dotenv PATH`).",
	},
	{
		ID:    "azure-service-sas",
		Short: "Azure Storage service SAS in source",
		Help: "A service SAS (sr= or tn=) grants the permissions in sp= on one blob, container, directory, share, queue or table until se=. " +
			"Revoke it by rotating the account key that signed it, or by changing its stored access policy (si=) if it uses one. " +
			"Then read the token from an environment variable or a secret store (`sasguard fix --dotenv PATH`).",
	},
	{
		ID:    "azure-user-delegation-sas",
		Short: "Azure Storage user delegation SAS in source",
		Help: "A user delegation SAS is signed with a key obtained through Microsoft Entra ID (skoid=, sktid=); it lives until the earlier of se= and the delegation key's expiry (ske=, at most 7 days). " +
			"Revoke it by revoking the user delegation keys of the account (az storage account revoke-delegation-keys), then read the token from an environment variable or a secret store.",
	},
	{
		ID:    "azure-storage-account-key",
		Short: "Azure Storage account key in source",
		Help: "An account key (AccountKey= in a connection string) grants full control of the storage account and can mint any SAS. " +
			"Rotate the key (az storage account keys renew), then read the connection string from an environment variable or a secret store, or switch to Entra ID authentication.",
	},
	{
		ID:    "azure-storage-connection-string-sas",
		Short: "Azure Storage connection string with a SAS in source",
		Help: "A connection string with SharedAccessSignature= carries a SAS that grants what its sp=, ss= and srt= (or sr=) say. " +
			"Revoke it by rotating the account key that signed it, then read the connection string from an environment variable or a secret store.",
	},
	{
		ID:    "azure-servicebus-sas",
		Short: "Azure Service Bus, Event Hubs or IoT Hub SAS token or key in source",
		Help: "A Service Bus, Event Hubs or IoT Hub SharedAccessSignature token or SharedAccessKey lets anyone send, listen or manage per the rights of its policy (skn= / SharedAccessKeyName=). " +
			"Regenerate the policy's keys, then read the value from an environment variable or a secret store.",
	},
}

// customRuleDoc describes a team's rule from .sasguard.toml, which SARIF
// needs listed like any other.
func customRuleDoc(id string) ruleDoc {
	return ruleDoc{
		ID:    id,
		Short: "Secret matched by the custom rule " + id,
		Help:  "This rule is defined in the repository's .sasguard.toml ([[rules]] id = \"" + id + "\"). Remove the secret from the code, rotate it, and read it from an environment variable or a secret store.",
	}
}
