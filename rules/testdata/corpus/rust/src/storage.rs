//! Storage access for the ingest service.

pub const SAS_URL: &str = "https://backupb4cb4e9.blob.core.windows.net/datasets/data/%C3%9Cberblick.json?sv=2020-08-04&spr=https&st=2026-11-17T01%3A00%3A00Z&se=2027-11-13T15%3A25%3A49Z&sip=10.0.0.1-10.0.0.255&sr=b&sp=adxtmiy&sig=WRqmqEL63G7NF4qYl28zS8TU79U%2BLXOoANgmXxPBHyY%3D";

pub const RAW: &str = r#"https://backup53u0v6983vzc.blob.core.windows.net/?sv=2023-11-03&ss=bt&srt=co&se=2026-11-22T08%3A51%3A23Z&sip=10.0.0.1-10.0.0.255&sp=dcup&sig=DwMaae55blpuetZTDzMcdczcuywtbm%2Fq2JkHHWrJbc4%3D"#;

pub const CONN: &str = "DefaultEndpointsProtocol=http;AccountName=twxpsijst;AccountKey=YJdUCrY51B/Uu7/\
    d0VC5U/FXz0ghyYCw/5dhb/6ivz5Mb2d8RUGcVHLyLheDli2Ut50GYJShX3hMUAEd3Lt9VQ==;EndpointSuffix=core.chinacloudapi.cn";

pub fn url(account: &str, sas: &str) -> String {
    format!("https://{}.blob.core.windows.net/c?{}", account, sas)
}
