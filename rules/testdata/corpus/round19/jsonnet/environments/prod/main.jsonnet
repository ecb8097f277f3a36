local grafana = import 'grafana.libsonnet';

{
  _config+:: {
    dashboardsBucket: 'https://fbkjsonnetcfg.blob.core.windows.net/dashboards',
    sasQuery: std.join('&', [
      'sv=2022-11-02',
      'spr=https',
      'se=2027-10-31T00%3A00%3A00Z',
      'sr=c',
      'sp=rl',
      'sig=LWyaLO0f1cJtJh%2FoYyhBWyC%2FUnGnG19k%2BLwg3OIc6Z8%3D',
    ]),
    imageRenderer: {
      storageAccount: 'fbkgrafanaimg',
      storageKey: std.extVar('GRAFANA_IMG_KEY'),
    },
  },
  grafana: grafana.new($._config),
}
