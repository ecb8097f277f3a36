const sasUrl = 'https://data.wingtiptoys.dev:8443/public/exports/2026/q3.csv?'
    'sv=2025-07-05&se=2026-11-25T03%3A12%3A23Z&sr=b&sp=acwtmei&rscc=max-age%3D3600&rscd=attachment%3B%20filename%3D%22export.csv%22&rsct=text%2Fcsv&sig=7m5oJ4aojumrAohwBqAUppbffQRJnLfQkXzECTVdB6E%3D';
final fromEnv = Platform.environment['SAS'];
