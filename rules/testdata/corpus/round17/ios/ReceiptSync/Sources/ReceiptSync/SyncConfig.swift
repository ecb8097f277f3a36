import Foundation

enum SyncConfig {
    // Multi-line literal; the trailing backslash keeps it a single line at runtime.
    static let uploadURL = """
        https://fabreceiptsync.blob.core.windows.net/receipts?sv=2022-11-02&ss=b&srt=o\
        &spr=https&se=2028-09-30T00%3A00%3A00Z&sp=wc&sig=vqCoU%2Bges9%2FDi3%2FzGnfWa4oXgf7jp1h4PgZ6AiZ4A%2Fg%3D
        """

    static let pinnedPublicKey = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA1MsoFJYZuiIv9uymDwaZivYdBURgQrNUhvI2RB8qyNljvmue7JIH+QOa6AqHlEwxEH/V34f28VLG5EAbNdgQ1syWPJ/kO0z6N/pF0xRT2KDhUlZAgM0Yz2iK0WStFi65QXTEJ9mec/ArEES73lVSiJtVSFOA0ZcFWSK+Jj6c77lnO1CNQy70ofv6btnTo1dDK9dtEVfDCu4FWTmDsYIXg/R/5Td1mcp1F0jQcV7XM9dMUVvJsrdDeqF7QITAflO1vF5HC5+wuFuinbAdytdUYp2UZZEbB7J7lsyUoKxTR6Czs6dK3msbJE4t9dG0pDElArWfRqvYtY6hcNNwMoVkVQIDAQAB"

    static let bus = #"Endpoint=sb://fabreceipts-bus.servicebus.windows.net/;SharedAccessKeyName=app-send;SharedAccessKey=b0jhOeT3fU0k9i1kkS7t/54Y2EjfxScdm+ASbOSS3X0=;EntityPath=receipts"#
}
