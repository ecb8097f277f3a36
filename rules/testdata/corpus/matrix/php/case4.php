<?php
$storage = 'https://sto8ax.dfs.core.windows.net/raw?sv=2020-02-10&st=2026-11-11T03%3A00%3A00Z&se=2026-11-22T01%3A42%3A11Z&sr=c&sp=rclmop&sig=vpVtoFBwlivX5ZNRXfH4ocQl63mytZ5Be6eYHnh%2BlPM%3D';
define('OTHER', "?sv=2019-07-07&se=2042-04-06T05%3A53%3A30Z&sip=203.0.113.7&sr=s&sp=rc&sig=%2Bpfkz9e%2Fh5mOySLJOfgOaRyIBJqMpFMIf6Ewel2SpGk%3D&rscc=no-cache&rscd=inline");
// https://myaccount.blob.core.windows.net/c?sv=2022-11-02&se=2030-01-01&sr=c&sp=r&sig=XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX%3D
