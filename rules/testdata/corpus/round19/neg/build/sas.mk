# CI passes these in; nothing is committed
SAS_SV  ?= 2022-11-02
SAS_SE  ?= $(shell date -u -d '+1 day' +%Y-%m-%dT%H:%M:%SZ)
SAS_SIG ?= $(error SAS_SIG is not set)
PUBLISH_SAS = sv=$(SAS_SV)&sr=c&sp=racwl&se=$(SAS_SE)&spr=https&sig=$(SAS_SIG)
