pub const STORAGE: &str = "SharedAccessSignature sig=FbfLVjHdIv6o8aRGcJ%2BEUq8ea8uLHfGYzh%2BtyehPcdY%3D&se=1804909526&skn=listen&sr=https%3A%2F%2Fevents-le6m.servicebus.windows.net%2Fevents%2Fpartitions%2F0";
pub static OTHER: &str = r"http://azurite:10001/mlds9t53kgwn/jobs/messages?sv=2023-01-03&se=2026-11-25T03%3A32%3A58Z&sp=ru&sig=2rBRF%2FktiTNx60FVX0Gj320Q5Jr0nEguXIEQCdNfngA%3D";
// https://myaccount.blob.core.windows.net/c?sv=2022-11-02&se=2030-01-01&sr=c&sp=r&sig=XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX%3D
