CREATE DATABASE SCOPED CREDENTIAL VehicleDataCredential
WITH IDENTITY = 'SHARED ACCESS SIGNATURE',
    -- generated in the Storage Account, in the "Shared access signature"
    SECRET = 'sv=2022-11-02&ss=b&srt=co&spr=https&st=2026-11-08T15%3A00%3A00Z&se=2029-10-12T15%3A57%3A32Z&sip=203.0.113.7&sp=dlcup&sig=hZv2Q75xOOwnn1NR3QpZWgun%2F%2FSj22dudSEXBSsPWmE%3D';

-- as published:
--  SECRET = 'sv=2022-11-02&ss=b&srt=co&sp=rlf&se=2024-12-31T22:42:44Z&st=2024-12-15T14:42:44Z&spr=https&sig=<REDACTED>';

CREATE EXTERNAL DATA SOURCE VehicleDataEvents WITH (
    LOCATION = 'https://prod0azghm7nd5uz.blob.core.windows.net/vehicles',
    CREDENTIAL = VehicleDataCredential
);
