class Env {
  static const feedUrl = String.fromEnvironment(
    'FEED_URL',
    defaultValue: 'https://stfr3e0bf9bx.blob.core.windows.net/feeds/latest.json?sv=2026-04-06&se=2026-12-01T08%3A00%3A00Z&sr=b&sp=r&sig=Ci4DQGM1fh52jZJHZxsVQLYo%2FsSVeGxw6FyIpqbtDSY%3D',
  );
  static const apiBase = String.fromEnvironment('API_BASE', defaultValue: 'https://api.contoso.example');
}
