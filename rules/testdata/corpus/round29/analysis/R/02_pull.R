library(AzureStor)
url <- paste0("https://stsensorswy1yi1.blob.core.windows.net/era5?",
              "sv=2026-04-06&se=2024-12-31T00%3A00%3A00Z&sr=c&sp=rl",
              "&sig=k3zSxSH3DhPCeCFOx6M1JI85x9MCQ423c%2BDidmgYp8o%3D")
ep <- storage_endpoint("https://stclimate459i9c.blob.core.windows.net", key = "V8fSD4y/GUczMDMsIdJOLbOA72RObNt3aUUKPhfjJFMHDxeGprH9T3sgmq8cppb1leMk3/u5RUsQ5oiHi49VzQ==")
