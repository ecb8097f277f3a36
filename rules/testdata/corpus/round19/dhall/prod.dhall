let Prelude = https://prelude.dhall-lang.org/v23.0.0/package.dhall
      sha256:474ca18619a959e759098062fe3c92701f84828d71359e392792faff47a74209

let Feed = { name : Text, url : Text }

in  { feeds =
      [ { name = "catalog"
        , url =
            "https://fbkdhallfeed.blob.core.windows.net/feeds/catalog.xml?sv=2022-11-02&spr=https&se=2028-06-30T00%3A00%3A00Z&sr=b&sp=r&sig=FUut9q%2Fqde7ipjFYisqO8U%2By3zkwnHNC17OKZx6avPE%3D"
        }
      ] : List Feed
    , cosmos =
      { endpoint = "https://fbk-dhall-cosmos.documents.azure.com:443/"
      , key = "fzgUqUPJrPp2o8KBYOlUHxa9ZRlmelRr9QotLdPcJsnwJ5IYQsQKgqTJjPYr8GSYfM2IEfGtxJb9VD0Stxjl3A=="
      }
    }
