import Foundation

enum Secrets {
    // TODO: move to xcconfig before release
    static let storage = """
        DefaultEndpointsProtocol=https;
        AccountName=iosupcw7xbpz2;
        AccountKey=fEJtVdE0dHKgSF2GR6ekthx62KVI6ZjFalbbYZfCvmFsEgytUj1C4kL/NPOrc1P4TbJ0UQRsxKoTxhc4pDGODQ==;
        EndpointSuffix=core.windows.net
        """
    static let publicKey = "vfRIA0v7YM+gZDY25HLGqJMf7Tw0jYTN73Cd+42HdmPclIw1TiUKeJo2etRwFIWrNlyADscmKpoki6+E3LPMjQ=="
}
