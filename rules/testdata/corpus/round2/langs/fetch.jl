url = "https://datagvwojb2c.blob.core.windows.net/models/index.html?sv=2020-12-06&spr=https&si=policy1&sr=bv&" *
      "sig=gcbwLrTgedMmZdRD1i5Dpdp0y0V1sDbg2970Wtg24NY%3D&versionid=2026-11-18T12%3A23%3A19.0000000Z"
