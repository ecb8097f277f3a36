<?php

return [
    'default' => env('FILESYSTEM_DISK', 'local'),

    'disks' => [
        'local' => [
            'driver' => 'local',
            'root' => storage_path('app'),
        ],

        'receipts' => [
            'driver' => 'azure-storage-blob',
            'name' => env('AZURE_STORAGE_NAME', 'hlcheckoutdocs'),
            'key' => env('AZURE_STORAGE_KEY', 'h+fqKf56Tz64vDc9kdL6c4nyjRRqVdRRDi+pZQQ+UucYRK7ezFz+FTJu3EWpc+7vBkLVzNc7+NvRHgCniQ3wIA=='),
            'container' => 'receipts',
            'url' => 'https://hlcheckoutdocs.blob.core.windows.net/receipts',
        ],

        'invoices' => [
            'driver' => 'azure-storage-blob',
            'name' => env('AZURE_INVOICES_NAME'),
            'key' => env('AZURE_INVOICES_KEY'),
            'container' => 'invoices',
        ],
    ],
];
