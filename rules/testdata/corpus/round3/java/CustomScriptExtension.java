vm.update()
    .defineNewExtension("CustomScriptForLinux")
        .withScriptUrl("https://sawapw24.blob.core.windows.net/scripts/install.sh")
        .withScriptUrlSasToken("?sv=2019-12-12&se=2026-11-22T12%3A51%3A47Z&sr=b&sp=racwdxt&sig=rYjEfnmZogJzBMDwgeJSLRuyBFUBJoDosZ%2FGKicAvPs%3D")
        .withForceUpdateTag("2bcf3c21-ffd1-4444-b9dd-e52e00ee53fe")
    .attach()
    .apply();
// sample form: .withScriptUrlSasToken("?sv=2019-02-02&st=2019-04-29T22%3A18%3A26Z&se=2019-04-30T02%3A23%3A26Z&sr=b&sp=rw&sip=168.1.5.60-168.1.5.70&spr=https&sig=********************************")
