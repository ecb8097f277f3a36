import Foundation

enum ReceiptEndpoint {
    static let container = URL(string: "https://wtreceipts07.blob.core.windows.net/receipts")!

    // create+write only; the app never lists.
    static let sas = """
        sv=2022-11-02&spr=https&se=2027-09-01T00%3A00%3A00Z&sr=c&sp=cw\
        &sig=RfhJ9rYXsi%2FCBgsW8%2FbSwDKghzNsIt4%2BvcZ4jZhXU4c%3D
        """

    static func upload(_ name: String) -> URL {
        URL(string: "\(container.absoluteString)/\(name)?\(sas)")!
    }
}
