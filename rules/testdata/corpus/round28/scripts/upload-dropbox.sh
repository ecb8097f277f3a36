#!/bin/sh
# upload nightly extracts to the partner dropbox
azcopy copy ./extracts/*.csv \
  "https://stquillsh4bbfa4.blob.core.windows.net/dropbox?sv=2026-04-06&se=2028-05-11T02%3A00%3A00Z&sr=c&sp=cwl&sig=r2h3j\
UriNoY3RhiLT2nzztzfTzC0kp2qYVSh8YSCXYs%3D"
