import Foundation

enum EventHubSettings {
    static let connectionString = "Endpoint=sb://evh-quill-mobile.servicebus.windows.net/;SharedAccessKeyName=app-send;SharedAccessKey=rpufCL+luQUIpJ0nC2zkW2oSdY6uWoKaX+AEhE1BLVg=;EntityPath=app-events"
    static let certificatePin = "KTv3Z8nV/JZ40OgjpqYc/bSAXcqRJLtYzRYYgXWm6P4="
}
