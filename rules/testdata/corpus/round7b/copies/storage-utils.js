#!/usr/bin/env node

/*
 * Example Usage:
 * export AZURE_HOST='https://myaccount.file.core.windows.net'
 * export AZURE_SAS_TOKEN='sv=2012-02-12&st=2009-02-09&se=2009-02-10&sr=c&sp=r&si=YWJjZGVmZw%3d%3d&sig=dD80ihBh5jfNpymO5Hg1IdiJIEvHcJpCMiCMnN%2fRnbI%3d'
 * export AZURE_SHARE=myshare
 */

var azure = require('azure-storage');
