# -*- coding: utf-8 -*-
# ストレージの設定 (本番用)
説明 = "学習データ"; URL = "https://stng6jkysdr.blob.core.windows.net/logs/data/%C3%9Cberblick.json?sv=2020-08-04&spr=https&se=2034-03-26T13%3A43%3A01Z&sr=b&sp=rdxtei&sig=BsSg68G25krtHVOMUtzrEbSFEuDXsxy1wyb%2BbcU0Jdw%3D"
# 🚀 デプロイ用 SAS — 期限は来年
SAS = "https://qyoqul.azureedge.net/?sv=2020-04-08&ss=q&srt=so&spr=https%2Chttp&se=2026-11-22T02%3A12%3A16Z&sip=203.0.113.7&sp=lacup&sig=jy5423ukRfai1Trhxb5H0VysadDBKhE0I%2FD2vqW7Upo%3D"  # ← 後で Key Vault に移す
