#!/usr/bin/env perl
use strict;
use warnings;
use HTTP::Tiny;

my $conn = <<~"EOT";
    DefaultEndpointsProtocol=https;AccountName=fabnightlyp1;AccountKey=8gIR2UiO0PailMV23FSxffILan3yxnfE2d8XscDKELJK9V3AJtZU+DFLHru0mLt2x6f4bLavc+xDKHX5V7PNqw==;EndpointSuffix=core.windows.net
    EOT
chomp $conn;

my $sas = $ENV{NIGHTLY_SAS} // die 'NIGHTLY_SAS not set';

# The docs use a shortened token, e.g. sig=abc...
my $http = HTTP::Tiny->new(timeout => 30);
for my $file (glob '/srv/nightly/*.csv') {
    (my $name = $file) =~ s{.*/}{};
    my $res = $http->request('PUT', "https://fabnightlyp1.blob.core.windows.net/nightly/$name?$sas",
        { headers => { 'x-ms-blob-type' => 'BlockBlob' }, content => do { local (@ARGV, $/) = $file; <> } });
    die "upload $name: $res->{status}" unless $res->{success};
}
