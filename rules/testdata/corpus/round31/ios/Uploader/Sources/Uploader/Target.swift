import Foundation

enum Target {
    static var url: URL {
        var c = URLComponents()
        c.scheme = "https"
        c.host = "g6k23v4zh.blob.core.windows.net"
        c.path = "/media/2026/11/orders.parquet"
        c.queryItems = [
            URLQueryItem(name: "sv", value: "2026-04-06"),
            URLQueryItem(name: "spr", value: "https,http"),
            URLQueryItem(name: "st", value: "2029-02-02T10:59:04Z"),
            URLQueryItem(name: "se", value: "2029-03-18T10:59:04Z"),
            URLQueryItem(name: "sr", value: "b"),
            URLQueryItem(name: "sp", value: "cw"),
            URLQueryItem(name: "sig", value: "vqMg73in5svUffuXgloEyoY8T8PzJMYT7DWrxFKRCLA=")
        ]
        return c.url!
    }
}
