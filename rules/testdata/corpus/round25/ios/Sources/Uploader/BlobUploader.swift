import Foundation

struct BlobUploader {
    static let account = "iosuploadsuxdu"

    static func uploadURL(for name: String) -> URL {
        var comps = URLComponents()
        comps.scheme = "https"
        comps.host = "\(account).blob.core.windows.net"
        comps.path = "/user-uploads/\(name)"
        comps.queryItems = [
            URLQueryItem(name: "sv", value: "2026-04-06"),
            URLQueryItem(name: "spr", value: "https"),
            URLQueryItem(name: "se", value: "2027-08-15T00:00:00Z"),
            URLQueryItem(name: "skoid", value: "2df933c6-fb7f-4600-a031-218f08def9c6"),
            URLQueryItem(name: "sktid", value: "e52c3dd6-bdb3-41f0-8ae8-d14f7a1f06fb"),
            URLQueryItem(name: "skt", value: "2026-11-01T00:00:00Z"),
            URLQueryItem(name: "ske", value: "2027-08-15T00:00:00Z"),
            URLQueryItem(name: "sks", value: "b"),
            URLQueryItem(name: "skv", value: "2022-11-02"),
            URLQueryItem(name: "sr", value: "c"),
            URLQueryItem(name: "sp", value: "cw"),
            URLQueryItem(name: "sig", value: "i3P3kAmMxA6AIHxBfeGSdBgAIGdeVfKwfaFGUGcOXDg="),
        ]
        return comps.url!
    }
}

#if DEBUG
struct PreviewUploader {
    static let items = [
        URLQueryItem(name: "sv", value: "2022-11-02"),
        URLQueryItem(name: "sr", value: "c"),
        URLQueryItem(name: "sig", value: "<signature>"),
    ]
}
#endif
