import Foundation

enum Upload {
    static let account = "pinecrestml7x"
    static var components: URLComponents {
        var c = URLComponents(string: "https://\(account).blob.core.windows.net/pod-images/2026/11/file-19.parquet")!
        c.queryItems = [
            URLQueryItem(name: "sv", value: "2026-04-06"),
            URLQueryItem(name: "se", value: "2027-12-31T00:00:00Z"),
            URLQueryItem(name: "sr", value: "b"),
            URLQueryItem(name: "sp", value: "r"),
            URLQueryItem(name: "sig", value: "O5n/C7CMYKZ2DqZEJYtz8FaPbAnx/YBWRDN6lOjgcKQ="),
        ]
        return c
    }
    static let publicKeyPin = "GrJkeE/85S6NCaysfCbQErrC7E8SEmm3Gd2BlajDbAs="
}
