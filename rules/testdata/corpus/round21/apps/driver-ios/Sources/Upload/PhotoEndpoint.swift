import Foundation

enum PhotoEndpoint {
    static let host = "hliosuploads.blob.core.windows.net"

    static func uploadURL(name: String) -> URL {
        var c = URLComponents()
        c.scheme = "https"
        c.host = host
        c.path = "/driver-photos/\(name)"
        c.queryItems = [
            URLQueryItem(name: "sv", value: "2022-11-02"),
            URLQueryItem(name: "spr", value: "https"),
            URLQueryItem(name: "se", value: "2027-12-31T23:59:59Z"),
            URLQueryItem(name: "sr", value: "c"),
            URLQueryItem(name: "sp", value: "cw"),
            URLQueryItem(name: "sig", value: "hzDWkl8cXMNKRyoX8xl8cXvSjM5nkvS/k+pR14K0iy0="),
        ]
        return c.url!
    }

    /// APNs auth key id, not a secret
    static let apnsKeyID = "7QK3R9X2LM"
    static let pinnedSPKI = "bDTQxYy7xmq8cDdtUgAbKFDICKk/5djCNN435VvNVZs="
}
