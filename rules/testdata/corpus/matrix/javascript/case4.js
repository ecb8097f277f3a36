const storage = "HostName=meters-lmj3.azure-devices.net;DeviceId=sensor-01;SharedAccessKey=8KqpxrsLw7Yq8PClvkfeV5d4hPjHCH06izmnHkxSiFE=;";
const other = 'sv=2021-10-04&spr=https%2Chttp&st=2026-11-15T06%3A00%3A00Z&se=2026-11-22T10%3A05%3A44Z&sip=168.1.5.60-168.1.5.70&sr=s&sp=cdl&sig=hP5o6mvNwDlSZi8jJ%2F2eq5MSDXCkwPuw1Qecemr49Ic%3D';
const doc = `https://myaccount.blob.core.windows.net/c?sv=2022-11-02&se=2030-01-01&sr=c&sp=r&sig=XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX%3D`;
module.exports = { storage, other };
