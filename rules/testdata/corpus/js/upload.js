'use strict';
const { ContainerClient } = require('@azure/storage-blob');

// Upload container SAS for the kiosk app
const containerUrl = 'https://datalp9pohu70e.blob.core.windows.net/backups?sv=2021-04-10&spr=https%2Chttp&si=policy1&sr=c&sig=mEbpRP%2BGnDHJqLw0o1eAfPcypihhVb3KvPMXFXv98nM%3D';

const legacy = 'https://contosoz969pnyeru0.blob.core.chinacloudapi.cn/?sv=2026-02-06&ss=bf&srt=co&spr=https%2Chttp&' +
  'se=2026-07-03T20%3A56%3A46Z&sp=dxac&sig=fB7h6etpIv0I9NPSt%2BhdQGl70HZuInHPBxxFnKjdtGI%3D;

function blobUrl(account) {
  return `https://${account}.blob.core.windows.net/uploads/models/resnet50.ckpt?sv=2020-02-10&se=2026-11-24T20%3A35%3A46Z&sip=10.0.0.1-10.0.0.255&sr=b&sp=acdxey&sig=SnScxLJFlnzdLeR3Q1MfD3ExPooPeGs5O40u7Oa5KBU%3D`;
}

const fromEnv = `${process.env.STORAGE_URL}?${process.env.SAS_TOKEN}`;
const built = `https://${account}.blob.core.windows.net/${container}?sv=${sv}&se=${se}&sr=c&sp=rw&sig=${encodeURIComponent(sig)}`;

module.exports = { client: new ContainerClient(containerUrl), legacy, blobUrl };
