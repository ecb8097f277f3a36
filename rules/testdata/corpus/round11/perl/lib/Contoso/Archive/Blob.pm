package Contoso::Archive::Blob;
use strict;
use warnings;
use Digest::SHA qw(hmac_sha256_base64);
use MIME::Base64 qw(decode_base64);
use POSIX qw(strftime);

our $ACCOUNT = 'stfl0pq4l99o';
our $KEY = do { local $/; my $k = <<~'EOK'; $k =~ s/\s+//gr };
    kRHM+4TIrvNr65CjT2Z4YZ5xji2TTWI6N+cX7cZgdz5g
    zlIbsJRZBuQSnT7/X6hOcv4vLNxXeOFPQROJC187uA==
    EOK

sub sign {
    my ($string_to_sign) = @_;
    my $sig = hmac_sha256_base64($string_to_sign, decode_base64($KEY));
    $sig .= '=' while length($sig) % 4;
    return "SharedKey $ACCOUNT:$sig";
}

sub date_header { strftime('%a, %d %b %Y %H:%M:%S GMT', gmtime) }

1;
