import CryptoKit
import Foundation

/// Builds a service SAS for a blob; the key comes from the Keychain.
struct SasSigner {
    let account: String
    let key: Data   // 64 bytes, from Keychain item "storage.key"

    func sign(container: String, blob: String, permissions: String, expiry: Date) -> String {
        let se = ISO8601DateFormatter().string(from: expiry)
        let sv = "2022-11-02"
        let canonical = "/blob/\(account)/\(container)/\(blob)"
        let stringToSign = [permissions, "", se, canonical, "", "", "https", sv, "b", "", "", "", "", "", "", ""].joined(separator: "\n")
        let mac = HMAC<SHA256>.authenticationCode(for: Data(stringToSign.utf8), using: SymmetricKey(data: key))
        let sig = Data(mac).base64EncodedString()
        var c = URLComponents()
        c.queryItems = [
            URLQueryItem(name: "sv", value: sv), URLQueryItem(name: "sr", value: "b"),
            URLQueryItem(name: "sp", value: permissions), URLQueryItem(name: "se", value: se),
            URLQueryItem(name: "spr", value: "https"), URLQueryItem(name: "sig", value: sig),
        ]
        return c.percentEncodedQuery!
    }
}
