CREATE EXTENSION IF NOT EXISTS azure_storage;

-- register the export account (Azure Database for PostgreSQL flexible server)
SELECT azure_storage.account_add('stl1x0yg73e3', '0NrlE1VxrrIxS6MrKsyVBa1UHpau6sYJuATAFTAQyuCVP+ZqJNa9JjExvKtth528Cp69KjgEby+tj38VJeUybQ==');

-- the other account uses the server's managed identity, no key
SELECT azure_storage.account_add(azure_storage.account_options_managed_identity('stpgarchive02', 'blob'));

SELECT azure_storage.account_user_add('stl1x0yg73e3', 'etl_writer');

-- second region
SELECT azure_storage.account_add(
    'stae59abd2vi',
    'NO2X8ae+2dTPufmmOFZpO4dg1mIeQNQw03/1CScX2wKEt7a/ldKcinE72gxhnUIfLDPZUrNKAY88tcG9Emrx8A=='
);

COPY public.orders_2026
TO 'https://stl1x0yg73e3.blob.core.windows.net/exports/orders_2026.csv'
WITH (FORMAT 'csv', header);

SELECT * FROM azure_storage.blob_list('stl1x0yg73e3', 'exports');
