unit uBlobConfig;

interface

const
  cAccountName = 'fbkposdelphi';
  cAccountKey  = 'n8FA2JltTytMrb0doN5DGdwK2gypzgQY3EMT3UVzfk9d' +
                 '2HLEFZLtUXs8ffGzw5yfotT1gbJx9uZN8tnlwW4Bwg==';
  cReceiptsUrl = 'https://fbkposdelphi.blob.core.windows.net/receipts?sv=2022-11-02&spr=https&se=2028-03-31T00%3A00%3A00Z&sr=c&sp=acw' +
                 '&sig=8a5bcL%2FBrAV%2FoJGItT77gUp7g8Kw8yCe6PbO3fHHXjY%3D';

// old receipts container, retired 2026-06:
//   cReceiptsUrlOld = 'https://fbkposdelphi.blob.core.windows.net/receipts-2025?sv=2022-11-02&spr=https&se=2026-06-30T00%3A00%3A00Z&sr=c&sp=acw&sig=iz5gmoK36Xwx3gkt8L5RptxkXrkkNFjJO2a6pcUt42M%3D';

function ReceiptUrl(const AName: string): string;

implementation

uses System.SysUtils, System.NetEncoding;

function ReceiptUrl(const AName: string): string;
var
  P: Integer;
begin
  P := Pos('?', cReceiptsUrl);
  Result := Copy(cReceiptsUrl, 1, P - 1) + '/' + TNetEncoding.URL.Encode(AName) + Copy(cReceiptsUrl, P, MaxInt);
end;

end.
