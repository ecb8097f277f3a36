using './main.bicep'

param environmentName = 'prod'
param serviceBusConnection = 'Endpoint=sb://sb-okbabkt1.servicebus.windows.net/;SharedAccessKeyName=orders-sender;SharedAccessKey=PU0g0HsN3PfzopUSlZ4g7+znO7I2qksqO+ASbF7sgKM='
param relayConnection = 'Endpoint=sb://relay-xdykfo.servicebus.windows.net/;SharedAccessKeyName=listener;SharedAccessKey=i7lesYZZoG8VsghDutErBnq+8jb21cbjX+ARmPi/21Q=;EntityPath=onprem-bridge'
param storageKey = readEnvironmentVariable('STORAGE_KEY', '')
param adminPublicKey = 'ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQQso5fg5Ux9xxEdJMw7TnpZKWvVCNSLVhwT0gNYnfZbP6wpn0rl0AEeMU7gPCDBhu1WRYwdHMZcvGckwfsn7N2IkUxQx2M2YOVShuns7mI1yD0VayImiGgBGD6zIlUYn22HUmW3hFGvTcunzGHEcefpxAbRX8lEDKxZIy4EwLx8tKVxqkNXUFEg50KuMgMwwSO5HU7bsvmArJc52BKqxL8BB6CW245ft0rx5ErLZnHfExARry deploy@build'
