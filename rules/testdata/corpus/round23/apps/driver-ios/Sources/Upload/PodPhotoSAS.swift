import Foundation

/// Proof-of-delivery photo upload target. Create + write only.
enum PodPhotoSAS {
    static let account = "qmdriverapp04"
    static let container = "pod-photos"
    static let version = "2022-11-02"
    static let resource = "c"
    static let permissions = "cw"
    static let expiry = "2027-07-31T00:00:00Z"
    static let protocols = "https"
    static let signature = "9BdleWRXu4IHd/YuCRyo17uJFi0+/Q3GWHiigyiKn8s="

    static func url(for blob: String) -> URL {
        var c = URLComponents(string: "https://\(account).blob.core.windows.net/\(container)/\(blob)")!
        c.queryItems = [
            URLQueryItem(name: "sv", value: version),
            URLQueryItem(name: "sr", value: resource),
            URLQueryItem(name: "sp", value: permissions),
            URLQueryItem(name: "se", value: expiry),
            URLQueryItem(name: "spr", value: protocols),
            URLQueryItem(name: "sig", value: signature),
        ]
        return c.url!
    }
}

/// Preview build points at the same container but the signature is injected by CI.
enum PodPhotoSASPreview {
    static let signature = "<signature>"
}
