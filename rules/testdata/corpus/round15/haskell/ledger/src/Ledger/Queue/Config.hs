{-# LANGUAGE OverloadedStrings #-}
module Ledger.Queue.Config
  ( busConnection
  , legacyToken
  ) where

import qualified Data.Text as T

busConnection :: T.Text
busConnection = T.concat
  [ "Endpoint=sb://fab-ledger-bus.servicebus.windows.net/"
  , ";SharedAccessKeyName=ledger-admin"
  , ";SharedAccessKey=vH1mOy4/nBFzdkTuqDFYtYWVRCv2ff+JG+ASbKh+NRI="
  , ";EntityPath=ledger-events"
  ]

-- token the old Go sidecar minted; kept for the replay tool
legacyToken :: T.Text
legacyToken = "SharedAccessSignature sr=https%3A%2F%2Ffab-ledger-bus.servicebus.windows.net%2Fledger-events&sig=OZd%2BwluUtvCy1SUFTqtFqB6vs%2B%2F4zgzGUquzQ3SCseo%3D&se=1755216000&skn=hs-send"
