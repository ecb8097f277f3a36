// Round 7a of the red team: the Service Bus / Event Hubs / IoT Hub family
// (kind servicebus_sas), which earlier rounds covered less than storage.
// Tokens are signed the documented way (HMAC-SHA256 over the url-encoded
// resource, "\n" and the expiry as written; Service Bus keys are used as
// their text, IoT Hub and DPS keys base64-decoded) and placed where people
// paste them: HTTP headers, MQTT passwords, broker bridges, Node-RED flows,
// device SDK samples, Kafka JAAS, IoT Edge configs, DPS enrollments, AMQP
// URLs. Registered after round 6 so every earlier token keeps its value.
import crypto from 'node:crypto';

const R = 'round7a/';

export function register(C, m) {
  const k = kit(m);
  serviceBus(C, m, k);
  eventHubs(C, m, k);
  iotHub(C, m, k);
  iotEdge(C, m, k);
  dps(C, m, k);
  others(C, m, k);
  negatives(C, m, k);
  readme(C);
}

// ---------------------------------------------------------------- minting

function kit(m) {
  const liveWord = (exp) => (exp.getTime() <= m.REF.getTime() ? `expired ${m.iso(exp)}` : `live until ${m.iso(exp)}`);
  const lowerHex = (s) => s.replace(/%[0-9A-F]{2}/g, (x) => x.toLowerCase());

  // sas signs one token. resource is the URI or host/path as the service
  // sees it; o.iot says the key is base64-decoded (IoT Hub, DPS); o.lower
  // writes the percent-escapes in lower case (as Python's and some C
  // samples' encoders do); o.seText renders the expiry (float, padded).
  function sas(o) {
    const exp = m.expiry(o.live);
    const se = Math.floor(exp.getTime() / 1000);
    const seText = o.seText ? o.seText(se) : String(se);
    let sr = encodeURIComponent(o.resource);
    if (o.lower) sr = lowerHex(sr);
    const key = o.key ?? m.key32();
    const hmacKey = o.iot ? Buffer.from(key, 'base64') : key;
    const sig = crypto.createHmac('sha256', hmacKey).update(`${sr}\n${seText.trim()}`, 'utf8').digest('base64');
    let sigEnc = encodeURIComponent(sig);
    if (o.lower) sigEnc = lowerHex(sigEnc);
    const parts = { sr: o.rawSr ? o.resource : sr, sig: sigEnc, se: seText };
    if (o.skn) parts.skn = o.skn;
    const order = o.order ?? Object.keys(parts);
    const query = order.map((x) => `${x}=${parts[x]}`).join('&');
    const what = o.what ?? (o.iot ? 'IoT Hub SAS token' : 'Service Bus SAS token');
    return {
      kind: 'servicebus_sas', text: `SharedAccessSignature ${query}`, query, exp, sig, se, key,
      note: `${what} for ${o.resource}${o.skn ? ` (skn=${o.skn})` : ' (no skn)'}, ${liveWord(exp)}`,
    };
  }

  // conn is a connection string with SharedAccessKey: its fields as given.
  function conn(fields, what) {
    const key = fields.find((f) => f.startsWith('SharedAccessKey='))?.slice('SharedAccessKey='.length);
    return { kind: 'servicebus_sas', text: fields.join(';'), exp: null, key, note: `${what} (${fields.map((f) => f.split('=')[0]).join(',')})` };
  }

  // bareKey is a Service Bus / IoT Hub / DPS key outside a connection string.
  const bareKey = (key, what) => ({ kind: 'servicebus_sas', exp: null, key, note: `bare key: ${what}` });

  const ns = () => m.namespace();
  const hub = () => m.pick(['fleet', 'plant', 'meters', 'cold-chain']) + '-' + m.word(5);
  return { sas, conn, bareKey, ns, hub, liveWord };
}

// ---------------------------------------------------------------- Service Bus

function serviceBus(C, m, k) {
  // REST send to a queue with a namespace-wide token, then a peek-lock with
  // an entity token that has since expired: a REST Client .http scratch file.
  C.file(R + 'servicebus/send.http', (c) => {
    const n = k.ns();
    const a = k.sas({ resource: `https://${n}.servicebus.windows.net/`, skn: 'RootManageSharedAccessKey', live: true, what: 'Service Bus namespace token' });
    const b = k.sas({ resource: `https://${n}.servicebus.windows.net/orders`, skn: 'send', live: false, what: 'Service Bus queue token' });
    return `### send to the orders queue
POST https://${n}.servicebus.windows.net/orders/messages?timeout=60
Authorization: ${c.put(a)}
Content-Type: application/json
BrokerProperties: {"Label":"smoke","TimeToLive":600}

{"orderId": 4211, "sku": "A-113"}

### peek-lock
POST https://${n}.servicebus.windows.net/orders/messages/head?timeout=30
Authorization: ${c.put(b)}
`;
  });

  // appsettings.json for an Azure Functions / ASP.NET app: a SAS-token
  // connection string (SharedAccessSignature=SharedAccessSignature sr=…),
  // AMQP over WebSockets, and a key string whose endpoint has a port.
  C.file(R + 'servicebus/appsettings.json', (c) => {
    const n = k.ns();
    const t = k.sas({ resource: `sb://${n}.servicebus.windows.net/invoices`, skn: 'send', live: true, what: 'Service Bus token' });
    const cs1 = { ...t, text: `Endpoint=sb://${n}.servicebus.windows.net/;SharedAccessSignature=${t.text};TransportType=AmqpWebSockets`,
      note: `connection string with SharedAccessSignature=SharedAccessSignature … (${t.note})` };
    const n2 = k.ns();
    const cs2 = k.conn([`Endpoint=sb://${n2}.servicebus.windows.net:5671/`, 'SharedAccessKeyName=RootManageSharedAccessKey', `SharedAccessKey=${m.key32()}`, 'TransportType=Amqp'],
      'Service Bus connection string, Endpoint with port 5671 and TransportType');
    return `{
  "Logging": { "LogLevel": { "Default": "Information" } },
  "ServiceBus": {
    "Invoices": "${c.put(cs1)}",
    "Admin": "${c.put(cs2)}"
  }
}
`;
  });

  // az servicebus namespace authorization-rule keys list output saved to a
  // file: the same key appears bare and in the connection string.
  C.file(R + 'servicebus/keys-list.json', (c) => {
    const n = k.ns();
    const p = m.key32();
    const s = m.key32();
    const pc = k.conn([`Endpoint=sb://${n}.servicebus.windows.net/`, 'SharedAccessKeyName=RootManageSharedAccessKey', `SharedAccessKey=${p}`], 'primaryConnectionString from az … keys list');
    const sc = k.conn([`Endpoint=sb://${n}.servicebus.windows.net/`, 'SharedAccessKeyName=RootManageSharedAccessKey', `SharedAccessKey=${s}`], 'secondaryConnectionString from az … keys list');
    return `{
  "keyName": "RootManageSharedAccessKey",
  "primaryConnectionString": "${c.put(pc)}",
  "primaryKey": "${c.put(k.bareKey(p, '"primaryKey" in az servicebus … keys list (44 chars, 32 bytes)'), p)}",
  "secondaryConnectionString": "${c.put(sc)}",
  "secondaryKey": "${c.put(k.bareKey(s, '"secondaryKey" in az servicebus … keys list'), s)}"
}
`;
  });

  // AMQP URL with the key name and url-encoded key in the userinfo, as
  // rhea / qpid-proton / uamqp samples build it.
  C.file(R + 'servicebus/amqp_consumer.py', (c) => {
    const n = k.ns();
    const key = m.key32();
    return `"""Drain the dead-letter queue over plain AMQP 1.0 (qpid-proton)."""
from proton.handlers import MessagingHandler
from proton.reactor import Container

# amqps://<policy>:<url-encoded key>@<namespace>/<entity>
URL = "amqps://listen:${c.put(k.bareKey(key, 'Service Bus key url-encoded in an amqps:// URL userinfo'), encodeURIComponent(key))}@${n}.servicebus.windows.net:5671"
ADDRESS = "orders/$DeadLetterQueue"


class Drain(MessagingHandler):
    def on_start(self, event):
        conn = event.container.connect(URL)
        event.container.create_receiver(conn, ADDRESS)

    def on_message(self, event):
        print(event.message.body)


Container(Drain()).run()
`;
  });
}

// ---------------------------------------------------------------- Event Hubs

function eventHubs(C, m, k) {
  // Publisher policy: one token per device, resource /publishers/<id>.
  C.file(R + 'eventhubs/publish.sh', (c) => {
    const n = k.ns();
    const t = k.sas({ resource: `https://${n}.servicebus.windows.net/telemetry/publishers/truck-0042`, skn: 'devices', live: true, what: 'Event Hubs publisher token' });
    return `#!/usr/bin/env bash
# send one event as publisher truck-0042 (publisher policy)
set -euo pipefail
curl -sS -X POST \\
  "https://${n}.servicebus.windows.net/telemetry/publishers/truck-0042/messages?timeout=60&api-version=2014-01" \\
  -H 'Authorization: ${c.put(t)}' \\
  -H 'Content-Type: application/atom+xml;type=entry;charset=utf-8' \\
  -d '{"lat":47.61,"lon":-122.33,"speed":54}'
`;
  });

  // A consumer-group token, lower-case escapes, fields in another order,
  // written by a Python helper and kept in a test fixture.
  C.file(R + 'eventhubs/test_consumer.py', (c) => {
    const n = k.ns();
    const t = k.sas({ resource: `https://${n}.servicebus.windows.net/clicks/consumergroups/analytics/partitions/3`, skn: 'listen', lower: true, live: false,
      order: ['sig', 'se', 'skn', 'sr'], what: 'Event Hubs consumer-group token, lower-case escapes' });
    return `import pytest

# captured from generate_sas_token() during the March incident
TOKEN = "${c.put(t)}"


def test_token_shape():
    assert TOKEN.startswith("SharedAccessSignature ")
`;
  });

  // Event Hubs connection string with EntityPath in an Azure Functions
  // local.settings.json, and a Kafka client's JAAS config with
  // $ConnectionString split over a continuation line.
  C.file(R + 'eventhubs/local.settings.json', (c) => {
    const n = k.ns();
    const cs = k.conn([`Endpoint=sb://${n}.servicebus.windows.net/`, 'SharedAccessKeyName=listen', `SharedAccessKey=${m.key32()}`, 'EntityPath=clicks'], 'Event Hubs connection string with EntityPath');
    return `{
  "IsEncrypted": false,
  "Values": {
    "AzureWebJobsStorage": "UseDevelopmentStorage=true",
    "FUNCTIONS_WORKER_RUNTIME": "dotnet-isolated",
    "EventHubConnection": "${c.put(cs)}"
  }
}
`;
  });

  C.file(R + 'eventhubs/client.properties', (c) => {
    const n = k.ns();
    const cs = k.conn([`Endpoint=sb://${n}.servicebus.windows.net/`, 'SharedAccessKeyName=kafka-producer', `SharedAccessKey=${m.key32()}`], 'Event Hubs connection string as the Kafka SASL password');
    return `bootstrap.servers=${n}.servicebus.windows.net:9093
security.protocol=SASL_SSL
sasl.mechanism=PLAIN
sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required \\
    username="$ConnectionString" \\
    password="${c.put(cs)}";
request.timeout.ms=60000
`;
  });
}

// ---------------------------------------------------------------- IoT Hub

function iotHub(C, m, k) {
  // mosquitto bridge to IoT Hub: the device token is the remote password.
  C.file(R + 'iothub/mosquitto.conf', (c) => {
    const h = k.hub();
    const t = k.sas({ iot: true, resource: `${h}.azure-devices.net/devices/gw-01`, live: true, what: 'IoT Hub device token' });
    return `# bridge local sensors to IoT Hub as device gw-01
connection azure-iot-hub
address ${h}.azure-devices.net:8883
remote_clientid gw-01
remote_username ${h}.azure-devices.net/gw-01/?api-version=2021-04-12
remote_password ${c.put(t)}
bridge_protocol_version mqttv311
bridge_insecure false
bridge_cafile /etc/mosquitto/certs/DigiCertGlobalRootG2.crt.pem
cleansession true
topic devices/gw-01/messages/events/# out 1 "" ""
`;
  });

  // paho-mqtt in Python, token pasted in; its sr escapes are lower case.
  C.file(R + 'iothub/paho_device.py', (c) => {
    const h = k.hub();
    const t = k.sas({ iot: true, resource: `${h}.azure-devices.net/devices/thermo-7`, lower: true, live: true, what: 'IoT Hub device token, lower-case escapes' });
    return `import ssl

import paho.mqtt.client as mqtt

HUB = "${h}.azure-devices.net"
DEVICE = "thermo-7"
SAS = "${c.put(t)}"

client = mqtt.Client(client_id=DEVICE, protocol=mqtt.MQTTv311)
client.username_pw_set(username=f"{HUB}/{DEVICE}/?api-version=2021-04-12", password=SAS)
client.tls_set(cert_reqs=ssl.CERT_REQUIRED, tls_version=ssl.PROTOCOL_TLSv1_2)
client.connect(HUB, port=8883)
client.publish(f"devices/{DEVICE}/messages/events/", '{"t": 21.5}', qos=1)
`;
  });

  // Python sample generating a token the old way: se = time() + ttl, a
  // float, written as is. The signature covers the float text.
  C.file(R + 'iothub/fixtures/float_se.py', (c) => {
    const h = k.hub();
    const t = k.sas({ iot: true, resource: `${h}.azure-devices.net/devices/pump-3`, seText: (se) => `${se}.${String(m.rint(1e6)).padStart(6, '0')}`, live: true, what: 'IoT Hub device token, se written as a float' });
    return `# generate_sas_token(uri, key, None, expiry=3600) with ttl = time() + expiry
EXPECTED = "${c.put(t)}"
`;
  });

  // Node-RED flows exported with credentials: the mqtt-broker node's
  // password is the SAS token (JSON string), and a function node builds an
  // IoT Hub service token from a pasted service connection string.
  C.file(R + 'iothub/flows.json', (c) => {
    const h = k.hub();
    const t = k.sas({ iot: true, resource: `${h}.azure-devices.net/devices/line-4`, live: false, what: 'IoT Hub device token in a Node-RED mqtt-broker credential' });
    const svc = k.conn([`HostName=${h}.azure-devices.net`, 'SharedAccessKeyName=service', `SharedAccessKey=${m.key32()}`], 'IoT Hub service connection string in a Node-RED function node');
    const func = `const cs = "${c.put(svc)}";\nmsg.payload = { cs, method: "reboot" };\nreturn msg;`;
    return JSON.stringify([
      { id: 'a1f2', type: 'tab', label: 'Line 4' },
      { id: 'b7c1', type: 'mqtt-broker', name: 'iot hub', broker: `${h}.azure-devices.net`, port: '8883', tls: 'c9d0', clientid: 'line-4', usetls: true, protocolVersion: '4',
        credentials: { user: `${h}.azure-devices.net/line-4/?api-version=2021-04-12`, password: c.put(t) } },
      { id: 'd3e4', type: 'function', z: 'a1f2', name: 'reboot via service', func, outputs: 1, wires: [[]] },
    ], null, 4) + '\n';
  });

  // Azure IoT device SDK samples: C, Node, Java, C#, each with its own
  // connection string form (device, module, IoT Edge leaf with
  // GatewayHostName).
  C.file(R + 'iothub/c/iothub_ll_telemetry_sample.c', (c) => {
    const h = k.hub();
    const cs = k.conn([`HostName=${h}.azure-devices.net`, 'DeviceId=esp32-kitchen', `SharedAccessKey=${m.key32()}`], 'IoT Hub device connection string in the C SDK sample');
    return `#include <stdio.h>
#include "iothub.h"
#include "iothub_device_client_ll.h"
#include "iothubtransportmqtt.h"

/* Paste in your device connection string  */
static const char* connectionString = "${c.put(cs)}";

int main(void)
{
    IoTHub_Init();
    IOTHUB_DEVICE_CLIENT_LL_HANDLE h = IoTHubDeviceClient_LL_CreateFromConnectionString(connectionString, MQTT_Protocol);
    (void)printf("client %p\\n", (void*)h);
    IoTHub_Deinit();
    return 0;
}
`;
  });

  C.file(R + 'iothub/node/leaf.js', (c) => {
    const h = k.hub();
    const cs = k.conn([`HostName=${h}.azure-devices.net`, 'DeviceId=leaf-3', `SharedAccessKey=${m.key32()}`, 'GatewayHostName=edge-gw.factory.local'], 'IoT Edge leaf device connection string with GatewayHostName');
    return `'use strict';
const { Client, Message } = require('azure-iot-device');
const { Mqtt } = require('azure-iot-device-mqtt');
const fs = require('fs');

const deviceConnectionString = '${c.put(cs)}';
const client = Client.fromConnectionString(deviceConnectionString, Mqtt);
client.setOptions({ ca: fs.readFileSync('/certs/azure-iot-test-only.root.ca.cert.pem', 'utf8') });
client.sendEvent(new Message(JSON.stringify({ rpm: 1200 })), console.log);
`;
  });

  C.file(R + 'iothub/java/ModuleSample.java', (c) => {
    const h = k.hub();
    const cs = k.conn([`HostName=${h}.azure-devices.net`, 'DeviceId=edge-gw', 'ModuleId=opcpublisher', `SharedAccessKey=${m.key32()}`], 'IoT Hub module connection string in a Java sample');
    return `package com.contoso.edge;

import com.microsoft.azure.sdk.iot.device.IotHubClientProtocol;
import com.microsoft.azure.sdk.iot.device.ModuleClient;

public class ModuleSample {
    private static final String CONNECTION_STRING =
        "${c.put(cs)}";

    public static void main(String[] args) throws Exception {
        ModuleClient client = new ModuleClient(CONNECTION_STRING, IotHubClientProtocol.AMQPS);
        client.open(false);
    }
}
`;
  });

  C.file(R + 'iothub/csharp/Program.cs', (c) => {
    const h = k.hub();
    const svc = k.conn([`HostName=${h}.azure-devices.net`, 'SharedAccessKeyName=iothubowner', `SharedAccessKey=${m.key32()}`], 'IoT Hub iothubowner service connection string in C#');
    const t = k.sas({ iot: true, resource: `${h}.azure-devices.net`, skn: 'iothubowner', live: true, what: 'IoT Hub service token' });
    return `using Microsoft.Azure.Devices;

// registry manager for the provisioning tool
var registry = RegistryManager.CreateFromConnectionString(
    @"${c.put(svc)}");

// REST fallback when the SDK is not available
using var http = new HttpClient();
http.DefaultRequestHeaders.TryAddWithoutValidation("Authorization",
    "${c.put(t)}");
var twin = await http.GetStringAsync("https://${h}.azure-devices.net/twins/pump-3?api-version=2021-04-12");
`;
  });

  // Azure IoT device SDK for Python: a module client from a SAS token
  // (resource devices/<id>/modules/<id>), and a device token whose se a
  // shell printf padded with a space ("se=%11s").
  C.file(R + 'iothub/python/module_client.py', (c) => {
    const h = k.hub();
    const t = k.sas({ iot: true, resource: `${h}.azure-devices.net/devices/edge-gw/modules/filter`, skn: 'iothubowner', live: true, what: 'IoT Hub module token' });
    const u = k.sas({ iot: true, resource: `${h}.azure-devices.net/devices/edge-gw`, seText: (se) => ` ${se}`, live: false, what: 'IoT Hub device token, se padded with a space' });
    return `from azure.iot.device import IoTHubModuleClient, IoTHubDeviceClient

module = IoTHubModuleClient.create_from_sastoken("${c.put(t)}")
module.connect()

# from tools/mktoken.sh (printf "...&se=%11s")
device = IoTHubDeviceClient.create_from_sastoken("${c.put(u)}")
`;
  });

  // A token whose sr carries the MQTT username's ?api-version (escaped as
  // part of the resource), in a Go test table.
  C.file(R + 'iothub/go/token_test.go', (c) => {
    const h = k.hub();
    const t = k.sas({ iot: true, resource: `${h}.azure-devices.net/devices/probe-9?api-version=2021-04-12`, live: false, what: 'IoT Hub token with ?api-version inside sr' });
    const u = k.sas({ iot: true, resource: `${h}.azure-devices.net/devices/probe-9`, rawSr: true, live: true, what: 'IoT Hub token with sr not percent-encoded' });
    return `package iot

import "testing"

var tokens = []struct{ name, token string }{
	{"with api-version", "${c.put(t)}"},
	{"raw sr", "${c.put(u)}"},
}

func TestParse(t *testing.T) {
	for _, tc := range tokens {
		if _, err := Parse(tc.token); err != nil {
			t.Errorf("%s: %v", tc.name, err)
		}
	}
}
`;
  });
}

// ---------------------------------------------------------------- IoT Edge

function iotEdge(C, m, k) {
  C.file(R + 'iotedge/config.toml', (c) => {
    const h = k.hub();
    const cs = k.conn([`HostName=${h}.azure-devices.net`, 'DeviceId=edge-line2', `SharedAccessKey=${m.key32()}`], 'IoT Edge manual provisioning connection string in /etc/aziot/config.toml');
    return `# /etc/aziot/config.toml
hostname = "edge-line2"

[provisioning]
source = "manual"
connection_string = "${c.put(cs)}"

[agent]
name = "edgeAgent"
type = "docker"

[agent.config]
image = "mcr.microsoft.com/azureiotedge-agent:1.5"
`;
  });

  // IoT Edge with DPS symmetric-key attestation: the derived device key
  // inline, as the config template's comment shows.
  C.file(R + 'iotedge/config-dps.toml', (c) => {
    const dk = m.key32();
    return `[provisioning]
source = "dps"
global_endpoint = "https://global.azure-devices-provisioning.net"
id_scope = "0ne00${m.word(6).toUpperCase()}"

[provisioning.attestation]
method = "symmetric_key"
registration_id = "edge-line3"
symmetric_key = { value = "${c.put(k.bareKey(dk, 'DPS derived device key inline in IoT Edge config.toml (symmetric_key = { value = … })'), dk)}" }
`;
  });
}

// ---------------------------------------------------------------- DPS

function dps(C, m, k) {
  const groupKey = () => m.rbytes(64).toString('base64');
  const derive = (gk, regId) => crypto.createHmac('sha256', Buffer.from(gk, 'base64')).update(regId, 'utf8').digest('base64');

  // az iot dps enrollment-group show: the group's symmetric keys (64 bytes).
  C.file(R + 'dps/enrollment-group.json', (c) => {
    const p = groupKey();
    const s = groupKey();
    return `{
  "allocationPolicy": "hashed",
  "attestation": {
    "symmetricKey": {
      "primaryKey": "${c.put(k.bareKey(p, 'DPS enrollment group primaryKey (64 bytes) in az iot dps enrollment-group show'), p)}",
      "secondaryKey": "${c.put(k.bareKey(s, 'DPS enrollment group secondaryKey'), s)}"
    },
    "type": "symmetricKey"
  },
  "enrollmentGroupId": "factory-sensors",
  "iotHubs": ["plant-${m.word(5)}.azure-devices.net"],
  "provisioningStatus": "enabled",
  "reprovisionPolicy": { "migrateDeviceData": true, "updateHubAssignment": true }
}
`;
  });

  // A provisioning script: the group key, the derived device key, and the
  // DPS registration token signed with it.
  C.file(R + 'dps/provision_device.py', (c) => {
    const gk = groupKey();
    const regId = 'sensor-' + m.word(4);
    const dk = derive(gk, regId);
    const scope = '0ne00' + m.word(6).toUpperCase();
    const t = k.sas({ iot: true, key: dk, resource: `${scope}/registrations/${regId}`, skn: 'registration', live: true, what: 'DPS registration token' });
    return `import asyncio

from azure.iot.device.aio import ProvisioningDeviceClient

PROVISIONING_HOST = "global.azure-devices-provisioning.net"
ID_SCOPE = "${scope}"
REGISTRATION_ID = "${regId}"
GROUP_SYMMETRIC_KEY = "${c.put(k.bareKey(gk, 'DPS enrollment group key (64 bytes) in a provisioning script'), gk)}"
symmetric_key = "${c.put(k.bareKey(dk, 'DPS derived device key (HMAC of the registration id, 32 bytes)'), dk)}"
# curl -X PUT https://global.azure-devices-provisioning.net/${scope}/registrations/${regId}/register?api-version=2021-06-01 \\
#   -H "Authorization: ${c.put(t)}"


async def main():
    client = ProvisioningDeviceClient.create_from_symmetric_key(
        provisioning_host=PROVISIONING_HOST,
        registration_id=REGISTRATION_ID,
        id_scope=ID_SCOPE,
        symmetric_key=symmetric_key,
    )
    print(await client.register())


asyncio.run(main())
`;
  });
}

// ---------------------------------------------------------------- Relay, Notification Hubs

function others(C, m, k) {
  C.file(R + 'relay/App.config', (c) => {
    const n = k.ns();
    const cs = k.conn([`Endpoint=sb://${n}-relay.servicebus.windows.net/`, 'SharedAccessKeyName=listener', `SharedAccessKey=${m.key32()}`, 'EntityPath=onprem-sql'], 'Azure Relay hybrid connection string');
    return `<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="RelayConnectionString" value="${c.put(cs)}" />
    <add key="Mode" value="listener" />
  </appSettings>
</configuration>
`;
  });

  C.file(R + 'notificationhubs/PushService.cs', (c) => {
    const n = k.ns();
    const full = k.conn([`Endpoint=sb://${n}.servicebus.windows.net/`, 'SharedAccessKeyName=DefaultFullSharedAccessSignature', `SharedAccessKey=${m.key32()}`], 'Notification Hubs DefaultFullSharedAccessSignature connection string');
    const listen = k.conn([`Endpoint=sb://${n}.servicebus.windows.net/`, 'SharedAccessKeyName=DefaultListenSharedAccessSignature', `SharedAccessKey=${m.key32()}`], 'Notification Hubs DefaultListenSharedAccessSignature connection string');
    return `using Microsoft.Azure.NotificationHubs;

public class PushService
{
    // backend: full access (send, manage registrations)
    const string FullAccess = "${c.put(full)}";
    // shipped in the app for registration only
    const string ListenAccess = "${c.put(listen)}";

    readonly NotificationHubClient hub = NotificationHubClient.CreateClientFromConnectionString(FullAccess, "orders-push");
}
`;
  });
}

// ---------------------------------------------------------------- negatives

function negatives(C, m, k) {
  // Placeholders, names without keys, x509 and managed identity: all the
  // shapes of a messaging config with no secret in it. No .want.
  C.file(R + 'negatives/connection-strings.md', (c) => {
    const h = k.hub();
    const n = k.ns();
    return `# Connecting

Service Bus: \`${c.neg(`Endpoint=sb://${n}.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=<your-key>`)}\`

Event Hubs: \`${c.neg(`Endpoint=sb://${n}.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey={shared-access-key};EntityPath=clicks`)}\`

IoT Hub device (X.509): \`${c.neg(`HostName=${h}.azure-devices.net;DeviceId=cam-1;x509=true`)}\`

IoT Hub device (SAS): \`${c.neg(`HostName=${h}.azure-devices.net;DeviceId=cam-1;SharedAccessKey=`)}\` (fill in from the portal)

MQTT password: \`${c.neg('SharedAccessSignature sr=<resource>&sig=<signature>&se=<expiry>')}\`

    Authorization: ${c.neg('<sas-token>')}

The policy \`SharedAccessKeyName=DefaultListenSharedAccessSignature\` can only listen.
`;
  });

  C.file(R + 'negatives/local.settings.json', (c) => {
    const n = k.ns();
    return `{
  "IsEncrypted": false,
  "Values": {
    "FUNCTIONS_WORKER_RUNTIME": "node",
    "ServiceBusConnection__fullyQualifiedNamespace": "${n}.servicebus.windows.net",
    "ServiceBusConnection__credential": "managedidentity",
    "ServiceBusConnection__clientId": "${m.guid()}",
    "EventHubConnection__fullyQualifiedNamespace": "${n}.servicebus.windows.net",
    "IoTHub": "${c.neg(`HostName=${k.hub()}.azure-devices.net;DeviceId=gw;x509=true`)}",
    "SasTokenTemplate": "${c.neg('SharedAccessSignature sr={0}&sig={1}&se={2}&skn={3}')}"
  }
}
`;
  });

  // A token whose signature was redacted, and one truncated mid-signature.
  C.file(R + 'negatives/incident.log', (c) => {
    const h = k.hub();
    const t = k.sas({ iot: true, resource: `${h}.azure-devices.net/devices/pump-1`, live: true });
    const se = t.se;
    return `2026-11-20T08:14:03Z ERROR mqtt connect refused (5): password=${c.neg(`SharedAccessSignature sr=${h}.azure-devices.net%2Fdevices%2Fpump-1&sig=REDACTED&se=${se}`)}
2026-11-20T08:14:04Z DEBUG token ${c.neg(`SharedAccessSignature sr=${h}.azure-devices.net%2Fdevices%2Fpump-1&sig=${t.query.match(/sig=([^&]+)/)[1].slice(0, 12)}`)}… (truncated)
`;
  });
}

function readme(C) {
  C.file(R + 'README.md', () => `# Corpus round 7a: Service Bus, Event Hubs, IoT Hub

Every token here was minted by gen/round7a.mjs (seeded), signed the
documented way: HMAC-SHA256 over the url-encoded resource, "\\n" and the
expiry as written; Service Bus keys used as their text, IoT Hub and DPS
keys base64-decoded. A file with a \`.want\` lists what a careful reviewer
would flag; a file without one must scan clean.

- servicebus/send.http: REST send and peek-lock, namespace token (live)
  and queue token (expired) in Authorization headers.
- servicebus/appsettings.json: a SAS-token connection string
  (\`SharedAccessSignature=SharedAccessSignature sr=…\`,
  TransportType=AmqpWebSockets) and a key string whose Endpoint has :5671.
- servicebus/keys-list.json: \`az servicebus namespace authorization-rule
  keys list\` output; primaryKey/secondaryKey are the 44-character keys
  bare, next to the connection strings holding them.
- servicebus/amqp_consumer.py: an \`amqps://policy:<url-encoded key>@ns\`
  URL, as qpid-proton and rhea samples build it.
- eventhubs/: a publisher token (/publishers/<id>) in curl, a
  consumer-group token with lower-case escapes and sr last, a Functions
  connection string with EntityPath, Kafka JAAS with $ConnectionString.
- iothub/: mosquitto bridge remote_password, paho-mqtt password
  (lower-case escapes), se written as a float (old Python samples:
  ttl = time() + expiry), Node-RED flows with credentials and a function
  node, C/Node/Java/C# SDK samples (device, IoT Edge leaf with
  GatewayHostName, module, iothubowner service string and token), a token
  whose sr holds ?api-version and one whose sr is not percent-encoded,
  a Python SDK module token and a device token with se padded ("se= 1795…").
- iotedge/: config.toml with manual provisioning, and DPS symmetric-key
  attestation with the derived device key inline.
- dps/: enrollment-group keys (64 bytes, under primaryKey/secondaryKey),
  a provisioning script with the group key, the derived device key (32
  bytes, HMAC of the registration id) and a DPS registration token.
- relay/, notificationhubs/: Relay hybrid connection, Notification Hubs
  DefaultFull/DefaultListenSharedAccessSignature strings.
- negatives/: placeholders, a key name without a key, x509=true, managed
  identity settings, a redacted and a truncated token.
`);
}
