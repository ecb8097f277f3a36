import Foundation

enum UploadEndpoint {
    static func url(for name: String) -> URL {
        var c = URLComponents()
        c.scheme = "https"
        c.host = "stjd1214p5kktr.blob.core.windows.net"
        c.path = "/receipts/\(name)"
        c.queryItems = [
            URLQueryItem(name: "sv", value: "2026-04-06"),
            URLQueryItem(name: "spr", value: "https"),
            URLQueryItem(name: "se", value: "2027-10-07T08:00:00Z"),
            URLQueryItem(name: "sr", value: "c"),
            URLQueryItem(name: "sp", value: "cw"),
            URLQueryItem(name: "sig", value: "f+BIyBSg+usdURpBOtTHAo/vyaCLuRomQHQ5dibeZNs="),
        ]
        return c.url!
    }
    // public key pinning (SPKI sha256), not a secret
    static let pinnedKeyHash = "b+7MjBbFVR2f6z61934tp3O/aL2e+cUpJ86yyG5WiSs="
}
