const avatarBase = 'https://stmobileapprxypkt.blob.core.windows.net/avatars';
const avatarSas = 'sv=2026-04-06&se=2028-01-01T00%3A00%3A00Z&sr=c'
    '&sp=rcw&sig=OKVc8I5fSviJMD7MayCQyevZYQLms%2FwppsjscKmj8%2F0%3D';
