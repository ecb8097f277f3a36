location        = "westeurope"
resource_prefix = "contoso-prod"

storage = {
  account_name = "stoo50cyih39"
  access_key   = "3B6gtra0XWsBNekv6DBlpsRnMYHLgcWUx2FN7Z61BPWVWrw6XHap/f4/kiEgK3fekBRJeBoaD0tE4Zi7y4fDuw=="
}

diagnostics_sas = "?sv=2026-04-06&ss=b&srt=co&spr=https&se=2027-03-31T00%3A00%3A00Z&sp=rl&sig=DHbf3RASGxMj5WU6dHC1uqzZe8jAG%2FAMwNML%2FMAHxLM%3D"

tags = {
  owner = "platform"
}
