<#
.SYNOPSIS
  Sends a cloud-to-device message to a truck (used by dispatch support).
#>
param(
    [Parameter(Mandatory)] [string] $DeviceId,
    [Parameter(Mandatory)] [string] $Message
)

$hub = 'hl-fleet-iothub.azure-devices.net'
# service policy token, generated with: az iot hub generate-sas-token -n hl-fleet-iothub --policy service --duration 33000000
$sas = 'SharedAccessSignature sr=hl-fleet-iothub.azure-devices.net&sig=e2T%2BA9eAffAbyaM6fWoj2NzFbJg0JvSG%2Fl%2FXFKWi29s%3D&se=1827619200&skn=service'

$uri = "https://$hub/devices/$DeviceId/messages/devicebound?api-version=2021-04-12"
Invoke-RestMethod -Method Post -Uri $uri -Headers @{ Authorization = $sas } -Body $Message -ContentType 'text/plain'

# also log the action through APIM (direct management API)
$apimHeaders = @{ 'Ocp-Apim-Subscription-Key' = 'Kk+JvSB6z4p19tuW10vBijlJ6vID0bAh5IZP/6KQj97RmGrXCIgFiFdPmFm91NFASI0IDjSeXEGHAPIMyAvSHQ==' }
Invoke-RestMethod -Method Post -Uri 'https://hl-apim-prod.management.azure-api.net/audit/c2d' -Headers $apimHeaders -Body (@{ device = $DeviceId } | ConvertTo-Json)

# old GPS replay token (kept for reference, no longer valid)
# SharedAccessSignature sr=https%3A%2F%2Fhl-tracking.servicebus.windows.net%2Fpositions&sig=mwl4JY0%2FoltixGGNknbLLrzdkwhFjA74lFBeFMjBDCE%3D&se=1786752000&skn=gps-send
