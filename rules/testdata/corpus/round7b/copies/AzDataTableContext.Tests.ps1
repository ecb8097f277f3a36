    Context 'command' {
        BeforeAll {
            $Date = Get-Date -Format 'yyyy-MM-dd'
            $FakeTableName = 'faketable'
            $FakeStorageName = 'fakestorage'
            $FakeStorageKey = 'abcdefghijklmnop/qrstuvxyzABCDEFGHIJKLMNOPQRSTUVXYZ1234567+890abcdefghijklmno+pqrstuvxyzA=='
            $FakeConnectionString = "DefaultEndpointsProtocol=https;AccountName=$FakeStorageName;AccountKey=$FakeStorageKey;EndpointSuffix=core.windows.net"
            $FakeSAS = "https://$FakeStorageName.table.core.windows.net/?sv=2021-12-02&ss=bfqt&srt=sco&sp=rwdlacupiytfx&se=${Date}T23:59:59Z&st=${Date}T00:00:00Z&spr=https&sig=abcdefghijklmnopqrstuvxyzABCDEFGHIJKLMNOPQRSTUVXYZ"
        }
    }
