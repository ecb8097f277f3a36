#!/usr/bin/env tclsh
package require http
package require tls
http::register https 443 [list ::tls::socket -autoservername true]

# SAS as a dict so it can be passed straight to ::http::formatQuery
set sas [dict create sv {2022-11-02} spr {https} se {2027-12-24T00:00:00Z} sr {c} sp {rl} sig {8gSAcAPH5AGTNg6ujnu53ZeD9nuW32zOS4px/NRVlqQ=}]
set base https://fbktclreports.blob.core.windows.net/daily

proc fetch {name} {
    global sas base
    set tok [http::geturl "$base/$name?[http::formatQuery {*}$sas]" -binary 1]
    set data [http::data $tok]
    http::cleanup $tok
    return $data
}
