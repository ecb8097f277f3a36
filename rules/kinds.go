package rules

import "strings"

// Kinds the engine reports in Finding.Kind (docs/contract.md); the
// registry below says everything else about each.
const (
	KindAccountSAS        = "account_sas"
	KindServiceSAS        = "service_sas"
	KindUserDelegationSAS = "user_delegation_sas"
	KindStorageKey        = "storage_connection_string_key"
	KindStorageConnSAS    = "storage_connection_string_sas"
	KindServiceBusSAS     = "servicebus_sas"
	KindCosmosKey         = "cosmosdb_key"
	KindIdentifiableKey   = "azure_identifiable_key"
)

// FactsType says what kind of token a finding's facts describe (Facts.Type).
// The strings are the JSON contract. A custom rule's findings carry the
// rule's id instead.
type FactsType string

const (
	FactsAccountSAS        FactsType = "account"
	FactsServiceSAS        FactsType = "service"
	FactsUserDelegationSAS FactsType = "user_delegation"
	FactsStorageKey        FactsType = "storage_account_key"
	FactsServiceBusToken   FactsType = "servicebus_token"
	FactsIoTHubToken       FactsType = "iothub_token"
	FactsServiceBusKey     FactsType = "servicebus_connection_string_key"
	FactsIoTHubKey         FactsType = "iothub_connection_string_key"
	FactsRelayKey          FactsType = "relay_key"
	FactsCosmosKey         FactsType = "cosmosdb_account_key"

	// Other services' identifiable keys (identifiable.go): kind
	// azure_identifiable_key, the service in the facts type.
	FactsBatchKey     FactsType = "batch_account_key"
	FactsAPIMKey      FactsType = "apim_key"
	FactsMLClassicKey FactsType = "ml_webservice_key"
	FactsRedisKey     FactsType = "redis_access_key"
	FactsEventGridKey FactsType = "eventgrid_access_key"
	FactsACRKey       FactsType = "acr_password"
	FactsSearchKey    FactsType = "search_key"
	FactsFunctionKey  FactsType = "functions_key"
)

// KindInfo is one built-in credential kind: everything the engine and its
// renderers say about it, so adding a kind means adding one entry here (plus
// the detector that produces it and, if its facts are a new shape, the
// sentence that words them).
type KindInfo struct {
	ID    string      // Finding.Kind; the names `kinds = [...]` accepts in .sasguard.toml
	Rule  string      // Finding.Rule; the SARIF rule id
	Types []FactsType // the Facts.Type values its findings carry
	Short string      // one line: SARIF shortDescription
	Help  string      // what the token grants and how to recognise it (SARIF help, before the revoke advice)
	// Revoke is how to take the token's power away, for a token of this kind
	// whose facts are not known (SARIF help). Messages, explain and hover
	// word the same advice for the token at hand (revocationFor).
	Revoke string
}

// kinds lists the built-in kinds in the order SARIF and config errors list
// them.
var kinds = []KindInfo{
	{
		ID: KindAccountSAS, Rule: "azure-account-sas", Types: []FactsType{FactsAccountSAS},
		Short: "Azure Storage account SAS in source",
		Help: "An account SAS (ss= and srt=) grants access across every container, share, queue or table of the services it names. " +
			"It cannot be bound to a stored access policy.",
		Revoke: revokeText(revokeAccountSAS, genericTarget),
	},
	{
		ID: KindServiceSAS, Rule: "azure-service-sas", Types: []FactsType{FactsServiceSAS},
		Short: "Azure Storage service SAS in source",
		Help: "A service SAS (sr= or tn=) grants the permissions in sp= on one blob, container, directory, share, queue or table until se=. " +
			"If it names a stored access policy (si=), deleting or changing that policy revokes it.",
		Revoke: revokeText(revokeServiceSAS, genericTarget),
	},
	{
		ID: KindUserDelegationSAS, Rule: "azure-user-delegation-sas", Types: []FactsType{FactsUserDelegationSAS},
		Short: "Azure Storage user delegation SAS in source",
		Help: "A user delegation SAS is signed with a key obtained through Microsoft Entra ID (skoid=, sktid=); " +
			"it lives until the earlier of se= and the delegation key's expiry (ske=, at most 7 days).",
		Revoke: revokeText(revokeDelegation, genericTarget),
	},
	{
		ID: KindStorageKey, Rule: "azure-storage-account-key", Types: []FactsType{FactsStorageKey},
		Short: "Azure Storage account key in source",
		Help: "An account key (AccountKey= in a connection string) grants full control of the storage account and can mint any SAS; " +
			"it never expires, so prefer Entra ID authentication where you can.",
		Revoke: revokeText(revokeStorageKey, genericTarget),
	},
	{
		ID: KindStorageConnSAS, Rule: "azure-storage-connection-string-sas", Types: []FactsType{FactsAccountSAS, FactsServiceSAS, FactsUserDelegationSAS},
		Short: "Azure Storage connection string with a SAS in source",
		Help:  "A connection string with SharedAccessSignature= carries a SAS that grants what its sp=, ss= and srt= (or sr=) say.",
		// Connection strings usually carry an account SAS.
		Revoke: revokeText(revokeAccountSAS, genericTarget),
	},
	{
		ID: KindServiceBusSAS, Rule: "azure-servicebus-sas", Types: []FactsType{FactsServiceBusToken, FactsIoTHubToken, FactsServiceBusKey, FactsIoTHubKey, FactsRelayKey},
		Short: "Azure Service Bus, Event Hubs or IoT Hub SAS token or key in source",
		Help: "A Service Bus, Event Hubs or IoT Hub SharedAccessSignature token or SharedAccessKey lets anyone send, listen or manage per the rights of its policy (skn= / SharedAccessKeyName=); " +
			"an IoT Hub policy's keys are renewed with az iot hub policy renew-key. " +
			"A bare key with Microsoft's identifiable signature (+ASb, +AEh, +ARm, AIoT) and a valid checksum is reported with no context.",
		Revoke: revokeText(revokeServiceBusToken, genericTarget),
	},
	{
		ID: KindCosmosKey, Rule: "azure-cosmosdb-key", Types: []FactsType{FactsCosmosKey},
		Short: "Azure Cosmos DB account key in source",
		Help: "A Cosmos DB account key (AccountKey= after AccountEndpoint=https://NAME.documents.azure.com, a key named for Cosmos DB, " +
			"or a bare key with the identifiable signature ACDb) grants full read and write access to every database and container in the account; " +
			"it never expires. The Cosmos DB emulator's published key is not reported.",
		Revoke: revokeText(revokeCosmosKey, genericTarget),
	},
	{
		ID: KindIdentifiableKey, Rule: "azure-identifiable-key", Types: []FactsType{FactsBatchKey, FactsAPIMKey, FactsMLClassicKey, FactsRedisKey, FactsEventGridKey, FactsACRKey, FactsSearchKey, FactsFunctionKey},
		Short: "Azure service key with Microsoft's identifiable signature in source",
		Help: "A key Azure issued with a fixed signature and a Marvin32 checksum (Batch +ABa, API Management APIM, Machine Learning classic +AMC, " +
			"Cache for Redis AzCa, Event Grid AZEG, Container Registry +ACR, AI Search AzSe, Functions AzFu) is a live credential wherever it is written; " +
			"facts.type names the service.",
		Revoke: "regenerate the key in the service that issued it (facts.type names it) and update what uses it",
	},
}

// Kinds returns the built-in kinds in order.
func Kinds() []KindInfo { return append([]KindInfo(nil), kinds...) }

// KindIDs returns the built-in kind ids in order.
func KindIDs() []string {
	ids := make([]string, len(kinds))
	for i, k := range kinds {
		ids[i] = k.ID
	}
	return ids
}

// KindByID finds a built-in kind by Finding.Kind.
func KindByID(id string) (KindInfo, bool) {
	for _, k := range kinds {
		if k.ID == id {
			return k, true
		}
	}
	return KindInfo{}, false
}

// KindByRule finds a built-in kind by Finding.Rule.
func KindByRule(rule string) (KindInfo, bool) {
	for _, k := range kinds {
		if k.Rule == rule {
			return k, true
		}
	}
	return KindInfo{}, false
}

// kindRule is the rule id of a built-in kind, "" for any other.
func kindRule(kind string) string { k, _ := KindByID(kind); return k.Rule }

// typeInfo is what words a facts type: its name and how a token of that
// type is revoked when nothing more specific applies.
type typeInfo struct {
	Type   FactsType
	Name   string // as a title starts: "Account SAS"
	Proper bool   // Name starts with a product name, capitalised mid-sentence too
	Revoke revokeMethod
}

var factsTypes = []typeInfo{
	{FactsAccountSAS, "Account SAS", false, revokeAccountSAS},
	{FactsServiceSAS, "Service SAS", false, revokeServiceSAS},
	{FactsUserDelegationSAS, "User delegation SAS", false, revokeDelegation},
	{FactsStorageKey, "Storage account key", false, revokeStorageKey},
	{FactsServiceBusToken, "Service Bus / Event Hubs SAS token", true, revokeServiceBusToken},
	{FactsIoTHubToken, "IoT Hub SAS token", true, revokeIoTHubToken},
	{FactsServiceBusKey, "Service Bus / Event Hubs shared access key", true, revokeServiceBusKey},
	{FactsIoTHubKey, "IoT Hub shared access key", true, revokeIoTHubKey},
	{FactsRelayKey, "Azure Relay shared access key", true, revokeRelayKey},
	{FactsCosmosKey, "Cosmos DB account key", true, revokeCosmosKey},
	{FactsBatchKey, "Batch account key", true, revokeBatchKey},
	{FactsAPIMKey, "API Management key", true, revokeAPIMKey},
	{FactsMLClassicKey, "Machine Learning (classic) web service key", true, revokeMLClassicKey},
	{FactsRedisKey, "Azure Cache for Redis access key", true, revokeRedisKey},
	{FactsEventGridKey, "Event Grid access key", true, revokeEventGridKey},
	{FactsACRKey, "Container Registry password", true, revokeACRKey},
	{FactsSearchKey, "AI Search key", true, revokeSearchKey},
	{FactsFunctionKey, "Azure Functions key", true, revokeFunctionKey},
}

// serviceGrants says what a key of a service's own kind grants, for its
// finding message: "<name> grants <this>; it never expires: <revoke>".
var serviceGrants = map[FactsType]string{
	FactsRelayKey:     "every right of its policy on the Relay namespace (send, listen, manage)",
	FactsCosmosKey:    "full read and write access to every database and container in the account",
	FactsBatchKey:     "full control of the Batch account: pools, jobs and the code they run",
	FactsAPIMKey:      "access to the API Management instance's APIs (subscription), gateway or configuration repository",
	FactsMLClassicKey: "calls to the Machine Learning (classic) web service",
	FactsRedisKey:     "full access to the cache's data and commands",
	FactsEventGridKey: "publishing events to the topic or domain",
	FactsACRKey:       "pulling (and per its scope, pushing) images in the registry",
	FactsSearchKey:    "querying (query key) or managing (admin key) the search service's indexes",
	FactsFunctionKey:  "calling the function app's functions (a master or system key: every function and the admin API)",
}

func typeByFacts(t FactsType) (typeInfo, bool) {
	for _, ti := range factsTypes {
		if ti.Type == t {
			return ti, true
		}
	}
	return typeInfo{}, false
}

// revokeMethod names a way to take a token's power away.
type revokeMethod int

const (
	revokeOther revokeMethod = iota // a custom rule's secret
	revokeNothing
	revokeStorageKey
	revokeAccountSAS
	revokeServiceSAS
	revokeDelegation
	revokePolicy
	revokeServiceBusKey
	revokeServiceBusToken
	revokeIoTHubKey
	revokeIoTHubToken
	revokeRelayKey
	revokeCosmosKey
	revokeBatchKey
	revokeAPIMKey
	revokeMLClassicKey
	revokeRedisKey
	revokeEventGridKey
	revokeACRKey
	revokeSearchKey
	revokeFunctionKey
)

// revocation is one piece of revoke advice, written once in two forms: the
// clause a finding message ends with, and the step explain, hover and SARIF
// show, with the command to run. {account}, {key} and {policy} are filled in
// from the token's facts.
type revocation struct {
	Clause string
	Step   string
}

const (
	serviceBusRenew = "regenerate the keys of {key} (portal, or az servicebus namespace authorization-rule keys renew / az eventhubs namespace authorization-rule keys renew --namespace-name {account})"
	iotHubRenew     = "regenerate the keys of {key} (portal, or az iot hub policy renew-key --hub-name {account})"
)

var revocations = map[revokeMethod]revocation{
	revokeOther:   {"rotate the secret where it was issued", "rotate the secret where it was issued"},
	revokeNothing: {"nothing to revoke", "nothing to revoke"},
	revokeStorageKey: {
		"rotate the key in the portal or with `az storage account keys renew`",
		"rotate the key (az storage account keys renew --account-name {account} --key primary, or secondary) and update what uses it",
	},
	revokeAccountSAS: {
		"it cannot be revoked without rotating the account key",
		"rotate the account key that signed it (az storage account keys renew --account-name {account} --key primary|secondary): an account SAS cannot be revoked any other way",
	},
	revokeServiceSAS: {
		"it cannot be revoked without rotating the account key that signed it",
		"rotate the account key that signed it (az storage account keys renew --account-name {account}); next time bind the SAS to a stored access policy so it can be revoked alone",
	},
	revokeDelegation: {
		"revoke it by revoking the account's user delegation keys (`az storage account revoke-delegation-keys`) or the signer's role",
		"revoke the account's user delegation keys (az storage account revoke-delegation-keys --name {account}) or remove the signing principal's role",
	},
	revokePolicy: {
		"revoke it by deleting or changing stored access policy {policy}",
		"delete or change stored access policy {policy} on its container, share, queue or table",
	},
	revokeServiceBusKey:   {"regenerate the key", serviceBusRenew},
	revokeServiceBusToken: {"revoke it by regenerating that key", serviceBusRenew},
	revokeIoTHubKey:       {"regenerate the key", iotHubRenew},
	revokeIoTHubToken:     {"revoke it by regenerating that key", iotHubRenew},
	revokeRelayKey: {"regenerate the key",
		"regenerate the keys of {key} (portal, or az relay namespace authorization-rule keys renew --namespace-name {account})"},
	revokeCosmosKey: {"regenerate the key with `az cosmosdb keys regenerate`",
		"regenerate the key (az cosmosdb keys regenerate --name {account} --resource-group RG --key-kind primary|secondary|primaryReadonly|secondaryReadonly) and update what uses it"},
	revokeBatchKey: {"regenerate the key with `az batch account keys renew`",
		"regenerate the key (az batch account keys renew --name ACCOUNT --resource-group RG --key-name primary|secondary)"},
	revokeAPIMKey: {"regenerate the key in the API Management instance",
		"regenerate the subscription's, gateway's or repository's key in the API Management instance (portal, or its management REST API)"},
	revokeMLClassicKey: {"regenerate the web service key",
		"regenerate the web service's key in Machine Learning Studio (classic) or its management API"},
	revokeRedisKey: {"regenerate the key with `az redis regenerate-keys`",
		"regenerate the key (az redis regenerate-keys --name CACHE --resource-group RG --key-type Primary|Secondary)"},
	revokeEventGridKey: {"regenerate the key with `az eventgrid topic key regenerate`",
		"regenerate the key (az eventgrid topic key regenerate --name TOPIC --resource-group RG --key-name key1|key2, or az eventgrid domain key regenerate)"},
	revokeACRKey: {"regenerate the password",
		"regenerate the password (az acr credential renew --name REGISTRY --password-name password|password2, or az acr token credential generate for a token)"},
	revokeSearchKey: {"regenerate or delete the key",
		"regenerate an admin key (az search admin-key renew --service-name SERVICE --resource-group RG --key-kind primary|secondary) or delete a query key (az search query-key delete)"},
	revokeFunctionKey: {"regenerate the key",
		"regenerate the key (portal: App keys / Function keys, or az functionapp keys set --name APP --resource-group RG --key-type functionKeys|masterKey|systemKeys --key-name NAME)"},
}

// revokeTarget fills a revocation's placeholders.
type revokeTarget struct{ account, key, policy string }

// genericTarget words advice for a kind rather than a token (SARIF help).
var genericTarget = revokeTarget{account: "ACCOUNT", key: "its shared access policy", policy: `"NAME"`}

func (r revokeTarget) fill(s string) string {
	return strings.NewReplacer("{account}", r.account, "{key}", r.key, "{policy}", r.policy).Replace(s)
}

// revokeText is a method's step for a target.
func revokeText(m revokeMethod, t revokeTarget) string { return t.fill(revocations[m].Step) }
