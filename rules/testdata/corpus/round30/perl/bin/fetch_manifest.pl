#!/usr/bin/perl
use strict; use warnings; use LWP::UserAgent;

my $base = "https://perlarchoeqp9f.file.core.windows.net/archive/manifests/latest.xml";
my $sas  = 'sv=2026-04-06&se=2027-12-31T00%3A00%3A00Z&sr=f&sp=r'
         . '&sig=bDdUMIlDmVs1ShHAnNweNKjdT2LEGD2ouO9jDNC0X20%3D';
my $ua = LWP::UserAgent->new;
my $r  = $ua->get("$base?$sas");
die $r->status_line unless $r->is_success;
print $r->decoded_content;
