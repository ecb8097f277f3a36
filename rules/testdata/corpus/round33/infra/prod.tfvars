location            = "westeurope"
storage_account     = "mediaamqork"
storage_access_key  = "A4Gj39xV/IP9FnFL8s25tEGg6DsXR99XcqUFH3v+UppV/52II6SCecP5b5FrL3v8UPVb7wuqTuhTAse57Th3UQ=="
state_sas_token     = "sv=2026-04-06&spr=https&se=2029-01-15T00%3A00%3A00Z&sr=c&sp=rwl&sig=XdGnZIq5ZWyC5VA%2BRyU6oaoRD0M%2BNInhn5caKQ9RT6M%3D"
# content hash of the bootstrap script, used for the custom script extension
bootstrap_sha256    = "LXEWQrcmsEQBYnyp+6wy9chTD7GQPMTbAiWHF5IaSIE="
cache_key           = "na09HE+14GN3VauqeNjvk0IWHF0JOQvWChD75MdpUxtAeF/evxqPGo0VC7GGy31yjjnmZUtLrtxz1jJV4WfHgA=="
