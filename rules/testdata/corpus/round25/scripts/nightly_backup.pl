#!/usr/bin/perl
use strict;
use warnings;
use URI::Escape qw(uri_escape);

my $account = 'plbackup4r5z';
my %q = (
    sv  => '2026-04-06',
    spr => 'https',
    se  => '2027-12-31T00:00:00Z',
    sr  => 's',
    sp  => 'rcwl',
    sig => 'CWiKV4GtE5yZ0phN+8AGvnGEMUO765V+lrEQQ9roIto=',
);
my $sas = join '&', map { "$_=" . uri_escape($q{$_}) } qw(sv spr se sr sp sig);
my $url = "https://$account.file.core.windows.net/dbdumps?restype=directory&comp=list&$sas";
system('curl', '-fsS', $url) == 0 or die "list failed: $?";
