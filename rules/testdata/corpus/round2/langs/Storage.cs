var url = """
    https://mediayb1ascw.blob.core.windows.net/backups/train.parquet?sv=2021-08-06&spr=https&se=2026-11-22T02%3A23%3A10Z&sr=bs&sp=rdxtey&rscc=max-age%3D3600&rscd=attachment%3B%20filename%3D%22export.csv%22&sig=k4UYaokI%2Fk4%2BPJBGk5IH7vd9PJXUY2YZ1qZfNu1q8Uk%3D&snapshot=2026-11-15T19%3A13%3A03.0000000Z
    """;
