import Foundation

enum BlobEndpoints {
    static let receiptsBase = URL(string: "https://iosrcpttdkq6i.blob.core.windows.net/receipts")!

    static func receiptsURL(signature: String? = nil) -> URL {
        var c = URLComponents(url: receiptsBase, resolvingAgainstBaseURL: false)!
        c.queryItems = [
            URLQueryItem(name: "sv", value: "2022-11-02"),
            URLQueryItem(name: "spr", value: "https"),
            URLQueryItem(name: "se", value: "2027-08-31T23:59:59Z"),
            URLQueryItem(name: "sr", value: "c"),
            URLQueryItem(name: "sp", value: "racw"),
            URLQueryItem(name: "sig", value: "MdAqVgpZ3B5HN3fmUdMWUiM2D0NgQivnNf3dkb1eMCo="),
        ]
        return c.url!
    }

    static func signedURL(_ path: String, sig: String) -> URL {
        var c = URLComponents(url: receiptsBase.appendingPathComponent(path), resolvingAgainstBaseURL: false)!
        c.queryItems = [URLQueryItem(name: "sv", value: "2022-11-02"), URLQueryItem(name: "sig", value: sig)]
        return c.url!
    }

    static let diagnosticsConnection = """
    DefaultEndpointsProtocol=https;AccountName=iosdiagxx2li1;AccountKey=Sql5ky7mM7Sbi123I3g2OX6NIlbeqbVdJM/4PTCkRFYjDHn8KjgoiDnRdcvP7iMfSsAcS5y+BayZlHnu/P+RGA==;EndpointSuffix=core.windows.net
    """
}
