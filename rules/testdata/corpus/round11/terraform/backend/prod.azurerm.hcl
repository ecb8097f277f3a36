resource_group_name  = "rg-tfstate"
storage_account_name = "stop3m21dgol"
container_name       = "tfstate"
key                  = "prod/network.tfstate"
access_key           = "erAfaTyLFJGI1DqPIURIKRVHE+E86CXsntqsX79JKkf7Qb1SBPm2URMaGRB2oPbhZT35c2RQalAN0OpiIgIfTg=="

# DR account (switch when failing over):
# storage_account_name = "strqy8pz94mo"
# sas_token            = "sv=2026-04-06&ss=b&srt=sco&se=2027-03-31T00%3A00%3A00Z&sp=rwdlac&sig=PS4LBtuQEMG7Cdp5cyY3a4RfWpZ1bN%2FHgv3giVV37vA%3D"
