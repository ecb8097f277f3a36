-- Synapse Link: OPENROWSET against Cosmos analytical store
SELECT TOP 10 *
FROM OPENROWSET( 'CosmosDB',
                 'Account=cosmos-catalogprod;Database=catalog;Key=fEcOln9dyf3LF9tgKT7pmxxSO2OO0aRoaVWEtITJed5rremyMB7NgOyZ3f1i1u2AI7tuGkOQLyRUACDbyjaOcg==',
                 products) AS rows;
-- emulator
SELECT TOP 10 * FROM OPENROWSET('CosmosDB', 'Account=localhost;Database=catalog;Key=C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nqK6Zwq8vBHeVMqO2UZtcQ7mNxSL7hdXA+YE2jKQ==', products) AS r;
