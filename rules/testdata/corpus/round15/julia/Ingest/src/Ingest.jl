module Ingest

using Azure

const CONN = "DefaultEndpointsProtocol=https;" *
             "AccountName=jlsim3zdlo1;" *
             "AccountKey=k4Uhp44+FQkH/awb1PvV2enpoQKqXznpC4EIJLeSJtC5vnVStAjg/5DfNR6y71kEiytjdcyN+A6Ah/J/1rDK8w==;" *
             "EndpointSuffix=core.windows.net"

const LOCAL = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"

conn() = get(ENV, "JL_LOCAL", "0") == "1" ? LOCAL : CONN

end
