/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  images: {
    remotePatterns: [
      { protocol: 'https', hostname: 'qmstorefront1x.blob.core.windows.net', pathname: '/product-media/**' },
    ],
  },
  env: {
    NEXT_PUBLIC_MEDIA_BASE: 'https://qmstorefront1x.blob.core.windows.net/product-media',
    NEXT_PUBLIC_MEDIA_SAS: '?sv=2022-11-02&spr=https&se=2027-08-15T00%3A00%3A00Z&sr=c&sp=rl&sig=bdS0ArYsB1eZ%2FSjmwc1UBXpcs2zatrbjvXirqZwCFu8%3D',
    // NEXT_PUBLIC_MEDIA_SAS_OLD: '?sv=2022-11-02&sr=c&sp=rl&se=2026-06-01T00%3A00%3A00Z&spr=https&sig=REDACTED',
  },
};

export default nextConfig;
