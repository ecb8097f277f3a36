<?php

declare(strict_types=1);

namespace App\Storage;

final class SasLinkFactory
{
    public function batchDownload(): string
    {
        $query = http_build_query([
            'sv' => '2026-04-06',
            'spr' => 'https',
            'se' => '2028-01-15T00:00:00Z',
            'sr' => 'b',
            'sp' => 'r',
            'rscd' => 'attachment; filename=batch.zip',
            'sig' => 'Z3JXzwYJi2WUuOvMvIQ2QL4DjvtVsnSSQXXU1zvu35g=',
        ]);

        return 'https://phpinv73flhq.blob.core.windows.net/invoices/pending/batch.zip?' . $query;
    }

    public static function mediaConnection(): string
    {
        return sprintf(
            'DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=%s;EndpointSuffix=core.windows.net',
            'phpmedia8nw4be',
            'zH7nfA/RBwMjJtbNQ714Q38Sw5ah3JPHiHwwahLsgtFc87ekpq834+Ic11r8kv2h3wZKQ0nzrUivocDgFelmzQ=='
        );
    }

    public static function defaults(): array
    {
        return ['key' => env('AZURE_STORAGE_KEY', 'your-storage-account-key-here')];
    }
}
