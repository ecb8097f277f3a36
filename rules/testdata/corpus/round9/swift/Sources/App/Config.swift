import Foundation

enum Config {
    static let accountName: String = "stw46g0gd391"
    static let accountKey: String = "BZd1sUFfY46zvQpztriSGBp33NCF8FC4+0PwtuFPHQ4JHnqAEOIW5tJADji5Bskmj6DrSUvhWRMfLYPnfu0sUA=="
    static let remoteConfigURL = URL(string: "https://sto1qni9vt80.blob.core.windows.net/app/config/remote.json?sv=2026-04-06&se=2030-01-01T00%3A00%3A00Z&sr=b&sp=r&sig=BHR0%2BLayXFZRkjGGjX1rtCyXWMQBQEHh%2BQCC1EH4JFI%3D")!
}
