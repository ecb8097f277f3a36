<?php

return [
    'default' => env('FILESYSTEM_DISK', 'local'),

    'disks' => [
        'local' => [
            'driver' => 'local',
            'root' => storage_path('app'),
        ],

        'azure' => [
            'driver'    => 'azure-storage-blob',
            'name'      => env('AZURE_STORAGE_NAME', 'stlaravelbvaihxibqd'),
            'key'       => env('AZURE_STORAGE_KEY', 'Mc1E8nicEhBGMZgD4kr5vk5+KvLmy3ftJDKrkwutHbPyWNpPt+vECeNHBv+2UhkVpHFM48z/8Q2G5fHGAp7l0Q=='),
            'container' => env('AZURE_STORAGE_CONTAINER', 'media'),
            'url'       => env('AZURE_STORAGE_URL'),
        ],

        'partner' => [
            'driver' => 'azure-storage-blob',
            'connection_string' => 'BlobEndpoint=https://std2ylcysdru.blob.core.windows.net/;SharedAccessSignature=sv=2026-04-06&ss=b&srt=sco&se=2030-01-01T00%3A00%3A00Z&sp=rwl&sig=zr1gmRUueAQM8zlnnelt7G6clIE8qy5XOWCn8VdT1EA%3D',
            'container' => 'partner-drop',
        ],
    ],
];
