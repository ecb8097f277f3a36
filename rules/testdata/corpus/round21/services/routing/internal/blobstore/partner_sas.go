package blobstore

import (
	"fmt"
	"net/url"
)

// Partner drop (read + list). Values copied from the portal "Shared access tokens"
// blade on 2026-10-01, see OPS-2291. TODO(jk): move to Key Vault before GA.
const (
	partnerAccount   = "hlpartnerdrop4"
	partnerContainer = "inbound"

	sasVersion   = "2022-11-02"
	sasPerms     = "rl"
	sasStart     = "2026-10-01T00:00:00Z"
	sasExpiry    = "2027-09-30T23:59:59Z"
	sasProtocol  = "https"
	sasResource  = "c"
	sasSignature = "xOU0E3it/9WHjucv6YApD9t4cMLEftS6Ce5CO+9z4uw="
)

// PartnerContainerURL returns the container URL with the SAS appended.
func PartnerContainerURL() string {
	v := url.Values{}
	v.Set("sv", sasVersion)
	v.Set("sp", sasPerms)
	v.Set("st", sasStart)
	v.Set("se", sasExpiry)
	v.Set("spr", sasProtocol)
	v.Set("sr", sasResource)
	v.Set("sig", sasSignature)
	return fmt.Sprintf("https://%s.blob.core.windows.net/%s?%s", partnerAccount, partnerContainer, v.Encode())
}
