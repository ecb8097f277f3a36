SAS = b"sv=2020-02-10&spr=https%2Chttp&se=2026-12-18T11%3A51%3A56Z&sr=b&sp=wdtey&sig=9pejB4LRtNfweUkw4K%2FP5ap9ChjKHeZMJFLc08nN20c%3D"
DOC = """
Use https://backupulf4.file.core.windows.net/?sv=2015-04-05&ss=qf&srt=s&spr=https&se=2027-01-25T14%3A06%3A18Z&sip=168.1.5.60-168.1.5.70&sp=rwlacu&sig=9nYZq9CrRVxWGL9JbJX5xpmu0VI8UkIab6vB9tgmdOI%3D
"""
CONN = rf"DefaultEndpointsProtocol=https;AccountName=prodxclmurlaa8n;AccountKey=keBUVpYRKO12UIs5CptN1skwYakaUMIgmrl0xDhg4p4ShSb6d0jioTI/PGZyEaAPLcc0P2ihR5aJXOqYamHbsA==;EndpointSuffix=core.usgovcloudapi.net"
