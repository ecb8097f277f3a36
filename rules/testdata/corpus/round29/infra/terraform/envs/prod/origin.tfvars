location            = "westeurope"
origin_account_name = "stcdnoriginc09fv5"
origin_sas_token    = "?sv=2026-04-06&ss=bf&srt=co&spr=https&se=2027-08-31T23%3A59%3A00Z&sp=rl&sig=qbJeItqzorGcNqJxpneaY9EWfbSohj5ix6M5%2FdbnE0g%3D"
# old share token, kept for the migration job
archive_share_sas   = "sv=2026-04-06&spr=https&se=2026-03-31T00%3A00%3A00Z&sr=s&sp=rl&sig=WHa5qNWDyHIic5BXSgruqrnLAAnjOQVdG9F2%2BLxU7d4%3D"
# format example from the module README
example_sas         = "sv=2022-11-02&ss=b&srt=co&sp=rl&se=2027-01-01T00:00:00Z&spr=https&sig=<signature>"
