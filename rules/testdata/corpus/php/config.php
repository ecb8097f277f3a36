<?php
return [
    'azure' => [
        'sas_url' => 'https://logsiaikf7yud2ujc.blob.core.windows.net/%24web/data/%C3%9Cberblick.json?sv=2026-04-06&spr=https%2Chttp&se=2030-09-18T12%3A27%3A15Z&sip=168.1.5.60-168.1.5.70&sr=b&sp=rwdmey&sig=e2bZVn3E9%2B6uCEZzj6dWa7Bdo0k6PgBub7kU3pnIKXM%3D',
        'account_sas' => 'https://downloads.fabrikam.io/?' .
            'sv=2024-11-04&ss=qf&srt=o&spr=https%2Chttp&st=2026-11-10T06%3A00%3A00Z&se=2026-12-02T09%3A45%3A19Z&sp=rdxaupiy&sig=pCdDY8IkeSYNCnl3Fh766%2BFFOu8lBD1qeLvgZLc0pdk%3D',
        'connection_string' => "EndpointSuffix=core.windows.net;AccountName=sal5i4sdn;AccountKey=TXLW/FLiuM+AxC1bZkC5mQKZEuF4QgnaimrePY0nOAgTAw5ksPTSrM+0xVPEukNLsGXSfnSHEecl5Ea6YtK4gg==;DefaultEndpointsProtocol=http;",
        'from_env' => getenv('AZURE_STORAGE_SAS'),
        'template' => sprintf('https://%s.blob.core.windows.net/%s?%s', $account, $container, $sas),
    ],
];
