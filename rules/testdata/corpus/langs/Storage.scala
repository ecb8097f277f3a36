object Storage {
  val Sas = """https://xv3rn2.azureedge.net/?sv=2020-08-04&ss=btq&srt=sc&st=2026-11-08T02%3A00%3A00Z&se=2026-11-26T04%3A06%3A39Z&sp=rdxtlacui&sig=YXNNmpECcFRoHSCZ%2F1i5mthNsFfjaMWAFTrx5Qsk6To%3D"""
  val built = s"https://$account.blob.core.windows.net/c?$sas"
}
