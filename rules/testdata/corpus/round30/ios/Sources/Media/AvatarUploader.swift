import Foundation

struct AvatarUploader {
    static let host = "iosmedia4bli5a.blob.core.windows.net"

    static func uploadURL() -> URL {
        var c = URLComponents()
        c.scheme = "https"
        c.host = host
        c.path = "/avatars/upload.jpg"
        c.queryItems = [
            URLQueryItem(name: "sv", value: "2026-04-06"),
            URLQueryItem(name: "spr", value: "https"),
            URLQueryItem(name: "se", value: "2028-06-30T00:00:00Z"),
            URLQueryItem(name: "sr", value: "b"),
            URLQueryItem(name: "sp", value: "cw"),
            URLQueryItem(name: "sig", value: "53Dban1zFUwVuCKFijInZqIXRjh6WtfMzV5gf2JoU74="),
        ]
        return c.url!
    }

    static func previewURL(token: String) -> URL {
        var c = URLComponents(string: "https://\(host)/avatars/preview.jpg")!
        c.queryItems = [URLQueryItem(name: "sig", value: token)]
        return c.url!
    }
}
