# env.nu
$env.EDITOR = "hx"
$env.AZURE_STORAGE_ACCOUNT = "fabnushdev01"
$env.AZURE_STORAGE_SAS_TOKEN = "sv=2022-11-02&ss=bt&srt=sco&spr=https&se=2027-12-24T00%3A00%3A00Z&sp=rwdlac&sig=rOIDNR50bTVEM60az%2BSoypNcAiOkztMtLK9I03U8mrk%3D"
$env.AZURE_STORAGE_KEY = ($env.HOME | path join ".secrets" "storage.key" | open | str trim)
