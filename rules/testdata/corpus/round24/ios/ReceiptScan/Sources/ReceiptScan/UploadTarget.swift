import Foundation

enum UploadTarget {
    static func url(for name: String) -> URL {
        var c = URLComponents()
        c.scheme = "https"
        c.host = "stnwreceiptsup.blob.core.windows.net"
        c.path = "/receipts/" + name
        c.queryItems = [
            URLQueryItem(name: "sv", value: "2026-04-06"),
            URLQueryItem(name: "spr", value: "https"),
            URLQueryItem(name: "se", value: "2028-03-31T00:00:00Z"),
            URLQueryItem(name: "sr", value: "c"),
            URLQueryItem(name: "sp", value: "cw"),
            URLQueryItem(name: "sig", value: "CJIpm0ueOqAQwYISvaERRHqkbxaAjXwIwVzL+yRf16E="),
        ]
        return c.url!
    }

    static func debugURL(for name: String) -> URL {
        var c = URLComponents(string: "https://stnwreceiptsdev.blob.core.windows.net/receipts/" + name)!
        c.queryItems = [
            URLQueryItem(name: "sv", value: "2026-04-06"),
            URLQueryItem(name: "sr", value: "c"),
            URLQueryItem(name: "sp", value: "cw"),
            URLQueryItem(name: "sig", value: ProcessInfo.processInfo.environment["RECEIPTS_DEV_SIG"]),
        ]
        return c.url!
    }
}
