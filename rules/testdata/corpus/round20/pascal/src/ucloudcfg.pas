unit uCloudCfg;

{$mode objfpc}{$H+}

interface

const
  CosmosEndpoint = 'https://fab-pos-catalog.documents.azure.com:443/';
  CosmosKey      = 'M2GLIEsNhae4T2Sr3osX3Wt1hm3RaNizffVRvjOIwPVOYLPpBngR7/GWGePlAFK5gqZdQzCFe5EqiXpPDi4mnA==';

  { receipts table, add/update/query }
  ReceiptsTableUrl = 'https://fabposstore9.table.core.windows.net/Receipts' +
    '?sv=2019-02-02&se=2027-09-30T00%3A00%3A00Z&sp=rau&sig=eSXPmvYnpoIkeJmhB%2B5YcL8PjwF2J1KbVj9J83eqfLM%3D&tn=Receipts';

  { local dev only (Azurite) }
  DevStorageKey = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

implementation

end.
