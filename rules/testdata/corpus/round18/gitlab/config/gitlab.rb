external_url 'https://git.quillmark.io'

### Consolidated object storage configuration
gitlab_rails['object_store']['enabled'] = true
gitlab_rails['object_store']['proxy_download'] = false
gitlab_rails['object_store']['connection'] = {
  'provider' => 'AzureRM',
  'azure_storage_account_name' => 'qmgitlabobjects',
  'azure_storage_access_key' => 'B9jS1PB+T+4QuiqcnWl10yANWJ4sbV/wjCB5MsX55KzkJiKFWDHs+HqF2LnGIoQ7/rNKqm067n6ctuktyZR6IA==',
  'azure_storage_domain' => 'blob.core.windows.net'
}
gitlab_rails['object_store']['objects']['artifacts']['bucket'] = 'artifacts'
gitlab_rails['object_store']['objects']['lfs']['bucket'] = 'lfs'
gitlab_rails['object_store']['objects']['uploads']['bucket'] = 'uploads'
gitlab_rails['object_store']['objects']['packages']['bucket'] = 'packages'

### Backups
gitlab_rails['backup_upload_connection'] = { 'provider' => 'AzureRM', 'azure_storage_account_name' => 'qmgitlabbackups', 'azure_storage_access_key' => 'KkkT2v2uadEzFD7h2/pf/eyrqr5vUYHoiY/NMiu+PJsDHBJOswK/d/3mCqdvGASwBslnwKCR+ByV51yit0EGWQ==' }
gitlab_rails['backup_upload_remote_directory'] = 'gitlab-backups'

gitlab_rails['initial_root_password'] = 'Qm!0566e33295250754'
