# publish.mk - included from the top-level Makefile
PUBLISH_ACCOUNT   := fbkmkpublish
PUBLISH_CONTAINER := site
SAS_SV  := 2022-11-02
SAS_SE  := 2027-07-31T00:00:00Z
SAS_SP  := racwdl
SAS_SIG := A5EBnfn81Z%2B9MwKyNTDemxzJqKKFm9V%2Fv1DqPNY2gj0%3D
PUBLISH_SAS := sv=$(SAS_SV)&sr=c&sp=$(SAS_SP)&se=$(SAS_SE)&spr=https&sig=$(SAS_SIG)

.PHONY: publish
publish: build
	azcopy sync ./public "https://$(PUBLISH_ACCOUNT).blob.core.windows.net/$(PUBLISH_CONTAINER)?$(PUBLISH_SAS)" --delete-destination=true

.PHONY: publish-preview
publish-preview: SAS_SIG := $(PREVIEW_SAS_SIG)
publish-preview: build
	@echo preview
