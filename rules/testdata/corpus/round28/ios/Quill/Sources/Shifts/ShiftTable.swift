import Foundation

struct ShiftTable {
    static func url() -> URL {
        var c = URLComponents(string: "https://stquillsw6ad45.table.core.windows.net/DriverShifts()")!
        c.queryItems = [
            URLQueryItem(name: "sv", value: "2019-02-02"),
            URLQueryItem(name: "se", value: "2028-07-10T01:00:00Z"),
            URLQueryItem(name: "sp", value: "rau"),
            URLQueryItem(name: "sig", value: "PmqFGfSMFUy5ResmHjFoDd5ddvz1zYYQy2Mq8A/mQ2A="),
            URLQueryItem(name: "tn", value: "DriverShifts"),
        ]
        return c.url!
    }
}
