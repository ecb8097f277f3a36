#!/usr/bin/awk -f
# mkupload.awk: turns "ls -1" output into curl PUT commands
#   ls -1 out/ | awk -f mkupload.awk | sh
BEGIN {
    acct = "fbkawkingest"
    sas  = "sv=2022-11-02&spr=https&se=2027-08-15T00%3A00%3A00Z&sr=c&sp=cw&sig=GPT%2FdcRI%2BJFrt8xOzsvTm2et6np%2BERTx5TW1aPQ8BRQ%3D"
}
{
    printf "curl -sS -X PUT -H 'x-ms-blob-type: BlockBlob' --data-binary @out/%s \"https://%s.blob.core.windows.net/landing/%s?%s\"\n", $1, acct, $1, sas
}
