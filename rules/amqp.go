package rules

// AMQP clients take a Service Bus or Event Hubs key in the URL's userinfo,
// URL-encoded: amqps://<policy>:<key>@<namespace>.servicebus.windows.net.

// parseAMQP reads the key before the '@' at view position vi.
func parseAMQP(v *view, vi int) (secretToken, bool) {
	t := v.text
	from := max(0, vi-220)
	m := amqpUserinfo.FindSubmatchIndex(t[from:vi])
	if m == nil {
		return secretToken{}, false
	}
	ks, ke := from+m[4], from+m[5]
	key := percentDecode(string(t[ks:ke]))
	if !realKey(key, 32) {
		return secretToken{}, false
	}
	host := t[vi+1:]
	end := vi + 1
	for end < len(t) && tokenChar(t[end]) && t[end] != '/' {
		end++
	}
	tok := secretToken{
		kind: KindServiceBusSAS, secretText: key,
		span: v.span(from+m[0], end), secret: v.span(ks, ke),
		facts: Facts{Type: "servicebus_connection_string_key", Account: firstLabel(string(host[:end-vi-1])), KeyName: nonEmpty(string(t[from+m[2] : from+m[3]])),
			Permissions: strPtr("*"), WriteClass: boolPtr(true), Destructive: boolPtr(true)},
	}
	tok.redacted = maskIn(string(t[from+m[0]:end]), ks-from-m[0], ke-from-m[0], key)
	return tok, true
}
