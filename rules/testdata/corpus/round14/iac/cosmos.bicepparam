using './cosmos.bicep'

param accountName = 'cosm2boh3kfmzfc3v'
param seedKey = 'I0jhjEJgiqis1oLM/Jvs13ctM31H5AGX9mqPj/P+X/gGWjFGfwgLsqJP5WawxvryfBL6stqzVXh6ACDbauRNZw=='
param emulatorKey = 'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw=='
