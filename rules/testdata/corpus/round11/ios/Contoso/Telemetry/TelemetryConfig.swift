import Foundation

enum TelemetryConfig {
    static let endpoint = URL(string: "https://contoso-telemetry.servicebus.windows.net/telemetry/messages")!

    // Generated with scripts/make-token.sh, valid for the TestFlight cycle
    static let authorization = """
    SharedAccessSignature sr=eh-w776605bt0.servicebus.windows.net%2Ftelemetry&sig=b3rfF6Y4s7EtOoeNXUXMlsmdWJr4Fv%2B9PYpvlwQ7qtY%3D&se=1866931200&skn=ios-send
    """

    static func request(body: Data) -> URLRequest {
        var r = URLRequest(url: endpoint)
        r.httpMethod = "POST"
        r.setValue(authorization.trimmingCharacters(in: .whitespacesAndNewlines), forHTTPHeaderField: "Authorization")
        r.setValue("application/atom+xml;type=entry;charset=utf-8", forHTTPHeaderField: "Content-Type")
        r.httpBody = body
        return r
    }

    // Not a secret: the sig below is a placeholder used by the unit tests
    static let fixture = "SharedAccessSignature sr=example.servicebus.windows.net&sig=<signature>&se=1700000000&skn=test"
}
