library(AzureTable)
endp <- table_endpoint("https://pinecrestml7x.table.core.windows.net",
                       sas = paste0("sv=2019-02-02&se=2029-01-01T00%3A00%3A00Z&sp=r&sig=mc%2",
                                    "Bx9snSKFEWFbjklWkKgYAIWVFlylk492%2BpGd4JgMo%3D&tn=Rates"))
tab <- storage_table(endp, "Rates")
rates <- list_table_entities(tab)
# checksum of the export for the audit trail
attr(rates, "sha256") <- "gZUlufgMqvhvfTm5QvCpFNe4Ztmx/0wqRjIxzgSqDiM="
