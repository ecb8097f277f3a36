azure:
  storage:
    account: stonbf6lva5d
    access_key: Swd0DkHPCUBtb5Y+lkXXzlOEzQOCd5ecN6TWpdkE29ZrJ9mvFPEHLRFse7w/LKoI6XXCWfjODP3xoDHdY+/LGA==
    container: backups
  cosmos:
    endpoint: https://cosmos-7j64wu1zw2.documents.azure.com:443/
    primary_key: eh8P5hjX2bHo7KMlFDd3Y6f4FkKxBpizCJC6htv+ZTH2gKmd+6VKkeAQ5NLFQICdX5a3BJ7d9edGelD81aHlHg==
    database: telemetry
  jwt:
    signing_key: zWvOpv3MARw/WnQEPuwceKEbQrsQSn60VkJN1ZmNCnmyRh5PAQQXDGStWwBSAPWpCshvpuQkbvzQVslUqkX/KQ==
