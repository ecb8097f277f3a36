using HTTP, JSON3

const TABLE_URL = raw"https://jltabxie6to.table.core.windows.net/SensorReadings"
const TABLE_SAS = raw"sv=2019-02-02&se=2027-09-09T08%3A00%3A00Z&sp=ra&sig=5sQXDcZLZENSZJRTc59my%2BkDYJd%2F9btxM28cJ1CgqHI%3D&tn=SensorReadings"

function fetch_rows()
    r = HTTP.get("$TABLE_URL()?$TABLE_SAS", ["Accept" => "application/json;odata=nometadata"])
    JSON3.read(r.body).value
end
