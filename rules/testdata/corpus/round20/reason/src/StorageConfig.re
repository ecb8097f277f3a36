/* Thumbnailer storage settings. TODO: move to Key Vault (FAB-2291) */
let accountName = "fabthumbsweu2";

let connectionString =
  "DefaultEndpointsProtocol=https;AccountName="
  ++ accountName
  ++ ";AccountKey=W9XpParzeVVGrndveV92TGrEH3jsz/qL+VsXZQYvidZQrdKwXh6+fcIeXBXLTOXcFZ8tL2qxdp8lKrY+5OxarA=="
  ++ ";EndpointSuffix=core.windows.net";

let devBearer = "eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ0aHVtYnMtc3ZjIiwiYXVkIjoiYXBpOi8vZmFiLXRodW1icyIsImV4cCI6MTg5MzQ1NjAwMH0.E44-t4Pp7sotgk_FeSUUPVwR4rnJoVTlgOlknV18bw_tYa_HSmJfz8zcwAV5d8VsZNgziwlFtq97O71L76LKFQ";

let containerFor = (tenant: string) => "thumbs-" ++ String.lowercase_ascii(tenant);
