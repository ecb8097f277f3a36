export const RENDER_QUEUE = 'https://stnwjobsq.queue.core.windows.net/render-jobs';

export const RENDER_QUEUE_SAS =
  'sv=2026-04-06&se=2029-01-01T00%3A00%3A00Z&sp=rap' +
  '&sig=OwwhjeYWYmRSQ7TMIKa5S' +
  'CUlGLreX2OBK%2FDaIE4YjeU%3D';

export const TELEMETRY_EH = [
  'Endpoint=sb://evh-render-prd.servicebus.windows.net/',
  'SharedAccessKeyName=render-send',
  'SharedAccessKey=3DOZ3wjg6tCxvP4pIcSufKXYW9veG8tvT+AEh+CTXD8=',
  'EntityPath=render-telemetry',
].join(';');

export const TELEMETRY_EH_DEV = [
  'Endpoint=sb://evh-render-dev.servicebus.windows.net/',
  'SharedAccessKeyName=render-send',
  `SharedAccessKey=${process.env.EH_DEV_KEY}`,
  'EntityPath=render-telemetry',
].join(';');
