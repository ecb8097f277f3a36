require "azure/storage/blob"
require "net/http"

namespace :export do
  UPLOAD_URL = "https://stnhi8hq1mdi.blob.core.windows.net/exports/nightly/customers.csv.gz?sv=2026-04-06&se=2027-06-30T00%3A00%3A00Z&sr=b&sp=cw&sig=iB6K3MQavBfpOEYdvO%2FhC2yYT0XJYZFzy6yKJ7CMeNU%3D".freeze

  desc "Upload the nightly customer export"
  task customers: :environment do
    uri = URI(UPLOAD_URL)
    req = Net::HTTP::Put.new(uri, "x-ms-blob-type" => "BlockBlob")
    req.body = File.binread(Rails.root.join("tmp/customers.csv.gz"))
    Net::HTTP.start(uri.host, uri.port, use_ssl: true) { |h| h.request(req) }
  end

  task archive: :environment do
    client = Azure::Storage::Blob::BlobService.create_from_connection_string(
      ENV.fetch("ARCHIVE_CONN") { "DefaultEndpointsProtocol=https;AccountName=strailsem1t7rpv5x;AccountKey=/razerjUYzD/3bvdUZyoIu0aVF+/o5uc4LhAduGWMe5jro+BHAmioLjGuIViVLq/tIMv6lvenpILW+5GQkNy5g==;EndpointSuffix=core.windows.net" }
    )
    client.list_containers.each { |c| puts c.name }
  end
end
