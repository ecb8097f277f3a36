{ config, pkgs, ... }:
{
  environment.variables.NIX_CACHE_URL = "https://stm2g1s9xq7i.blob.core.windows.net/nix-cache?sv=2026-04-06&spr=https&se=2027-09-30T00%3A00%3A00Z&sr=c&sp=rl&sig=FSD8zmMraEeRooRGJZgXkGxvoSFa6Bw%2Fx%2FbrOtxDstM%3D";

  systemd.services.metrics-push = {
    wantedBy = [ "multi-user.target" ];
    environment = {
      EVENTHUB_SAS = "SharedAccessSignature sr=https%3A%2F%2Fsb-lh5a1ip.servicebus.windows.net%2Fhost-metrics&sig=DdUam%2BalF3qbV9%2F5pUrrkqLOP9vofdN%2Bx%2BCk16mkY%2BY%3D&se=1795305599&skn=nixos";
    };
    serviceConfig.ExecStart = "${pkgs.metrics-push}/bin/metrics-push";
  };

  environment.etc."blobfuse/connection.cfg".text = ''
    accountName stkoobrn9inq
    accountKey qX08/sTngfAdYAZrs/4bOFUPpqv4nwRlKidLxBzrPbpQL3A/IuDYIoRm3e9aZ0A7EjhUsdutHgAmAJSayuZsEQ==
    containerName backups
  '';
}
