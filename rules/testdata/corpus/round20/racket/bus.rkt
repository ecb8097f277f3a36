#lang racket/base
;; bus.rkt -- publish order events to Service Bus
(require racket/string)
(provide sb-conn sb-conn/listen)

(define sb-conn
  (string-append "Endpoint=sb://fab-orders-evt.servicebus.windows.net/;"
                 "SharedAccessKeyName=orders-send;"
                 "SharedAccessKey=g2OmGDQkaBFrILWsOEgra80des262E02v+ASbKqGdSA="))

(define sb-conn/listen
  (string-join (list "Endpoint=sb://fab-orders-evt.servicebus.windows.net/" "SharedAccessKeyName=orders-listen" (string-append "SharedAccessKey=" (getenv "SB_LISTEN_KEY"))) ";"))

(define placeholder "Endpoint=sb://<namespace>.servicebus.windows.net/;SharedAccessKeyName=<name>;SharedAccessKey=<key>")
