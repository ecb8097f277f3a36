const storage = "Endpoint=sb://payments-7l73.servicebus.usgovcloudapi.net/;SharedAccessKeyName=send;SharedAccessKey=SWj9LoVbCRiMzIl7BbVZBR0f5GsYUnqSIrU+HGNaivg=;";
const other = 'https://a56mbd.azureedge.net/lake/landing/erp?sv=2021-02-12&spr=https%2Chttp&se=2027-05-28T23%3A31%3A44Z&sr=d&sp=acwleop&sig=aN5wEEq0xk6otuEF5Rg6Pi0YJyhml6Okzmmcrpo0n6Q%3D&sdd=2';
const doc = `https://myaccount.blob.core.windows.net/?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2030-01-01&sig=REDACTED`;
module.exports = { storage, other };
