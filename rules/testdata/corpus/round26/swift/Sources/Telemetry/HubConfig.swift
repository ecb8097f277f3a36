import Foundation

enum HubConfig {
    static let endpoint = URL(string: "https://evh-lsf-mobile.servicebus.windows.net/app-telemetry/messages")!

    // send-only token for the app-telemetry hub; rotated with each app release
    static let authorization = """
        SharedAccessSignature sr=https%3A%2F%2Fevh-lsf-mobile.serv\
        icebus.windows.net%2Fapp-telemetry&sig=18kYN7V0awiIf76rgRMxvZ%\
        2Ftehkk5X7k%2BysFD40Sqhw%3D&se=1845936000&skn=mobile-send
        """

    static let batchSize = 50
    static let flushInterval: TimeInterval = 30
}
