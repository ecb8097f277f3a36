# ~/.config/fish/conf.d/azure.fish
set -gx AZURE_STORAGE_ACCOUNT fishdevpfnvhd
set -gx AZURE_STORAGE_SAS_TOKEN '?sv=2026-04-06&ss=bf&srt=sco&spr=https&se=2030-01-01T00%3A00%3A00Z&sp=rwdlc&sig=0E%2Bkv529ZqS0MdXpcZJB9LHe1NS08fggYmzDVunmhnw%3D'
set -gx EVENTHUB_CONNECTION_STRING "Endpoint=sb://fab-dev-ehns.servicebus.windows.net/;SharedAccessKeyName=dev-send;SharedAccessKey=AdsCWlNQlQ91TJqDlgj9WGLT5/nq0WeCATCrhXNhXCY=;EntityPath=dev-events"
set -gx AWS_ACCESS_KEY_ID AKIA4FJ2QWZ7NDR3XK5P
set -gx AWS_SECRET_ACCESS_KEY '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'

function azls --description 'list a container'
    az storage blob list --account-name $AZURE_STORAGE_ACCOUNT --container-name $argv[1] --sas-token $AZURE_STORAGE_SAS_TOKEN -o table
end
