const SAS_SV = "2026-04-06"
const SAS_SPR = "https"
const SAS_ST = "2027-07-29T06:18:01Z"
const SAS_SE = "2028-01-14T06:18:01Z"
const SAS_SR = "c"
const SAS_SP = "cw"
const SAS_SIG = "kv92l4oGRGxLXWdX+eYOO5JwqV2axvEi+SIHg4ZngUw="
const URL = "https://ref6q2lm.blob.core.windows.net/media?" * join(["$k=$(HTTP.escapeuri(v))" for (k, v) in [("sv", SAS_SV), ("spr", SAS_SPR), ("st", SAS_ST), ("se", SAS_SE), ("sr", SAS_SR), ("sp", SAS_SP), ("sig", SAS_SIG)]], "&")
