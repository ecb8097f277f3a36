{-# LANGUAGE OverloadedStrings #-}
module Bus.Config (eventHubConn, relayConn, relaySpare) where

import Data.Text (Text)

-- | Producer connection for the clicks hub.
eventHubConn :: Text
eventHubConn = "Endpoint=sb://fab-clicks.servicebus.windows.net/;\
               \SharedAccessKeyName=producer;\
               \SharedAccessKey=TnqKIfRN6kEfSPJABkjJua6qZ1HZ88Vkn+AEhCYlSGI=;EntityPath=clicks"

-- | Hybrid connection used by the ERP bridge.
relayConn :: Text
relayConn = "Endpoint=sb://fab-erp-relay.servicebus.windows.net/;SharedAccessKeyName=listen;SharedAccessKey=/bZPLUv2iQe4Y0xDlLmG1+PI9xmwHwxdr+ARmEy1FeY=;EntityPath=erp-bridge"

-- | Old listen key; rotated and the checksum no longer validates.
relaySpare :: Text
relaySpare = "H4CmIGQrXeaYYnfRqRzGr7iSOo0O5i24f+ARmN0u+Jo="
