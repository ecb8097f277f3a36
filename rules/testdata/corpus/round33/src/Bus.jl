module Bus
using HTTP, Base64, Dates

const NAMESPACE = "ns-logshclj6pkn"
const KEY_NAME = "SendOnly"
# primary key for the orders namespace
const key = "em3rAfPrjjc8D062GhFg8luoyCWV7IBUh+ASbAvYOn0="

sas(uri, ttl) = sign(key, uri, ttl)
end
