def call() {
    def sas = [
        sv: '2026-04-06',
        se: '2028-06-17T00:00:00Z',
        sr: 'c',
        sp: 'rcwl',
        sig: 'Da2T8baooUDvy75AYJEe47+RtfRrwSEunzXe5X3/1Sk=',
    ].collect { k, v -> "${k}=${v}" }.join('&')
    sh "azcopy copy out/ 'https://stquillgrb6158b9.blob.core.windows.net/nightly?${sas}' --recursive"
}
