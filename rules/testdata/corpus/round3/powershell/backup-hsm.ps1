PS C:\> $sasToken = ConvertTo-SecureString -AsPlainText -Force "?sv=2019-12-12&ss=btqf&srt=sco&se=2026-11-22T02%3A02%3A38Z&sp=rflcy&sig=MbG%2FHt8wA2Mdwe1iK%2FqLcttqXwYKV3X9DScGDJ42UWE%3D"
PS C:\> Backup-AzManagedHsm -Name myHsm -StorageContainerUri "https://backup7k1b6ee.blob.core.windows.net/backup" -SasToken $sasToken

PS C:\> $example = ConvertTo-SecureString -AsPlainText -Force "?sv=2019-12-12&ss=bfqt&srt=sco&sp=rwdlacupx&se=2020-10-12T14:42:19Z&st=2020-10-12T06:42:19Z&spr=https&sig=******"

function Get-AppPackageV2
{
    return "https://backupuf70z0n4rb.blob.core.windows.net/models/models/resnet50.ckpt?sv=2021-06-08&spr=https%2Chttp&st=2026-11-17T02%3A00%3A00Z&se=2041-04-17T06%3A51%3A48Z&skoid=18a91928-ff32-440c-a279-07eda92fd533&sktid=154ec443-6ad5-48dc-a0fe-49ad6b58a409&skt=2026-11-16T18%3A00%3A00Z&ske=2026-11-23T11%3A00%3A00Z&sks=blob&skv=2025-01-05&sr=b&sp=rdxtmey&sig=7Lbvp3dzGVJVZYjcQDcwriLZrvsExvEZ%2BPOnDJvI%2BFY%3D"
}
