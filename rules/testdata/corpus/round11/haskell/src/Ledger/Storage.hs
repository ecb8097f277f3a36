{-# LANGUAGE OverloadedStrings #-}
module Ledger.Storage (ledgerUrl, fetchLedger) where

import qualified Data.ByteString.Lazy as BL
import Network.HTTP.Simple

-- | Read-only SAS for the ledger container (rotated by ops monthly)
sasQuery :: String
sasQuery = "sv=2026-04-06&se=2028-06-30T00%3A00%3A00Z&sr=c&sp=rl&sig=dZkCx\
           \OuLitIPQjyZS9jvWyXkfSfM9jz4QKotcDBG3Rg%3D"

ledgerUrl :: String -> String
ledgerUrl name = "https://stni4k20elmz.blob.core.windows.net/ledger/" <> name <> "?" <> sasQuery

fetchLedger :: String -> IO BL.ByteString
fetchLedger name = do
  req <- parseRequest (ledgerUrl name)
  getResponseBody <$> httpLBS req
