$url = "https://stt7eteh7qez4d.blob.core.windows.net/?sv=2020-06-12&ss=bt&srt=so&spr=https&st=2026-11-16T16%3A00%3A00Z&" + `
       "se=2026-11-22T01%3A11%3A59Z&sip=168.1.5.60-168.1.5.70&sp=rlaup&sig=1wppeQ9niWo7y4cfJXeJoHMEZ1S0TzXmlKBJIxU%2By9I%3D"
$conn = -join @(
    "DefaultEndpointsProtocol=https;AccountName=logsuqwb8s98;",
    "AccountKey=KmLGSELaPw7zoWLOkMmjkKimvuE/P+q0qDw5ViQZzo5vONHMmBiK8gyPtzPU2l0hCRHPh7cPDgAWH6SpGCpdZg==;EndpointSuffix=core.chinacloudapi.cn"
)
