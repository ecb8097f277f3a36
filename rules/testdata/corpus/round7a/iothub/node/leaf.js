'use strict';
const { Client, Message } = require('azure-iot-device');
const { Mqtt } = require('azure-iot-device-mqtt');
const fs = require('fs');

const deviceConnectionString = 'HostName=plant-ux7kn.azure-devices.net;DeviceId=leaf-3;SharedAccessKey=3AG7NZ62P0H+g6Ganw3KIDfK1tP9dK1vYuHkG8ZGBtY=;GatewayHostName=edge-gw.factory.local';
const client = Client.fromConnectionString(deviceConnectionString, Mqtt);
client.setOptions({ ca: fs.readFileSync('/certs/azure-iot-test-only.root.ca.cert.pem', 'utf8') });
client.sendEvent(new Message(JSON.stringify({ rpm: 1200 })), console.log);
