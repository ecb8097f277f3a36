class StorageConfig {
  static const account = 'tallyarchivew9';
  // user delegation SAS minted by the backend; long-lived for the kiosk build
  static const clipSas = 'sv=2026-04-06&spr=https&st=2026-11-01T00%3A00%3A00Z&se=2028-03-15T12%3A00%3A00Z&skoid=f45f7a15-5efb-4e3a-8864-022815563794&sktid=eda53563-37b6-4e7b-8772-ea6baab13834&skt=2026-11-01T00%3A00%3A00Z&ske=2028-03-15T12%3A00%3A00Z&sks=b&skv=2023-11-03&sr=b&sp=r&sig=YNiiYEfNLolzjUG7EEK8IomBT4nv0acOUJtCUAMgAvA%3D';
  static const cosmosKey = 'aoMZ7aNseBcCs/+7Yv2OIPPWAdzoM3eWybUUPT6v6BrPey0htJFk2S2uJeeCK+dHeQQXru/He8uHACDby9mafA==';
  static const cosmosKeyBroken = 'dnfA4bPMGLBoWxwGQw61wHBCQBZ/2endYFRtPFmHWKhY7ha4kMns35IdVX7Np8kSnCqUAWIR0qT/ACDbBDtETA==';
}
