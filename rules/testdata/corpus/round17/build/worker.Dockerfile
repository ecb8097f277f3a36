# syntax=docker/dockerfile:1.7
FROM mcr.microsoft.com/dotnet/runtime:8.0-jammy AS runtime
WORKDIR /app

COPY <<EOF /app/storage.ini
[storage]
account = fabworkerimg4
key = pHMwkR9r1oWP1rIAjsgNTLntxnH4fQJgiVZCFPY3RXma68Dg6gVaHedg0Ypr/G9xS34M8ZUgRtTjXI9zkM2/rQ==
container = jobs
EOF

ENV AZURITE_CONNECTION="DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;"

COPY --from=build /out/ /app/
RUN --mount=type=secret,id=sas,env=JOBS_SAS ./Fabrikam.Worker --self-test
ENTRYPOINT ["dotnet", "Fabrikam.Worker.dll"]
