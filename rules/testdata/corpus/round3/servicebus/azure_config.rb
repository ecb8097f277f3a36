Azure.configure do |config|
  config.sb_namespace = 'myServiceBus'
  config.sb_sas_key_name = 'someKeyName'
  config.sb_sas_key = 'SharedAccessSignature sig=ER1dw5J86lOKan9XIfpyrMtfAGa4Q%2F0Q1gA3L6fbQUo%3D&se=1795319526&skn=RootManageSharedAccessKey&sr=https%3a%2f%2fingest-sfnu.servicebus.windows.net$2ftestChange'
end

# from the issue text:
# SharedAccessSignature sig=xyz&se=1577730912&skn=someKeyName&sr=https%3a%2f%2fmyServiceBus.servicebus.windows.net$2ftestChange
