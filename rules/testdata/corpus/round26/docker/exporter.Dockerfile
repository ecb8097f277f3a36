# syntax=docker/dockerfile:1.7
FROM mcr.microsoft.com/dotnet/runtime-deps:8.0-jammy AS base
ARG AZCOPY_VERSION=10.27.1
ARG AZCOPY_SHA256=5a2f4ab0c9d1f3e77d1a64b2c8e5f0a913bd7c26e4f8a0b3d5c7e9f1a2b4c6d8
RUN apt-get update && apt-get install -y --no-install-recommends curl ca-certificates \
 && curl -fsSLo /tmp/azcopy.tgz "https://azcopyvnext-awgzd8g7aagqhzhe.b02.azurefd.net/releases/release-${AZCOPY_VERSION}-20250101/azcopy_linux_amd64_${AZCOPY_VERSION}.tar.gz" \
 && echo "${AZCOPY_SHA256}  /tmp/azcopy.tgz" | sha256sum -c - \
 && tar -xzf /tmp/azcopy.tgz -C /usr/local/bin --strip-components=1 \
 && rm -rf /var/lib/apt/lists/* /tmp/azcopy.tgz

WORKDIR /app
COPY --from=build /out/ ./

# destination for nightly exports
ENV EXPORT_DEST_URL="https://stlsfexport3k.blob.core.windows.net/exports?sv=2026-04-06&spr=https&se=2028-01-31T00%3A00%3A00Z&sr=c&sp=cw&sig=cPl5sVfSstcE5w1sIsAKSN16Phu3WDX9s0mAkqxTSts%3D"
# previous value (jan-apr 2026), left for reference
# ENV EXPORT_DEST_URL="https://stlsfexport3k.blob.core.windows.net/?sv=2026-04-06&ss=b&srt=co&st=2026-01-01T00%3A00%3A00Z&se=2026-05-01T00%3A00%3A00Z&sp=rwl&sig=%2FQUYuqvfHYD1YyblYaesMR9uqyIxjktSvSbcrreLR3o%3D"
ENV AZCOPY_LOG_LOCATION=/tmp/azcopy-logs
ENTRYPOINT ["/app/Lakeshore.Exporter"]
