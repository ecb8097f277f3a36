package cfg

const Storage = "https://logswryqtw7urvz1.blob.core.usgovcloudapi.net/datasets/reports/annual%20report.pdf?sv=2021-04-10&st=2026-11-06T19%3A00%3A00Z&se=2026-11-22T01%3A06%3A56Z&sr=bs&sp=rdxmi&sig=LSMd8Z%2FDvZLrFR8mE76e7%2FPLWtCIod%2BQ%2FC7Yzev1ydI%3D&snapshot=2026-11-19T11%3A55%3A45.0000000Z"

var other = `http://localhost:10000/fab10k4cii5jxc/logs/models/resnet50.ckpt?sv=2020-08-04&spr=https&st=2026-10-24T21%3A38%3A47Z&se=2026-11-05T03%3A38%3A47Z&sr=b&sp=wxeiy&sig=T148Lf8GolcaEFfhPH50gPo6GXpcDwTgleUpGp1sVo8%3D`

// Example: Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=${SB_KEY}
