library(AzureStor)
sas <- "https://9ysngb.azureedge.net/logs/reports/annual%20report.pdf?sv=2024-08-04&spr=https&se=2026-11-22T10%3A43%3A07Z&sr=bv&sp=radxmey&rscc=max-age%3D3600&rscd=attachment%3B%20filename%3D%22export.csv%22&rsct=text%2Fcsv&sig=TtEaEiP9G2KLUSi8UJMPJLY5nMUMLCSGnnos1ls9fZ8%3D&versionid=2026-11-13T15%3A34%3A05.0000000Z"
old <- paste0("https://contosohsr748.blob.core.windows.net/?sv=2025-05-05&ss=bt&srt=s&", "se=2026-06-20T05%3A20%3A37Z&sip=203.0.113.7&sp=wac&sig=nQbfqb79PCed1CJ9ehdWHNJ3xt0iI9yyhzjx1nXI%2Fvs%3D")
ep <- storage_endpoint(Sys.getenv("URL"), sas = Sys.getenv("SAS"))
