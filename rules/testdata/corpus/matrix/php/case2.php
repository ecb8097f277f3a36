<?php
$storage = 'https://backupenocr.table.core.chinacloudapi.cn/Customers()?sv=2019-02-02&spr=https&se=2026-11-22T22%3A59%3A13Z&sp=d&sig=PGk1TVPWczoMzB0HGOflH5ixMf3%2BlkJm3ghobcpCeAc%3D&tn=Customers';
define('OTHER', "?sv=2025-11-05&st=2026-11-09T01%3A55%3A40Z&se=2026-11-21T22%3A55%3A40Z&sr=bs&sp=awxmy&sig=DVpWEug95Ev9auJM5Ck7FAmrKUSyjjgBdRX2evlahDQ%3D&snapshot=2026-11-13T03%3A27%3A02.0000000Z");
// https://myaccount.blob.core.windows.net/c?sv=2022-11-02&se=2030-01-01&sr=c&sp=r&sig=XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX%3D
