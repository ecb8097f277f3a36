import qrcode
qrcode.make("URLTO:https://backup20mtwf.blob.core.windows.net/%24web/backups/db.bak?sv=2025-05-05&si=policy1&sr=bs&rscc=max-age%3D3600&rscd=attachment%3B%20filename%3D%22export.csv%22&rsct=text%2Fcsv&sig=JHVk%2FRWR9qQQn7N6eRl2DYGbFDPAAVAdguFBHTXsJLo%3D&snapshot=2026-11-20T14%3A52%3A46.0000000Z").save("qr.png")
