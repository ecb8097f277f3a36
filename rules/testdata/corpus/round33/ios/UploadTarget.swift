import Foundation

enum UploadTarget {
    static var url: URL {
        var c = URLComponents()
        c.scheme = "https"
        c.host = "archran9sod1rme.blob.core.windows.net"
        c.path = "/uploads"
        c.queryItems = [
            URLQueryItem(name: "sv", value: "2026-04-06"),
            URLQueryItem(name: "spr", value: "https"),
            URLQueryItem(name: "se", value: "2027-12-31T18:00:00Z"),
            URLQueryItem(name: "sr", value: "c"),
            URLQueryItem(name: "sp", value: "cw"),
            URLQueryItem(name: "sig", value: "ak4Wm6I2iqCD40XS/Yad5QAmb0Jurw7JyUzA/RYx4D4="),
        ]
        return c.url!
    }
}
