#pragma once
// Edge gateway upload target (factory default, overwritten by provisioning)
#define CLOUD_ACCOUNT "cppedge3bwq"
#define CLOUD_ACCOUNT_KEY "3nFcljVrIPYXCzGcLJWx6iZKcVvuInYQY5zpKYW1eKtk" \
                          "rFA6nhTBpvjBm8lFkro+FyqUHAahMlpH7Z2Mpj+SNA=="
#define CLOUD_CONTAINER "edge-uploads"
#define FW_IMAGE_SHA256 "0114fc758ffc4fa6b8bdb464d693e2048a3d766633b5c0a4f08b5c7fc49a5c89"
