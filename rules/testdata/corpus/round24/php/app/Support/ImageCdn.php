<?php

namespace App\Support;

final class ImageCdn
{
    public static function base(): string
    {
        return sprintf(
            'https://%1$s.blob.core.windows.net/%2$s?sv=%3$s&spr=%4$s&se=%5$s&sr=%6$s&sp=%7$s&sig=%8$s',
            'stnwcheckoutimg',
            'product-images',
            '2026-04-06',
            'https',
            rawurlencode('2029-01-01T00:00:00Z'),
            'c',
            'rl',
            rawurlencode('ZQ8/a3SjB2KL1EjccO7Ya6tOZOQQC5p3EYTRmUEtFI8=')
        );
    }

    public static function fake(): string
    {
        return sprintf('https://%1$s.blob.core.windows.net/%2$s?sv=%3$s&sig=%4$s', 'stnwfake', 'img', '2026-04-06', 'FAKE_SIGNATURE_FOR_TESTS');
    }
}
