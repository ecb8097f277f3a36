-- OpenResty: rewrite /media/* to blob storage
local base = "https://staqddlzfco7.blob.core.windows.net/media"
local token = "?" .. "sv=2026-04-06&ss=b&srt=o&spr=https&se=2051-10-06T00%3A00%3A00Z&sp=r" ..
    "&sig=" .. "VkzLQlNkLRLxFvySapzoRiBB8vdPv3RDFAz8iOQgzao%3D"

ngx.var.upstream_url = base .. ngx.var.uri .. token
