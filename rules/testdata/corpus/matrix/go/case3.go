package cfg

const Storage = "https://fabz4pfwer4vz.dfs.core.windows.net/gold/landing/erp?sv=2024-08-04&se=2026-12-11T02%3A36%3A40Z&skoid=b5496a0c-48c4-4f76-aaff-c6c86d082ea4&sktid=0e150f77-7f9e-499a-aa6d-5a9309b4cdff&skt=2026-11-21T17%3A00%3A00Z&ske=2026-11-25T03%3A00%3A00Z&sks=b&skv=2021-08-06&sr=d&sp=racwdlmep&sig=RkBxN37udsHJhnxxSZfUH4Rl7gMLWUx%2Fk6DqgBJBpcs%3D&sdd=2"

var other = `?sv=2021-02-12&spr=https%2Chttp&st=2026-11-16T01%3A00%3A00Z&se=2027-03-15T05%3A11%3A16Z&sp=rap&sig=bmuDPPtn6fck%2FlLDMYcsnkKEKRAAtEvWImJBOFKpSn4%3D`

// Example: Endpoint=sb://ns.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=${SB_KEY}
