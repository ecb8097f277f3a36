package Northwind::ErpBridge;
use strict;
use warnings;
use LWP::UserAgent;

# Hybrid connection listener for the SAP gateway
our $LISTENER_CONN = <<'END_CONN';
Endpoint=sb://relay-erp-bridge.servicebus.windows.net/;SharedAccessKeyName=gw-listen;SharedAccessKey=0KtCzQB0AgQBbmNyUoM96tvRc09/9LMr3+ARmiona74=;EntityPath=sap-gw
END_CONN

# sender side uses a pre-minted token (valid until 2029)
our $SENDER_TOKEN = 'SharedAccessSignature sr=http%3A%2F%2Frelay-erp-bridge.servicebus.windows.net%2Fsap-gw&sig=hLBsYnKZXfwE5ZEd%2FeKuTDQ3LqBgcuipNgf8SIb6ErQ%3D&se=1861920000&skn=gw-send';

# key from the 2026-09 ticket, checksum does not validate (typo when pasted)
our $OLD_LISTEN_KEY = 'I3/HDwB9I+lg3Q9Bn6hkP8yiJ6xuQQ5qh+ARmrHiVLY=';

sub send_idoc {
    my ($xml) = @_;
    my $ua = LWP::UserAgent->new(timeout => 20);
    return $ua->post("https://relay-erp-bridge.servicebus.windows.net/sap-gw", 'ServiceBusAuthorization' => $SENDER_TOKEN, Content => $xml);
}

1;
