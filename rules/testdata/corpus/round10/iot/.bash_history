cd ~/fw/cold-chain
mosquitto_pub -h hub-cold-chain.azure-devices.net -p 8883 -i truck-221 -u 'hub-cold-chain.azure-devices.net/truck-221/?api-version=2021-04-12' -P 'SharedAccessSignature sr=hub-cold-chain.azure-devices.net%2Fdevices%2Ftruck-221&sig=scOQjsMVDT8y%2BhXQOPpgq9eaHUPokV9IO5jfchw95a0%3D&se=1798761600' -t 'devices/truck-221/messages/events/' -m '{"t":4.2}' --cafile /etc/ssl/certs/DigiCert_Global_Root_G2.pem
mosquitto_pub -h hub-cold-chain.azure-devices.net -p 8883 -i truck-118 -u 'hub-cold-chain.azure-devices.net/truck-118/?api-version=2021-04-12' -P 'SharedAccessSignature sr=hub-cold-chain.azure-devices.net%2Fdevices%2Ftruck-118&sig=T7dLLnV6n8Wg%2BqF8WNYNPoN0T%2FnZz2ILSvYhaqBm9SM%3D&se=1777593600' -t 'devices/truck-118/messages/events/' -m '{"t":3.9}'
az iot hub generate-sas-token -d truck-221 -n hub-cold-chain --du 3600
git status
