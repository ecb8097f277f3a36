-- Autonomous DB: load October sales from Azure Blob
BEGIN
  DBMS_CLOUD.CREATE_CREDENTIAL(
    credential_name => 'AZ_SALES_CRED',
    username        => 'faboraextdata',
    password        => '/RdnYDB8F6EJOug83mjcd6Jw2TVLQ6ETyugMmvobu2lPPRjVvOP4LPnGvFkgx7eVX73YheE/GY2d7zG4tbEsWw=='
  );
END;
/

BEGIN
  DBMS_CLOUD.COPY_DATA(
    table_name    => 'SALES_STAGE',
    file_uri_list => 'https://faboraextdata.blob.core.windows.net/sales/sales_2026_10.csv?sv=2022-11-02&spr=https&se=2027-06-15T00%3A00%3A00Z&sr=b&sp=r&sig=j5zhp%2BHcr%2B3LZPiD8la7i4DEo6Zi9QnbZpvMgyP7ukA%3D',
    format        => json_object('type' value 'csv', 'skipheaders' value '1')
  );
END;
/

-- template for the other regions:
-- DBMS_CLOUD.CREATE_CREDENTIAL(credential_name => 'AZ_CRED', username => 'youraccount', password => '<storage_account_key>');
