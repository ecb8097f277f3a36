url <- paste0("https://st68tn.blob.core.windows.net/logs/backups/db.bak?sv=2022-11-02&spr=https&",
              "se=2049-05-07T14%3A51%3A06Z&sr=bv&sp=raciy&sig=S732%2BHzSVnZQGqjQ3cwsTr5VUX46q0zSlrPcNK01p0U%3D&versionid=2026-11-21T16%3A31%3A05.0000000Z")
