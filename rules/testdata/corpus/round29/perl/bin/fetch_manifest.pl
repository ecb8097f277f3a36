#!/usr/bin/perl
use strict; use warnings; use LWP::Simple;
my $url = <<"END";
https://sterpfeedcc7mvi.file.core.windows.net/erp/out/manifest.csv?sv=2026-04-06&spr=https&se=2027-07-15T00%3A00%3A00Z&sr=f&sp=r&sig=f%2Bt3%2BjE84ORWgP4laApi%2BADpCCiFiCC5FQ98mNQIJYI%3D
END
chomp $url;
my $md5 = 'FvQEBOOLLp9zF4nW32inkw==';
getstore($url, '/var/tmp/manifest.csv');
