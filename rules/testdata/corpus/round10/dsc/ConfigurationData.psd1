@{
    AllNodes = @(
        @{
            NodeName           = '*'
            PSDscAllowPlainTextPassword = $true
        },
        @{
            NodeName           = 'WEB01'
            Role               = 'Web'
            StorageAccountName = 'st1vknk6geai'
            StorageAccountKey  = 'QWXvVgeLzy8OFdMQEu62ermenROVCyeEusbns4lMhnhh8A7ACb3UbvSeSzdcqnVlsjwS81vaoV4GZKMoALd1bQ=='
            Sas = @{
                sv  = '2026-04-06'
                ss  = 'b'
                srt = 'co'
                sp  = 'rl'
                se  = '2027-03-31T00:00:00Z'
                spr = 'https'
                sig = 'TLlJ417ohtSjJSe2WTiIYxxxdlIy/PfeXbK9GpenjXw='
            }
        }
    )
}
