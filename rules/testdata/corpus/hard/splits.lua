local url = "https://logsxfbn1d2e.blob.core.windows.net/models/models/resnet50.ckpt?sv=2020-10-02&" ..
  "se=2032-06-04T15%3A11%3A07Z&sr=bs&sp=cdxme&sig=6Ka4h06Pc7fzeUMJoRzTi1WLPCrXfJ6MEZP6jGwS5fM%3D&snapshot=2026-11-13T02%3A19%3A50.0000000Z"
