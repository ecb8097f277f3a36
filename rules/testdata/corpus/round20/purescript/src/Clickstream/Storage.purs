module Clickstream.Storage
  ( sasToken
  , exampleToken
  , containerUrl
  ) where

import Prelude
import Data.String.Common (joinWith)

-- | Account SAS for the clickstream landing account (blob + queue).
-- | Signed by ops 2026-11-18; rotate with scripts/rotate-sas.sh.
sasParams :: Array String
sasParams =
  [ "sv=2022-11-02"
  , "ss=bq"
  , "srt=co"
  , "spr=https"
  , "se=2028-01-15T00%3A00%3A00Z"
  , "sp=rwl"
  , "sig=qG%2B9PIZ5DENNZbMa3VvXxv4ZG%2FNuaWWrqShX8ktm4iw%3D"
  ]

sasToken :: String
sasToken = joinWith "&" sasParams

-- | Shape of a token, for the docs page only.
exampleToken :: String
exampleToken = "sv=2022-11-02&ss=bq&srt=co&sp=rwl&se=2028-01-15T00:00:00Z&spr=https&sig=<signature>"

containerUrl :: String -> String
containerUrl c = "https://fabclickstrm4.blob.core.windows.net/" <> c <> "?" <> sasToken
