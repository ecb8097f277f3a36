#!/bin/bash
SAS_URL="https://twe1au4bqas.blob.core.chinacloudapi.cn/?sv=2015-07-08&ss=btqf&srt=sc&spr=https&"
SAS_URL+="se=2026-11-22T09%3A33%3A02Z&sp=a&sig=GYVqPjgw7zzq4ahFMIHZsy64oouolmN3G5VhE7FcZrA%3D"
BASE='https://dev48qx2lzqb0c.blob.core.windows.net/logs/data/%C3%9Cberblick.json?'
azcopy copy x "${BASE}sv=2020-08-04&spr=https&st=2026-11-19T06%3A00%3A00Z&se=2027-09-08T23%3A39%3A53Z&sr=bv&sp=wmeiy&sig=NLNVvOrPZ5PtHcCCvHgDxfnFWKChazyLeeiz2c56drY%3D&versionid=2026-11-19T16%3A44%3A25.0000000Z"
