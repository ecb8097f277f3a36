<?php

declare(strict_types=1);

namespace Tests\Unit\Documents;

use App\Documents\SignedUrl;
use PHPUnit\Framework\Attributes\DataProvider;
use PHPUnit\Framework\TestCase;

final class SignedUrlTest extends TestCase
{
    public static function payloads(): array
    {
        return [
            'api response (json_encode escapes slashes)' => [
                '{"url":"https:\/\/qmdocsarchive.blob.core.windows.net\/contracts\/C-2026-0042.pdf?sv=2022-11-02&spr=https&se=2028-02-29T00%3A00%3A02Z&sr=b&sp=r&sig=Yye9%2F%2BLFPW5EPU8STWkXHrEFAxEooBlKF3YMxffwT08%3D"}',
                'qmdocsarchive',
            ],
            'unsigned (no sig)' => [
                '{"url":"https:\/\/qmdocsarchive.blob.core.windows.net\/contracts\/C-2026-0042.pdf?sv=2022-11-02&sr=b&sp=r&se=2028-02-29T00%3A00%3A00Z"}',
                'qmdocsarchive',
            ],
        ];
    }

    #[DataProvider('payloads')]
    public function testAccountFromPayload(string $json, string $account): void
    {
        $url = json_decode($json, true)['url'];
        self::assertSame($account, SignedUrl::fromString($url)->account());
    }
}
