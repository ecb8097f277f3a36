(ns fabrikam.ingest.bus
  (:import (com.azure.messaging.servicebus ServiceBusClientBuilder)))

(def connection-string
  (str "Endpoint=sb://fab-ingest-sb.servicebus.windows.net/;"
       "SharedAccessKeyName=clj-ingest;"
       "SharedAccessKey=wVfdDjlNYvXsGeP21O0mnhbbkDx43hSFvsecWEy18bo="))

(defn sender [queue]
  (-> (ServiceBusClientBuilder.)
      (.connectionString connection-string)
      (.sender)
      (.queueName queue)
      (.buildClient)))
