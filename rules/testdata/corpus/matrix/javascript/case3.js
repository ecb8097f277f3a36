const storage = "https://stxy6ughs.table.core.chinacloudapi.cn/orders?sv=2019-02-02&spr=https&se=2026-11-28T10%3A32%3A41Z&sp=ud&sig=DUIoaZ7pd6HbMEtX5cMo6kOtmwlSDEK%2BRc3OdsHrNSk%3D&tn=orders";
const other = 'https://r4ci7u.azureedge.net/public?restype=container&comp=list&sv=2023-11-03&spr=https%2Chttp&se=2028-12-28T22%3A38%3A47Z&sr=c&sp=rcdyf&sig=Vvvp%2F0RfS8OQ86mrYbhB2MG4QMN4%2FySq86bH78rGRPM%3D';
const doc = `https://myaccount.blob.core.windows.net/?sv=2022-11-02&ss=b&srt=co&sp=rl&se=2030-01-01&sig=REDACTED`;
module.exports = { storage, other };
