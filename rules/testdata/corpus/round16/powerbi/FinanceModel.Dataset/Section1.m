section Section1;

shared GLBalances = let
    Source = Csv.Document(
        Web.Contents("https://stfinbi2wgec7.blob.core.windows.net/exports/daily/gl-balances.csv?sv=2026-04-06&se=2028-01-31T00%3A00%3A00Z&sr=b&sp=r&sig=wqZc4lilWYSFt26X0Jt1eqBNcVAU0B%2FPcAo%2BbKyH%2BTg%3D"),
        [Delimiter = ",", Columns = 9, Encoding = 65001, QuoteStyle = QuoteStyle.Csv]
    ),
    Promoted = Table.PromoteHeaders(Source, [PromoteAllScalars = true]),
    Typed = Table.TransformColumnTypes(Promoted, {{"PostingDate", type date}, {"Amount", Currency.Type}})
in
    Typed;

shared ExportFiles = let
    // container listing; Power BI service refresh rejects dynamic URLs, so keep the base static
    Source = Xml.Tables(
        Web.Contents(
            "https://stfinbip4s689.blob.core.windows.net",
            [
                RelativePath = "exports",
                Query = [
                    restype = "container",
                    comp = "list",
                    sv = "2026-04-06",
                    spr = "https",
                    se = "2027-12-31T00:00:00Z",
                    sr = "c",
                    sp = "rl",
                    sig = "IKkrdTcI+r+Jfs22vpF87GuP5zqEKb5g0vfB+7vHNYo="
                ]
            ]
        )
    ),
    Blobs = Source{0}[Blobs]{0}[Blob]
in
    Blobs;

shared MonthlyJanuary = let
    // TODO: refresh fails since March, regenerate
    Source = Csv.Document(Web.Contents("https://stfinbikzjb87.blob.core.windows.net/exports/monthly/2026-01.csv?sv=2026-04-06&se=2026-02-28T00%3A00%3A00Z&sr=b&sp=r&sig=5LjQ9IOnSCEI%2BlLEHVOTZgTMZUjxkB8V3yLK9knOjdk%3D"), [Delimiter = ","]),
    Promoted = Table.PromoteHeaders(Source)
in
    Promoted;

shared Lake = AzureStorage.DataLake("https://stfinbi2wgec7.dfs.core.windows.net/curated/finance", [HierarchicalNavigation = true]);
