{ config, lib, pkgs, ... }:

let
  cfg = config.services.blob-sync;
  blobSync = pkgs.fetchurl {
    url = "https://github.com/fabrikam/blob-sync/releases/download/v0.9.3/blob-sync-linux-amd64";
    hash = "sha256-8Em6Bl8cbkmWxIQLxiLParoNlkKjO6pz2h7ZpI6DPc4=";
  };
in {
  options.services.blob-sync.enable = lib.mkEnableOption "blob-sync";

  config = lib.mkIf cfg.enable {
    environment.etc."blob-sync/env".text = ''
      AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=fbknixcache7;AccountKey=Je5G0YkrfPzbmOPHNDYy+W4awiNC8dleYjxBkWF7qmcpYxsymeCH2IPQf3/EolHMoD3PUlBcKHRPPlBp8CZiXw==;EndpointSuffix=core.windows.net
      BLOB_SYNC_INTERVAL=300
    '';

    services.blob-sync.logs = {
      accountName = "fbknixlogs1";
      accountKey = "O7lZKp+ywkHEE23mbSI5veXa3C6Nn+oyN0RkyS0ERbXOzXoqrbPFMVfu2ZgNeg3aZM8zvFNAUe88rqvpyNlBhA==";
      container = "journald";
    };

    systemd.services.blob-sync = {
      wantedBy = [ "multi-user.target" ];
      serviceConfig.EnvironmentFile = "/etc/blob-sync/env";
      serviceConfig.ExecStart = "${blobSync} --watch /var/lib/exports";
    };
  };
}
