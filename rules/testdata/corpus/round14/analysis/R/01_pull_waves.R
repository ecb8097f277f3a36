library(AzureStor)
ep <- storage_endpoint("https://surveytkh2b.dfs.core.windows.net",
                       sas = "sv=2026-02-06&se=2027-07-04T08%3A00%3A00Z&sr=d&sp=rl&sig=jpeFpYyghFiTARusTXViLN6EKKHwr7RmRexUoYlclx4%3D&sdd=1")
fs <- storage_container(ep, "survey")
waves <- list_storage_files(fs, "waves")
